/** What candidate rules would change on the stored comments (POST /api/rules/backtest): counts, scope, and examples. */
import { useState } from 'react';
import type { BacktestExample, BacktestResult } from '../../shared/insights.js';
import type { CommentDetail } from '../../shared/review.js';
import { api } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { AuditComment } from './AuditComment.js';
import { ReasonChips } from './ScoreBadges.js';

/** The server cuts examples at this many characters. */
const EXCERPT_LENGTH = 200;

interface Props {
  result: BacktestResult;
  /** The edits changed since this backtest ran. */
  stale: boolean;
  onTry(text: string): void;
}

export function RulesBacktestResult({ result, stale, onTry }: Props) {
  const { t, tn, number } = useI18n();
  const { newlyFlagged, unflagged, reasonsChanged } = result;
  const seconds = number(result.ms / 1000, result.ms < 10_000 ? 1 : 0);
  const nothing = newlyFlagged.count === 0 && unflagged.count === 0 && reasonsChanged === 0;
  return (
    <div className={`rules-backtest ${stale ? 'stale' : ''}`} data-testid="rules-backtest" aria-live="polite">
      {stale && <p className="rules-stale">{t('rules.backtest.stale')}</p>}
      <p className="rules-backtest-summary">
        {nothing
          ? t('rules.backtest.nothing')
          : newlyFlagged.count && unflagged.count
            ? t('rules.backtest.summary', { more: tn('rules.backtest.more', newlyFlagged.count), fewer: tn('rules.backtest.fewer', unflagged.count) })
            : newlyFlagged.count
              ? t('rules.backtest.summaryMore', { more: tn('rules.backtest.more', newlyFlagged.count) })
              : unflagged.count
                ? t('rules.backtest.summaryFewer', { fewer: tn('rules.backtest.unflag', unflagged.count) })
                : tn('rules.backtest.onlyReasons', reasonsChanged)}
      </p>
      <div className="figures rules-backtest-figures">
        <Figure value={`+${number(newlyFlagged.count)}`} label={t('rules.backtest.newlyFlagged')} tone="neg" testId="rules-backtest-more" />
        <Figure value={`−${number(unflagged.count)}`} label={t('rules.backtest.unflagged')} tone="pos" testId="rules-backtest-fewer" />
        <Figure value={number(reasonsChanged)} label={t('rules.backtest.reasonsChanged')} testId="rules-backtest-changed" />
      </div>
      <p className="muted rules-backtest-scope">
        {result.scanned >= result.total
          ? t('rules.backtest.scopeAll', { total: number(result.total), seconds })
          : t('rules.backtest.scope', { scanned: number(result.scanned), total: number(result.total), seconds })}
      </p>
      <Examples title={t('rules.backtest.examplesMore')} count={newlyFlagged.count} examples={newlyFlagged.examples} onTry={onTry} testId="rules-examples-more" />
      <Examples title={t('rules.backtest.examplesFewer')} count={unflagged.count} examples={unflagged.examples} onTry={onTry} testId="rules-examples-fewer" />
    </div>
  );
}

function Figure({ value, label, tone, testId }: { value: string; label: string; tone?: 'neg' | 'pos'; testId: string }) {
  return (
    <div className={`figure ${tone ? `rules-figure-${tone}` : ''}`} data-testid={testId}>
      <div className="value">{value}</div>
      <div className="label">{label}</div>
    </div>
  );
}

function Examples({ title, count, examples, onTry, testId }: { title: string; count: number; examples: BacktestExample[]; onTry(text: string): void; testId: string }) {
  const { t, number } = useI18n();
  if (count === 0) return null;
  return (
    <section className="rules-examples" data-testid={testId}>
      <h3>
        {title} <span className="muted">{t('rules.backtest.shown', { shown: number(examples.length), count: number(count) })}</span>
      </h3>
      <ul>
        {examples.map((e) => (
          <Example key={e.id} example={e} onTry={onTry} />
        ))}
      </ul>
    </section>
  );
}

function Example({ example: e, onTry }: { example: BacktestExample; onTry(text: string): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const tryIt = async () => {
    // The excerpt is cut at 200 characters: the preview wants the whole comment.
    const full = await api.get<CommentDetail>(`/api/comments/${e.id}`).then((c) => c.text, () => e.excerpt);
    onTry(full);
  };
  return (
    <li className="rules-example" data-testid="rules-example" data-comment-id={e.id}>
      <p className="rules-excerpt">
        {e.excerpt}
        {e.excerpt.length >= EXCERPT_LENGTH && '…'}
      </p>
      <div className="rules-example-foot">
        <span className="rules-reasons" aria-label={t('rules.backtest.reasonsLabel')}>
          {e.oldReasons.length ? <ReasonChips reasons={e.oldReasons} /> : <span className="muted">{t('rules.backtest.noReason')}</span>}
          <span aria-hidden="true" className="rules-arrow">
            →
          </span>
          {e.newReasons.length ? <ReasonChips reasons={e.newReasons} /> : <span className="muted">{t('rules.backtest.noReason')}</span>}
        </span>
        <span className="rules-example-actions">
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('rules.backtest.comment', { id: e.id })}
          </button>
          <button type="button" onClick={() => void tryIt()}>
            {t('rules.try.use')}
          </button>
        </span>
      </div>
      {open && <AuditComment id={e.id} newTab />}
    </li>
  );
}
