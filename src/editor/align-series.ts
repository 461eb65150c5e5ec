/**
 * uPlot wants "aligned" data: one shared, non-decreasing x array and one y
 * array per series, with null where a series has no point at that x.
 * Our series each carry their own x values (a loss per batch, a validation
 * loss per epoch; data points and a fitted line), so they are merged here.
 *
 * Points are sorted by x (stable, series order breaks ties). A row is shared
 * by points with the same x from different series; a second point of the
 * same series at the same x (two houses of equal area) opens a new row, so
 * no point is lost.
 */

export interface XYSeries {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export type Aligned = [number[], ...(number | null)[][]];

/** Whether `x` is finite and strictly increasing (what a live chart's one line usually is). */
function increasingFinite(x: readonly number[]): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (!Number.isFinite(v) || (i > 0 && v <= (x[i - 1] as number))) return false;
  }
  return true;
}

export function alignSeries(series: readonly XYSeries[]): Aligned {
  // One line with increasing x (a live chart fed point by point) is already
  // aligned: skip building and sorting an object per point, every frame.
  const [only] = series;
  if (series.length === 1 && only && only.x.length === only.y.length && increasingFinite(only.x)) {
    return [[...only.x], only.y.map((y) => (Number.isFinite(y) ? y : null))];
  }
  const points: { x: number; y: number; s: number }[] = [];
  series.forEach((s, index) => {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const x = s.x[i] as number;
      const y = s.y[i] as number;
      if (Number.isFinite(x)) points.push({ x, y, s: index });
    }
  });
  points.sort((a, b) => a.x - b.x || a.s - b.s);

  const xs: number[] = [];
  const ys: (number | null)[][] = series.map(() => []);
  for (const point of points) {
    const last = xs.length - 1;
    const column = ys[point.s] as (number | null)[];
    if (last >= 0 && xs[last] === point.x && column[last] === null) {
      // NaN/Infinity (a diverging loss) would break the scale: show a gap.
      column[last] = Number.isFinite(point.y) ? point.y : null;
      continue;
    }
    xs.push(point.x);
    for (const [index, values] of ys.entries()) {
      values.push(index === point.s && Number.isFinite(point.y) ? point.y : null);
    }
  }
  return [xs, ...ys];
}

/**
 * Up to `max` indices of an array of length n: the first, the last and
 * evenly spaced ones between (for a readable table under a chart).
 */
export function sampleIndices(n: number, max: number): number[] {
  if (n <= 0 || max <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [n - 1];
  const step = (n - 1) / (max - 1);
  const picked = new Set<number>();
  for (let k = 0; k < max; k++) picked.add(Math.round(k * step));
  return [...picked].sort((a, b) => a - b);
}
