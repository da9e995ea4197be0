/**
 * /overview — the newsroom at a glance: today's counters (live), today's
 * hours against yesterday's, a range of 24 hours, 7 or 30 days (in the URL),
 * and the range's most heated articles.
 */
import type { Overview } from '../../shared/insights.js';
import { OverviewHourlyChart, OverviewRangeChart } from '../components/OverviewCharts.js';
import { OverviewQueue, OverviewToday } from '../components/OverviewCounters.js';
import { OverviewHeated } from '../components/OverviewHeated.js';
import { Fetching } from '../components/States.js';
import { DEFAULT_RANGE, OVERVIEW_RANGES, useOverview, type OverviewRange } from '../hooks/useOverview.js';
import { useI18n } from '../i18n/i18n.js';
import { setSearch, useLocation } from '../router.js';
import '../styles/overview.css';

const parseRange = (value: string | null): OverviewRange => ((OVERVIEW_RANGES as readonly string[]).includes(value ?? '') ? (value as OverviewRange) : DEFAULT_RANGE);

export function OverviewPage(_props: { id: number }) {
  const { t, time } = useI18n();
  const { search } = useLocation();
  const range = parseRange(search.get('range'));
  const overview = useOverview(range);
  const { data, error, reload, loading, counts, perMinute } = overview;
  return (
    <div className="overview-page">
      <div className="page-head">
        <h1>{t('overview.title')}</h1>
        {data && <span className="muted">{t('overview.asOf', { time: time(data.at) })}</span>}
      </div>
      <Fetching data={data} error={error} reload={reload}>
        {(o) => <OverviewView o={o} range={range} loading={loading} counts={counts} perMinute={perMinute} />}
      </Fetching>
    </div>
  );
}

function OverviewView({ o, range, loading, counts, perMinute }: { o: Overview; range: OverviewRange; loading: boolean } & Pick<ReturnType<typeof useOverview>, 'counts' | 'perMinute'>) {
  const { t, number, percent } = useI18n();
  const totals = o.range.totals;
  return (
    <>
      <div className="overview-top">
        <OverviewToday o={o} perMinute={perMinute} />
        <OverviewQueue counts={counts} />
      </div>

      <section className="panel overview-hourly">
        <h2>{t('overview.hourly')}</h2>
        <OverviewHourlyChart today={o.today} at={o.at} />
      </section>

      <section className="overview-range" aria-labelledby="overview-range-title" aria-busy={loading}>
        <div className="overview-range-head">
          <h2 id="overview-range-title">{t('overview.rangeTitle')}</h2>
          <div className="overview-ranges" role="group" aria-label={t('overview.range')} data-testid="overview-range">
            {OVERVIEW_RANGES.map((r) => (
              <button key={r} type="button" aria-pressed={r === range} className={r === range ? 'is-on' : undefined} onClick={() => setSearch({ range: r === DEFAULT_RANGE ? undefined : r })} data-range={r}>
                {t(`overview.range.${r}`)}
              </button>
            ))}
          </div>
          {loading && <span className="spinner" role="status" aria-label={t('overview.loadingRange')} />}
          <span className="muted" data-testid="overview-range-totals">
            {t('overview.rangeTotals', { comments: number(totals.comments), flagged: number(totals.flagged), rate: totals.flaggedRate === null ? '—' : percent(totals.flaggedRate) })}
          </span>
        </div>
        <div className={`overview-range-body${loading ? ' is-busy' : ''}`}>
          <div className="panel">
            {totals.comments ? <OverviewRangeChart range={o.range} /> : <p className="state">{t('overview.rangeEmpty')}</p>}
          </div>
          <div className="panel">
            <h3>{t('overview.heated')}</h3>
            <p className="muted overview-hint">{t('overview.heatedHint')}</p>
            <OverviewHeated articles={o.heatedArticles} />
          </div>
        </div>
      </section>
    </>
  );
}
