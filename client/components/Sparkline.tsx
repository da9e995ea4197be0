/**
 * A tone sparkline small enough for a table row: inline SVG, no chart.js
 * (fifty canvases for fifty rows would be heavy). Tone runs from -1 to 1
 * around a dashed zero line; an hour without comments breaks the line.
 */
const PAD = 2;

export interface SparklineProps {
  /** Oldest first; null for a bucket without data. */
  values: readonly (number | null)[];
  /** What it shows, for screen readers. */
  label: string;
  width?: number;
  height?: number;
  testId?: string;
}

const sign = (v: number) => (v <= -0.25 ? 'neg' : v >= 0.25 ? 'pos' : 'mid');

export function Sparkline({ values, label, width = 112, height = 26, testId }: SparklineProps) {
  const n = values.length;
  const x = (i: number) => (n <= 1 ? width / 2 : PAD + (i * (width - 2 * PAD)) / (n - 1));
  const y = (v: number) => PAD + ((1 - Math.max(-1, Math.min(1, v))) / 2) * (height - 2 * PAD);

  // Runs of consecutive hours with comments: a path each; a lone hour is a dot.
  const runs: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, v });
  });
  if (run.length) runs.push(run);
  const lastIndex = values.reduce<number>((last, v, i) => (v === null ? last : i), -1);
  const last = lastIndex >= 0 ? values[lastIndex]! : null;

  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid={testId} data-values={JSON.stringify(values)}>
      <line className="sparkline-zero" x1={PAD} x2={width - PAD} y1={y(0)} y2={y(0)} />
      {runs.map((r) =>
        r.length === 1 ? (
          <circle key={r[0]!.i} className="sparkline-dot" cx={x(r[0]!.i)} cy={y(r[0]!.v)} r={1.3} />
        ) : (
          <path key={r[0]!.i} className="sparkline-line" d={r.map((p, k) => `${k ? 'L' : 'M'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join('')} />
        ),
      )}
      {last !== null && <circle className={`sparkline-last sparkline-${sign(last)}`} cx={x(lastIndex)} cy={y(last)} r={2.2} />}
    </svg>
  );
}
