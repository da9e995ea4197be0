/**
 * The one chart component: creates the chart.js instance once, updates its
 * data in place when props change (a live point does not redraw the page or
 * restart animations), destroys it on unmount.
 *
 * The canvas carries what it draws in `data-chart` (labels and each
 * dataset's values, read back from the chart instance): screen readers get a
 * summary through aria-label, and browser tests assert on the data itself.
 */
import { useEffect, useRef } from 'react';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type ChartType,
} from 'chart.js';

ChartJS.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
ChartJS.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
ChartJS.defaults.color = '#4b5563';

export interface ChartProps<T extends ChartType> {
  type: T;
  data: ChartData<T>;
  options?: ChartOptions<T>;
  /** What the chart shows, for screen readers and tests. */
  label: string;
  height?: number;
  testId?: string;
}

export function Chart<T extends ChartType>({ type, data, options, label, height = 220, testId }: ChartProps<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJS<T> | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new ChartJS(canvas.current, { type, data, options: { responsive: true, maintainAspectRatio: false, ...options } as ChartOptions<T> });
    describe(canvas.current, chart.current);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // Created once per type; data and options change in place below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !canvas.current) return;
    c.data = data;
    if (options) c.options = { responsive: true, maintainAspectRatio: false, ...options } as ChartOptions<T>;
    c.update();
    describe(canvas.current, c);
  }, [data, options]);

  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}

function describe(canvas: HTMLCanvasElement, chart: { data: { labels?: unknown[]; datasets: { label?: string; data: unknown }[] } }): void {
  const { labels = [], datasets } = chart.data;
  canvas.dataset.chart = JSON.stringify({ labels, datasets: datasets.map((d) => ({ label: d.label ?? '', data: d.data })) });
}
