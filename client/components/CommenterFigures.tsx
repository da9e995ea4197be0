/** A commenter's figures at a glance: volume, rates, tone, when, drift, and where moderation left their comments. */
import type { CommenterDetail } from '../../shared/insights.js';
import { MODERATION_STATUSES } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { signed, toneClass } from './CommenterTable.js';

export function CommenterFigures({ detail }: { detail: CommenterDetail }) {
  const { t, tn, number, percent, dateTime } = useI18n();
  const { stats, commenter, drift } = detail;
  const share = (n: number) => (stats.comments ? n / stats.comments : 0);
  const toneLabel = stats.toneMean === null ? null : stats.toneMean <= -0.25 ? 'negative' : stats.toneMean >= 0.25 ? 'positive' : 'neutral';
  return (
    <div className="panel cm-figures-panel">
      <div className="figures cm-figures" data-testid="commenter-figures">
        <div className="figure" data-figure="comments">
          <span className="value">{number(stats.comments)}</span>
          <span className="label">{t('commenters.fig.comments')}</span>
        </div>
        <div className="figure" data-figure="flagged">
          <span className={`value${share(stats.flagged) >= 0.5 ? ' cm-neg' : ''}`}>{percent(share(stats.flagged))}</span>
          <span className="label">{tn('commenters.fig.flagged', stats.flagged)}</span>
        </div>
        <div className="figure" data-figure="tone">
          <span className={`value ${toneClass(stats.toneMean)}`}>{stats.toneMean === null ? '—' : signed(stats.toneMean, number)}</span>
          <span className="label">
            {t('commenters.fig.tone')}
            {toneLabel && ` · ${t(`tone.${toneLabel}`)}`}
          </span>
        </div>
        <div className="figure" data-figure="shouting">
          <span className="value">{percent(share(stats.shouting))}</span>
          <span className="label">{tn('commenters.fig.shouting', stats.shouting)}</span>
        </div>
        <div className="figure" data-figure="insults">
          <span className={`value${share(stats.insults) >= 0.5 ? ' cm-neg' : ''}`}>{number(stats.insults)}</span>
          <span className="label">{t('commenters.fig.insults', { rate: percent(share(stats.insults)) })}</span>
        </div>
        <div className="figure cm-figure-dates" data-figure="seen">
          <span className="value cm-value-small">
            <time dateTime={commenter.firstSeen}>{dateTime(commenter.firstSeen)}</time>
            {' → '}
            <time dateTime={commenter.lastSeen}>{dateTime(commenter.lastSeen)}</time>
          </span>
          <span className="label">{t('commenters.fig.seen')}</span>
        </div>
        <div className="figure" data-figure="drift">
          <span className="value cm-value-small">
            {drift === null ? (
              <span className="muted">{t('commenters.drift.unknown')}</span>
            ) : drift.drifting ? (
              <span className="cm-drift">⚠ {signed(drift.delta, number)}</span>
            ) : (
              <span>{t('commenters.drift.stable', { delta: signed(drift.delta, number) })}</span>
            )}
          </span>
          <span className="label">
            {drift
              ? t('commenters.drift.detail', { window: drift.window, recent: signed(drift.recentMean, number), baseline: signed(drift.baselineMean, number) })
              : t('commenters.fig.drift')}
          </span>
        </div>
      </div>
      <p className="cm-statuses">
        <span className="muted">{t('commenters.fig.statuses')}</span>
        {MODERATION_STATUSES.map((s) => (
          <span key={s} className={`chip chip-status-${s}`} data-status={s}>
            {t(`status.${s}`)} {number(stats.statuses[s] ?? 0)}
          </span>
        ))}
      </p>
    </div>
  );
}
