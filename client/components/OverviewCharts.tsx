/** The overview's two charts: today's hours against yesterday's, and the chosen range. */
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Overview } from '../../shared/insights.js';
import { useI18n } from '../i18n/i18n.js';
import { chartLocale, hourLabeller, PALETTE } from './ArticleCharts.js';
import { Chart } from './Chart.js';

export function OverviewHourlyChart({ today, at }: { today: Overview['today']; at: string }) {
  const { t, time, lang } = useI18n();
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: today.hourly.map((p) => time(p.at)),
      datasets: [
        // Hours still to come are no data, not zero.
        { label: t('overview.ds.today'), data: today.hourly.map((p) => (p.at > at ? null : p.comments)), backgroundColor: PALETTE.accent, borderRadius: 2 },
        { label: t('overview.ds.yesterday'), data: today.previousDay.hourly.map((p) => p.comments), backgroundColor: PALETTE.greySoft, borderColor: PALETTE.grey, borderWidth: 1, borderRadius: 2 },
      ],
    }),
    [today, at, t, time],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      locale: chartLocale(lang),
      animation: { duration: 250 },
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
        y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: PALETTE.line }, title: { display: true, text: t('overview.axis.comments') } },
      },
    }),
    [t, lang],
  );
  return <Chart type="bar" data={data} options={options} label={t('overview.hourly')} height={240} testId="overview-hourly-chart" />;
}

export function OverviewRangeChart({ range }: { range: Overview['range'] }) {
  const { t, date, lang } = useI18n();
  const hour = useMemo(() => hourLabeller(lang), [lang]);
  const data = useMemo<ChartData<'line'>>(() => {
    const s = range.series;
    return {
      labels: s.map((p) => (range.bucket === 'day' ? date(p.at) : hour(p.at))),
      datasets: [
        { label: t('overview.ds.comments'), data: s.map((p) => p.comments), yAxisID: 'count', borderColor: PALETTE.accent, backgroundColor: PALETTE.accentSoft, fill: 'origin', pointRadius: 0, borderWidth: 1.5, cubicInterpolationMode: 'monotone', order: 2 },
        { label: t('overview.ds.flagged'), data: s.map((p) => p.flagged), yAxisID: 'count', borderColor: PALETTE.neg, backgroundColor: PALETTE.negSoft, fill: 'origin', pointRadius: 0, borderWidth: 1.5, cubicInterpolationMode: 'monotone', order: 1 },
        { label: t('overview.ds.tone'), data: s.map((p) => p.toneMean), yAxisID: 'tone', borderColor: PALETTE.grey, backgroundColor: PALETTE.grey, borderDash: [4, 3], pointRadius: 0, borderWidth: 1.5, spanGaps: true, cubicInterpolationMode: 'monotone', order: 0 },
      ],
    };
  }, [range, t, date, hour]);
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      locale: chartLocale(lang),
      animation: { duration: 250 },
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
        count: { position: 'left', beginAtZero: true, ticks: { precision: 0 }, grid: { color: PALETTE.line }, title: { display: true, text: t('overview.axis.comments') } },
        tone: { position: 'right', min: -1, max: 1, grid: { drawOnChartArea: false }, title: { display: true, text: t('overview.axis.tone') } },
      },
    }),
    [t, lang],
  );
  return <Chart type="line" data={data} options={options} label={t('overview.rangeTitle')} height={260} testId="overview-range-chart" />;
}
