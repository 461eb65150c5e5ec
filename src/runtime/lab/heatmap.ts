/** `lab.heatmap`: checks the options where the user called it, reads tensors, and builds the protocol's HeatmapData. */
import type * as tfjs from '@tensorflow/tfjs';
import { clipText } from '../clip';
import type { HeatmapData } from '../protocol';
import { OUTPUT_LIMITS } from '../protocol/limits';
import { readGrid, readNumbers } from './matrix';
import { fieldsOf, shown, type Untrusted } from './untrusted';

type Tf = typeof tfjs;

function finiteRange(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : [0, 1];
}

function labels(list: unknown, count: number, what: string): string[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.length !== count) {
    throw new RangeError(`lab.heatmap: ${what} needs ${count} labels, got ${Array.isArray(list) ? list.length : 'none'}`);
  }
  return list.map((l) => clipText(String(l), OUTPUT_LIMITS.nameLength));
}

function range(pair: unknown, what: string): [number, number] {
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((v) => Number.isFinite(v)) || Number(pair[0]) === Number(pair[1])) {
    throw new RangeError(`lab.heatmap: extent.${what} must be two different finite numbers, like [-2, 2]`);
  }
  return [Number(pair[0]), Number(pair[1])];
}

/** Builds the event payload; a Promise when tensors must be read first. */
export function buildHeatmap(tf: Tf, input: unknown): HeatmapData | Promise<HeatmapData> {
  if (input === null || typeof input !== 'object') throw new TypeError('lab.heatmap needs options: { values: rows of numbers or a 2-D tensor }');
  const options = input as Untrusted<LabHeatmapOptions>;
  const grid = readGrid(tf, options.values, 'lab.heatmap: values');
  if (grid.rows * grid.columns > OUTPUT_LIMITS.heatmapCells) {
    throw new RangeError(`lab.heatmap: ${grid.rows}×${grid.columns} cells is more than ${OUTPUT_LIMITS.heatmapCells}; sample a coarser grid`);
  }
  const columnLabels = labels(options.columnLabels, grid.columns, 'columnLabels');
  const rowLabels = labels(options.rowLabels, grid.rows, 'rowLabels');
  const extentFields = fieldsOf<LabHeatmapOptions['extent'] & object>(options.extent);
  const extent = options.extent ? { x: range(extentFields.x, 'x'), y: range(extentFields.y, 'y') } : undefined;
  if (options.points && !extent) throw new RangeError('lab.heatmap: points need an extent, so they can be placed on the grid');
  const pointFields = fieldsOf<LabHeatmapOptions['points'] & object>(options.points);
  const points = options.points
    ? [readNumbers(tf, pointFields.x, 'lab.heatmap: points.x'), readNumbers(tf, pointFields.y, 'lab.heatmap: points.y'), readNumbers(tf, pointFields.label, 'lab.heatmap: points.label')]
    : null;
  const limit = (key: 'min' | 'max' | 'center'): number | undefined => {
    const v = options[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new RangeError(`lab.heatmap: ${key} must be a finite number, got ${shown(v)}`);
    return v;
  };
  const fixedMin = limit('min');
  const fixedMax = limit('max');
  const fixedCenter = limit('center');
  if (fixedMin !== undefined && fixedMax !== undefined && !(fixedMin < fixedMax)) {
    throw new RangeError(`lab.heatmap: min (${fixedMin}) must be below max (${fixedMax})`);
  }
  const colors = options.colors ?? 'sequential';
  if (colors !== 'diverging' && colors !== 'sequential') throw new RangeError(`lab.heatmap: colors must be 'diverging' or 'sequential', got '${shown(colors)}'`);

  const build = (values: number[], pointValues: number[][] | null): HeatmapData => {
    const [low, high] = finiteRange(values);
    const min = fixedMin ?? low;
    const max = fixedMax ?? (high > min ? high : min + 1);
    let pointSet: HeatmapData['points'];
    if (pointValues) {
      const [x = [], y = [], label = []] = pointValues;
      if (x.length !== y.length || x.length !== label.length) {
        throw new RangeError(`lab.heatmap: points.x, points.y and points.label must have the same length (${x.length}, ${y.length}, ${label.length})`);
      }
      if (x.length > OUTPUT_LIMITS.points) throw new RangeError(`lab.heatmap: at most ${OUTPUT_LIMITS.points} points`);
      pointSet = { x, y, label };
    }
    return {
      rows: grid.rows,
      columns: grid.columns,
      values,
      colors,
      min,
      max,
      center: fixedCenter ?? (min >= 0 && max <= 1 ? 0.5 : 0),
      showValues: options.showValues === true,
      ...(columnLabels ? { columnLabels } : {}),
      ...(rowLabels ? { rowLabels } : {}),
      ...(options.xTitle !== undefined ? { xTitle: clipText(shown(options.xTitle), OUTPUT_LIMITS.nameLength) } : {}),
      ...(options.yTitle !== undefined ? { yTitle: clipText(shown(options.yTitle), OUTPUT_LIMITS.nameLength) } : {}),
      ...(extent ? { extent } : {}),
      ...(pointSet ? { points: pointSet } : {}),
    };
  };
  const pending = [grid.values, ...(points ?? [])];
  if (!pending.some((p) => p instanceof Promise)) {
    return build(grid.values as number[], points as number[][] | null);
  }
  return Promise.all(pending.map((p) => Promise.resolve(p))).then(([values = [], ...rest]) => build(values, points ? rest : null));
}
