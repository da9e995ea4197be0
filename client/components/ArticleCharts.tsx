/**
 * An article's three charts — tone over time, tone distribution, flag
 * reasons — on the shared Chart component, so a live comment updates them
 * in place. Data and options are memoised: a new object means a redraw.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { TonePoint } from '../../shared/insights.js';
import { FLAG_REASONS, type FlagReason } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Chart } from './Chart.js';

/** The palette of styles.css, for the canvas (which cannot read CSS variables by itself). */
export const PALETTE = {
  accent: '#1f5fbf',
  accentSoft: 'rgba(31, 95, 191, .18)',
  neg: '#b42318',
  negSoft: 'rgba(180, 35, 24, .16)',
  grey: '#9aa5b1',
  greySoft: 'rgba(154, 165, 177, .28)',
  line: '#e6e9ee',
};

/** Red to grey to green, one per tenth of the tone scale. */
const BUCKET_COLOURS = ['#b42318', '#c8432f', '#d9705b', '#e6a193', '#c3cad3', '#c3cad3', '#9dd1b3', '#6bb98c', '#3f9a66', '#1e7a46'];

const REASON_COLOURS: Record<FlagReason, string> = {
  insult: '#b42318',
  identity_attack: '#7f1d1d',
  threat: '#7a1fa2',
  profanity: '#e0795f',
  spam_link: '#1f5fbf',
  shouting: '#d18b00',
  very_negative: '#5f6b7a',
};

/** chart.js formats its ticks and tooltips with this locale: "0,5" in French. */
export const chartLocale = (lang: string) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** "ven. 20, 14:00": an hour on a chart's axis, short enough for eight of them side by side. */
export function hourLabeller(lang: string): (iso: string) => string {
  const f = new Intl.DateTimeFormat(chartLocale(lang), { weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (iso) => f.format(new Date(iso));
}

const HOUR_MS = 3_600_000;
/** Quiet hours are drawn as such up to two weeks of span; beyond, only hours with comments (an old, long discussion). */
const MAX_DENSE_HOURS = 14 * 24;

/** Every hour from the first point to the last, empty where there was no comment. */
export function denseHours(points: readonly TonePoint[]): TonePoint[] {
  if (points.length < 2) return [...points];
  const first = Date.parse(points[0]!.at);
  const last = Date.parse(points[points.length - 1]!.at);
  if ((last - first) / HOUR_MS >= MAX_DENSE_HOURS) return [...points];
  const byHour = new Map(points.map((p) => [Date.parse(p.at), p]));
  const out: TonePoint[] = [];
  for (let t = first; t <= last; t += HOUR_MS) out.push(byHour.get(t) ?? { at: new Date(t).toISOString(), comments: 0, flagged: 0, toneMean: null });
  return out;
}

const gridless = { grid: { color: PALETTE.line } };

export function ArticleToneChart({ points }: { points: readonly TonePoint[] }) {
  const { t, lang } = useI18n();
  const hours = useMemo(() => denseHours(points), [points]);
  const label = useMemo(() => hourLabeller(lang), [lang]);
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels: hours.map((p) => label(p.at)),
      datasets: [
        { label: t('articles.ds.tone'), data: hours.map((p) => p.toneMean), yAxisID: 'tone', borderColor: PALETTE.accent, backgroundColor: PALETTE.accent, pointRadius: 1.5, borderWidth: 2, spanGaps: true, cubicInterpolationMode: 'monotone', order: 0 },
        { label: t('articles.ds.comments'), data: hours.map((p) => p.comments), yAxisID: 'count', borderColor: PALETTE.grey, backgroundColor: PALETTE.greySoft, fill: 'origin', pointRadius: 0, borderWidth: 1, order: 2 },
        { label: t('articles.ds.flagged'), data: hours.map((p) => p.flagged), yAxisID: 'count', borderColor: PALETTE.neg, backgroundColor: PALETTE.negSoft, fill: 'origin', pointRadius: 0, borderWidth: 1, order: 1 },
      ],
    }),
    [hours, t, label],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      locale: chartLocale(lang),
      animation: { duration: 250 },
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: {
        x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 7 }, grid: { display: false } },
        tone: { position: 'left', min: -1, max: 1, title: { display: true, text: t('articles.axis.tone') }, ...gridless },
        count: { position: 'right', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('articles.axis.comments') }, grid: { drawOnChartArea: false } },
      },
    }),
    [t, lang],
  );
  return <Chart type="line" data={data} options={options} label={t('articles.toneOverTime')} height={260} testId="article-tone-chart" />;
}

export function ArticleHistogramChart({ buckets }: { buckets: readonly number[] }) {
  const { t, number, lang } = useI18n();
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: buckets.map((_, i) => t('articles.bucket', { from: number(-1 + i / 5, 1), to: number(-1 + (i + 1) / 5, 1) })),
      datasets: [{ label: t('articles.ds.comments'), data: [...buckets], backgroundColor: BUCKET_COLOURS, borderRadius: 2 }],
    }),
    [buckets, t, number],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      locale: chartLocale(lang),
      animation: { duration: 250 },
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true }, title: { display: true, text: t('articles.axis.toneBuckets') } },
        y: { beginAtZero: true, ticks: { precision: 0 }, ...gridless },
      },
    }),
    [t, lang],
  );
  return <Chart type="bar" data={data} options={options} label={t('articles.histogram')} testId="article-histogram-chart" />;
}

export function ArticleReasonsChart({ reasons }: { reasons: Partial<Record<FlagReason, number>> }) {
  const { t, lang } = useI18n();
  const shown = FLAG_REASONS.filter((r) => (reasons[r] ?? 0) > 0);
  const key = shown.map((r) => `${r}:${reasons[r]}`).join();
  const data = useMemo<ChartData<'doughnut'>>(
    () => ({
      labels: shown.map((r) => t(`reason.${r}`)),
      datasets: [{ label: t('articles.ds.reasons'), data: shown.map((r) => reasons[r] ?? 0), backgroundColor: shown.map((r) => REASON_COLOURS[r]), borderWidth: 1 }],
    }),
    // `key` stands for `shown` and `reasons`: redrawn when a count changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, t],
  );
  const options = useMemo<ChartOptions<'doughnut'>>(() => ({ locale: chartLocale(lang), animation: { duration: 250 }, cutout: '55%', plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } } }), [lang]);
  return <Chart type="doughnut" data={data} options={options} label={t('articles.reasons')} testId="article-reasons-chart" />;
}
