/** The overview's live counters: today so far, the pace of comments, and what waits in the queue. */
import type { ReactNode } from 'react';
import type { QueueCounts } from '../../shared/events.js';
import type { Overview } from '../../shared/insights.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { signed, toneClass } from './ArticleTable.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Yesterday's comments up to the same time of day: whole hours, then the share of the current one. */
export function yesterdayBySameTime(o: Overview): number {
  const cutoff = Date.parse(o.at) - DAY_MS;
  let n = 0;
  for (const p of o.today.previousDay.hourly) {
    const start = Date.parse(p.at);
    if (start + HOUR_MS <= cutoff) n += p.comments;
    else if (start <= cutoff) n += (p.comments * (cutoff - start)) / HOUR_MS;
  }
  return Math.round(n);
}

function Figure({ value, label, detail, testId, className }: { value: ReactNode; label: string; detail?: ReactNode; testId: string; className?: string }) {
  return (
    <div className="figure overview-figure">
      <div className={`value ${className ?? ''}`} data-testid={testId}>
        {value}
      </div>
      <div className="label">{label}</div>
      {detail !== undefined && <div className="overview-detail">{detail}</div>}
    </div>
  );
}

export function OverviewToday({ o, perMinute }: { o: Overview; perMinute: number | null }) {
  const { t, number, percent } = useI18n();
  const totals = o.today.totals;
  const decided = totals.approved + totals.rejected;
  return (
    <section className="panel overview-today" aria-labelledby="overview-today-title" data-testid="overview-counters">
      <div className="overview-panel-head">
        <h2 id="overview-today-title">{t('overview.today')}</h2>
        <span className="muted">{t('overview.todayHint')}</span>
      </div>
      <div className="figures">
        <Figure
          value={number(totals.comments)}
          label={t('overview.commentsToday')}
          detail={t('overview.yesterdaySameTime', { n: number(yesterdayBySameTime(o)) })}
          testId="overview-comments-today"
        />
        <Figure
          value={number(totals.flagged)}
          label={t('overview.flaggedToday')}
          detail={totals.flaggedRate === null ? undefined : t('overview.flaggedRate', { rate: percent(totals.flaggedRate) })}
          testId="overview-flagged-today"
        />
        <Figure
          value={totals.rejectionRate === null ? '—' : percent(totals.rejectionRate)}
          label={t('overview.rejectionRate')}
          detail={decided ? t('overview.rejectionDetail', { rejected: number(totals.rejected), decided: number(decided) }) : t('overview.noDecisions')}
          testId="overview-rejection-rate"
        />
        <Figure
          value={perMinute === null ? '—' : number(perMinute, 1)}
          label={t('overview.perMinute')}
          detail={t('overview.perMinuteHint')}
          testId="overview-per-minute"
        />
        <Figure
          value={totals.toneMean === null ? '—' : signed(number(totals.toneMean, 2), totals.toneMean)}
          label={t('overview.toneToday')}
          className={toneClass(totals.toneMean)}
          testId="overview-tone-today"
        />
      </div>
    </section>
  );
}

export function OverviewQueue({ counts }: { counts: QueueCounts | null }) {
  const { t, number } = useI18n();
  const show = (n: number | undefined) => (n === undefined ? '—' : number(n));
  return (
    <section className="panel overview-queue" aria-labelledby="overview-queue-title" data-testid="overview-queue">
      <div className="overview-panel-head">
        <h2 id="overview-queue-title">{t('overview.queue')}</h2>
        <Link to="/">{t('overview.queueOpen')}</Link>
      </div>
      <div className="figures">
        <Figure value={show(counts?.flagged)} label={t('overview.queueFlagged')} testId="overview-queue-flagged" className="overview-hot" />
        <Figure value={show(counts?.pending)} label={t('overview.queuePending')} testId="overview-queue-pending" />
        <Figure value={show(counts?.escalated)} label={t('overview.queueEscalated')} testId="overview-queue-escalated" />
      </div>
    </section>
  );
}
