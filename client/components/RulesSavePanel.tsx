/**
 * The rules page's "what would this do" panel: the list of edits, the
 * backtest of exactly these edits, and saving — offered once the current
 * edits have been backtested, or after an explicit "save without testing".
 */
import type { BacktestResult } from '../../shared/insights.js';
import type { Rules } from '../../shared/schemas.js';
import { ApiError } from '../api.js';
import type { MessageKey } from '../i18n/fr.js';
import { useI18n } from '../i18n/i18n.js';
import { RulesBacktestResult } from './RulesBacktest.js';
import { rangeOf, type Changes, type Draft } from './RulesDraft.js';

export interface BacktestState {
  running: boolean;
  /** The candidate rules (as JSON) the result or error is for. */
  key: string | null;
  result: BacktestResult | null;
  error: Error | null;
}

export interface SaveState {
  saving: boolean;
  confirming: boolean;
  error: Error | null;
  /** The version just saved from this page, for the confirmation line. */
  savedVersion: number | null;
}

interface Props {
  saved: Rules;
  draft: Draft;
  changes: Changes;
  valid: boolean;
  backtest: BacktestState;
  /** The backtest result is for the edits as they are now. */
  backtested: boolean;
  save: SaveState;
  onBacktest(): void;
  onSave(confirmed: boolean): void;
  onCancelConfirm(): void;
  onDiscard(): void;
  onReload(): void;
  onTry(text: string): void;
}

export function RulesSavePanel(p: Props) {
  const { t, tn } = useI18n();
  const { changes, backtest, save } = p;
  const dirty = changes.count > 0;
  const conflict = save.error instanceof ApiError && save.error.code === 'rules_conflict';
  return (
    <section className="panel rules-save" aria-labelledby="rules-save-title" data-testid="rules-save-panel">
      <h2 id="rules-save-title">{dirty ? tn('rules.changes', changes.count) : t('rules.changes.none')}</h2>
      {!dirty && !save.savedVersion && <p className="muted">{t('rules.changes.noneHint')}</p>}
      {save.savedVersion !== null && !dirty && (
        <p className="rules-ok" role="status">
          {t('rules.save.done', { version: save.savedVersion })}
        </p>
      )}
      {dirty && <ChangeList saved={p.saved} draft={p.draft} changes={changes} />}
      {dirty && !p.valid && <p className="form-error">{t('rules.changes.invalid')}</p>}

      {conflict ? (
        <div className="rules-conflict" role="alert" data-testid="rules-conflict">
          <p>{t('rules.save.conflict')}</p>
          <button type="button" className="primary" onClick={p.onReload}>
            {t('rules.save.reload')}
          </button>
        </div>
      ) : (
        save.error && (
          <p className="form-error" role="alert">
            {t('rules.save.failed', { message: save.error.message })}
          </p>
        )
      )}

      <div className="toolbar rules-actions">
        <button type="button" onClick={p.onBacktest} disabled={!dirty || !p.valid || backtest.running} data-testid="rules-backtest-run">
          {backtest.running ? t('rules.backtest.running') : p.backtested ? t('rules.backtest.again') : t('rules.backtest.run')}
        </button>
        <button type="button" className="primary" onClick={() => p.onSave(false)} disabled={!dirty || !p.valid || save.saving} data-testid="rules-save">
          {save.saving ? t('rules.save.saving') : t('rules.save.button')}
        </button>
        <button type="button" onClick={p.onDiscard} disabled={!dirty || save.saving} data-testid="rules-discard">
          {t('rules.discard')}
        </button>
      </div>

      {save.confirming && (
        <div className="rules-confirm" role="alertdialog" aria-labelledby="rules-confirm-text" data-testid="rules-confirm">
          <p id="rules-confirm-text">{t('rules.save.untested')}</p>
          <div className="toolbar">
            <button type="button" onClick={p.onBacktest} disabled={backtest.running}>
              {t('rules.save.testFirst')}
            </button>
            <button type="button" className="danger" onClick={() => p.onSave(true)}>
              {t('rules.save.anyway')}
            </button>
            <button type="button" className="link" onClick={p.onCancelConfirm}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {backtest.running && (
        <p className="state-loading rules-running" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('rules.backtest.runningHint')}
        </p>
      )}
      {backtest.error && !backtest.running && (
        <p className="form-error" role="alert">
          {t('rules.backtest.failed', { message: backtest.error.message })}
        </p>
      )}
      {backtest.result && dirty && <RulesBacktestResult result={backtest.result} stale={!p.backtested} onTry={p.onTry} />}
    </section>
  );
}

function ChangeList({ saved, draft, changes }: { saved: Rules; draft: Draft; changes: Changes }) {
  const { t, number } = useI18n();
  const shown = (key: keyof Rules['thresholds'], v: number) => (Number.isFinite(v) ? number(v, rangeOf(key).integer ? 0 : 2) : '?');
  return (
    <ul className="rules-change-list" data-testid="rules-changes">
      {changes.defaultLang && (
        <li>
          {t('rules.defaultLang')}
          {t('rules.colon')}
          {t(`rules.lang.${saved.defaultLang}`)} → <strong>{t(`rules.lang.${draft.defaultLang}`)}</strong>
        </li>
      )}
      {changes.thresholds.map((key) => (
        <li key={key}>
          {t(`rules.threshold.${key}` as MessageKey)}
          {t('rules.colon')}
          {shown(key, saved.thresholds[key])} → <strong>{shown(key, Number(draft.thresholds[key].replace(',', '.') || NaN))}</strong>
        </li>
      ))}
      {Object.entries(changes.words).map(([key, change]) => (
        <li key={key}>
          {t(`rules.words.${key as keyof Rules['words']}`)}
          {t('rules.colon')}
          {t('rules.changes.words', { added: change.added.length, removed: change.removed.length })}
        </li>
      ))}
    </ul>
  );
}
