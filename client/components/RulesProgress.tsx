/** The background re-score after a save: a progress bar until it has finished, then a line saying so. */
import type { RescoreProgress } from '../hooks/useRules.js';
import { useI18n } from '../i18n/i18n.js';

export function RulesProgress({ progress, onDismiss }: { progress: RescoreProgress; onDismiss(): void }) {
  const { t, number, percent } = useI18n();
  const { version, done, total, finished } = progress;
  const share = total > 0 ? Math.min(1, done / total) : finished ? 1 : 0;
  return (
    <section className={`panel rules-progress ${finished ? 'finished' : ''}`} data-testid="rules-progress" aria-live="polite">
      <div className="rules-progress-head">
        <strong>{finished ? t('rules.progress.finished', { version }) : t('rules.progress.running', { version })}</strong>
        <span className="muted num">{t('rules.progress.count', { done: number(done), total: number(total), share: percent(share) })}</span>
        {finished && (
          <button type="button" className="link" onClick={onDismiss}>
            {t('common.close')}
          </button>
        )}
      </div>
      <div
        className="rules-progress-bar"
        role="progressbar"
        aria-label={t('rules.progress.label', { version })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={percent(share)}
      >
        <span style={{ width: `${share * 100}%` }} />
      </div>
      {!finished && <p className="muted rules-hint">{t('rules.progress.hint')}</p>}
    </section>
  );
}
