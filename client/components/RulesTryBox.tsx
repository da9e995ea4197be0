/**
 * "Try a comment": the server's engine (POST /api/score) scores what is typed,
 * 200 ms after the last keystroke, under the edits not saved yet when there
 * are any, so the preview is exactly what a save would store. With edits, the
 * score under the saved rules is shown beside it for comparison.
 */
import { forwardRef, useState } from 'react';
import type { Rules } from '../../shared/schemas.js';
import type { BreakdownItem, CommentScore } from '../../shared/types.js';
import { useScorePreview } from '../hooks/useRules.js';
import { useI18n } from '../i18n/i18n.js';
import { Highlighted } from './Highlighted.js';
import { ReasonChips, ScoreBadges } from './ScoreBadges.js';

interface Props {
  text: string;
  onText(text: string): void;
  /** The edits as rules, when there are edits and they are valid. */
  candidate: Rules | null;
  /** There are edits, valid or not. */
  dirty: boolean;
  savedVersion: number;
}

/** Comments to start from, in the site's languages: data, not interface text. */
const SAMPLES = ['Quel mollasson, ce président !', 'VOUS ÊTES TOUS DES MOUTONS !!!', 'Merci pour cet article très clair et nuancé.', 'What a bunch of idiots, honestly.'];

export const RulesTryBox = forwardRef<HTMLTextAreaElement, Props>(function RulesTryBox({ text, onText, candidate, dirty, savedVersion }, ref) {
  const { t } = useI18n();
  const [lang, setLang] = useState<'' | 'fr' | 'en'>('');
  const withEdits = dirty && candidate !== null;
  const preview = useScorePreview(text, lang, withEdits ? candidate : null);
  const baseline = useScorePreview(text, lang, null, { enabled: withEdits });
  return (
    <section className="panel rules-try" aria-labelledby="rules-try-title" data-testid="rules-try">
      <div className="rules-try-head">
        <h2 id="rules-try-title">{t('rules.try.title')}</h2>
        <span className={`chip ${withEdits ? 'rules-chip-edits' : ''}`} data-testid="rules-try-mode">
          {withEdits ? t('rules.try.withEdits') : t('rules.try.withSaved', { version: savedVersion })}
        </span>
      </div>
      {dirty && !candidate && <p className="rules-stale">{t('rules.try.invalidEdits')}</p>}
      <label htmlFor="rules-try-input" className="rules-sr">
        {t('rules.try.label')}
      </label>
      <textarea
        id="rules-try-input"
        ref={ref}
        rows={4}
        value={text}
        placeholder={t('rules.try.placeholder')}
        onChange={(e) => onText(e.target.value)}
        data-testid="rules-try-input"
      />
      <div className="rules-try-tools">
        <label>
          {t('rules.try.lang')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as typeof lang)}>
            <option value="">{t('rules.try.langAuto')}</option>
            <option value="fr">{t('rules.lang.fr')}</option>
            <option value="en">{t('rules.lang.en')}</option>
          </select>
        </label>
      </div>
      <div className="rules-try-tools rules-samples">
        <span className="muted">{t('rules.try.samples')}</span>
        {SAMPLES.map((s) => (
          <button key={s} type="button" className="rules-sample" onClick={() => onText(s)}>
            {s}
          </button>
        ))}
      </div>
      <div className="rules-try-result" data-testid="rules-try-result" aria-live="polite" aria-busy={preview.pending}>
        {!text.trim() ? (
          <p className="muted">{t('rules.try.empty')}</p>
        ) : preview.error && !preview.score ? (
          <p className="form-error">{t('rules.try.error', { message: preview.error.message })}</p>
        ) : !preview.score ? (
          <p className="muted">{t('rules.try.scoring')}</p>
        ) : (
          <ScoreView score={preview.score} text={text} pending={preview.pending} baseline={withEdits ? baseline.score : undefined} />
        )}
      </div>
    </section>
  );
});

function ScoreView({ score, text, pending, baseline }: { score: CommentScore; text: string; pending: boolean; baseline: CommentScore | undefined }) {
  const { t, number, percent } = useI18n();
  return (
    <div className={pending ? 'rules-try-pending' : undefined}>
      <div className="rules-verdict">
        <Verdict score={score} />
        <span className="muted">
          {t('rules.try.langFound', { lang: t(`rules.lang.${score.lang}`), confidence: percent(score.langConfidence) })}
        </span>
        {pending && <span className="muted">{t('rules.try.updating')}</span>}
      </div>
      {baseline && (
        <div className="rules-verdict rules-baseline" data-testid="rules-try-baseline">
          <span className="muted">{t('rules.try.baseline')}</span>
          <Verdict score={baseline} />
        </div>
      )}
      <p className="card-text rules-try-text" data-testid="rules-try-highlighted" lang={score.lang === 'other' ? undefined : score.lang}>
        <Highlighted text={text} evidence={score.evidence} />
      </p>
      <ScoreBadges score={score} />
      <div className="rules-scores">
        <ScoreRow name={t('badge.tone')} value={score.tone.score} signed detail={t(`tone.${score.tone.label}`)} hot={score.reasons.includes('very_negative')} items={score.breakdown.tone} />
        <ScoreRow
          name={t('badge.shouting')}
          value={score.shouting.score}
          detail={score.shouting.flag ? t('rules.try.overThreshold') : t('rules.try.underThreshold')}
          hot={score.shouting.flag}
          items={score.breakdown.shouting}
        />
        <ScoreRow
          name={t('badge.insult')}
          value={score.insult.score}
          detail={[t(`rules.severity.${score.insult.severity}`), score.insult.target ? t(`target.${score.insult.target}`) : ''].filter(Boolean).join(' · ')}
          hot={score.insult.flag}
          items={score.breakdown.insult}
        />
        <ScoreRow
          name={t('badge.toxicity')}
          value={score.toxicity.score}
          detail={t('rules.try.toxicityParts', { profanity: number(score.toxicity.profanity, 2), threat: number(score.toxicity.threat, 2), identity: number(score.toxicity.identityAttack, 2) })}
          hot={score.toxicity.flag}
          items={score.breakdown.toxicity}
        />
      </div>
    </div>
  );
}

function Verdict({ score }: { score: CommentScore }) {
  const { t } = useI18n();
  return score.flagged ? (
    <span className="rules-flagged">
      <strong>{t('rules.try.flagged')}</strong> <ReasonChips reasons={score.reasons} />
    </span>
  ) : (
    <span className="chip chip-status-approved">{t('rules.try.notFlagged')}</span>
  );
}

/** One score: a bar (tone is centred on zero), its value, what it means, and the rules that built it. */
function ScoreRow({ name, value, signed = false, detail, hot, items }: { name: string; value: number; signed?: boolean; detail: string; hot: boolean; items: BreakdownItem[] }) {
  const { t, number } = useI18n();
  const shown = (v: number) => (signed && v > 0 ? '+' : '') + number(v, 2);
  const width = signed ? Math.abs(value) * 50 : value * 100;
  const left = signed ? (value < 0 ? 50 - width : 50) : 0;
  return (
    <div className={`rules-score ${hot ? 'hot' : ''}`} data-testid="rules-score">
      <div className="rules-score-head">
        <strong>{name}</strong>
        <span className="num">{shown(value)}</span>
        <span className="muted">{detail}</span>
      </div>
      <div className={`rules-bar ${signed ? 'signed' : ''}`} aria-hidden="true">
        <span className={signed && value > 0 ? 'pos' : undefined} style={{ left: `${left}%`, width: `${Math.min(100, width)}%` }} />
      </div>
      {items.length > 0 && (
        <table className="rules-breakdown">
          <caption className="rules-sr">{t('rules.try.breakdown', { score: name })}</caption>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <th scope="row">
                  <code>{item.rule}</code>
                </th>
                <td className="num">{shown(item.value)}</td>
                <td className="muted">{item.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
