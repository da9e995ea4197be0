/**
 * The commenter page's two charts, both drawn by components/Chart.tsx:
 * - their mean tone per day (a point's size grows with the day's comments,
 *   its colour says negative / neutral / positive);
 * - why their comments were flagged: one bar per reason, split into the
 *   latest comments and the earlier ones, so a moderator sees at once
 *   whether a habit is old or new.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { CommentBrief, DayTone } from '../../shared/insights.js';
import { FLAG_REASONS, type FlagReason } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Chart } from './Chart.js';
import { signed } from './CommenterTable.js';

const NEG = '#b42318';
const POS = '#1e7a46';
const NEUTRAL = '#5f6b7a';
const ACCENT = '#1f5fbf';
/** Comments counted as "latest" in the reasons chart. */
export const RECENT_WINDOW = 20;

const toneColour = (tone: number | null) => (tone === null ? NEUTRAL : tone <= -0.25 ? NEG : tone >= 0.25 ? POS : NEUTRAL);

export function CommenterToneChart({ days }: { days: DayTone[] }) {
  const { t, tn, number, lang } = useI18n();
  const dayLabel = useMemo(() => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }), [lang]);
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels: days.map((d) => dayLabel.format(new Date(d.day))),
      datasets: [
        {
          label: t('commenters.chart.toneSeries'),
          data: days.map((d) => (d.toneMean === null ? null : Math.round(d.toneMean * 1000) / 1000)),
          borderColor: ACCENT,
          backgroundColor: 'rgba(31, 95, 191, 0.08)',
          fill: 'origin',
          tension: 0.3,
          // Monotone: the curve never dips past a day's real mean between two points.
          cubicInterpolationMode: 'monotone',
          spanGaps: true,
          pointBackgroundColor: days.map((d) => toneColour(d.toneMean)),
          pointBorderColor: days.map((d) => toneColour(d.toneMean)),
          pointRadius: days.map((d) => Math.min(8, 3 + Math.sqrt(d.comments))),
          pointHoverRadius: days.map((d) => Math.min(10, 5 + Math.sqrt(d.comments))),
        },
      ],
    }),
    [days, dayLabel, t],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      animation: { duration: 250 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: {
          min: -1,
          max: 1,
          ticks: { stepSize: 0.5, callback: (v) => signed(Number(v), number, 1) },
          grid: { color: (ctx) => (ctx.tick.value === 0 ? '#9aa5b1' : '#eef1f4') },
        },
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => t('commenters.chart.toneTooltip', { tone: ctx.parsed.y === null ? '—' : signed(ctx.parsed.y, number) }),
            afterLabel: (ctx) => {
              const d = days[ctx.dataIndex];
              return d ? `${tn('common.comments', d.comments)} · ${tn('commenters.fig.flagged', d.flagged)}` : '';
            },
          },
        },
      },
    }),
    [days, number, t, tn],
  );
  if (!days.length) return <p className="state cm-chart-empty">{t('commenters.chart.noTone')}</p>;
  return <Chart type="line" data={data} options={options} label={t('commenters.chart.toneLabel', { days: days.length })} testId="commenter-tone-chart" height={240} />;
}

export function CommenterReasonsChart({ reasons, recent }: { reasons: Partial<Record<FlagReason, number>>; recent: CommentBrief[] }) {
  const { t } = useI18n();
  const latestCount = Math.min(recent.length, RECENT_WINDOW);
  const present = useMemo(() => {
    const inWindow = new Map<FlagReason, number>();
    for (const c of recent.slice(0, RECENT_WINDOW)) for (const r of c.reasons) inWindow.set(r, (inWindow.get(r) ?? 0) + 1);
    return FLAG_REASONS.map((r) => {
      const latest = inWindow.get(r) ?? 0;
      // After a change of rules the stored totals may lag the listed comments: never a negative bar.
      const total = Math.max(reasons[r] ?? 0, latest);
      return { reason: r, latest, earlier: total - latest, total };
    })
      .filter((x) => x.total > 0)
      .sort((a, b) => b.total - a.total);
  }, [reasons, recent]);
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: present.map((x) => t(`reason.${x.reason}`)),
      datasets: [
        { label: t('commenters.chart.latest', { n: latestCount }), data: present.map((x) => x.latest), backgroundColor: NEG, borderRadius: 2, maxBarThickness: 26 },
        { label: t('commenters.chart.earlier'), data: present.map((x) => x.earlier), backgroundColor: '#f1b5ae', borderRadius: 2, maxBarThickness: 26 },
      ],
    }),
    [present, t, latestCount],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      animation: { duration: 250 },
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#eef1f4' } },
        y: { stacked: true, grid: { display: false } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } } },
    }),
    [],
  );
  if (!present.length) return <p className="state cm-chart-empty">{t('commenters.chart.noReasons')}</p>;
  return (
    <Chart
      type="bar"
      data={data}
      options={options}
      label={t('commenters.chart.reasonsLabel', { reasons: present.map((x) => `${t(`reason.${x.reason}`)} ${x.total}`).join(', ') })}
      testId="commenter-reasons-chart"
      height={Math.max(220, 70 + present.length * 34)}
    />
  );
}
