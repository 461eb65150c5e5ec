/** What the run shows: printed values, chart points, plots, heat maps and pictures. */
import * as z from 'zod/mini';
import { checkedList, count, finite, label, list, numberList, text, type Shape } from './kit';
import { OUTPUT_LIMITS as L } from './limits';

const name = label(L.nameLength);

type Cell = string | number;
const badCell = (c: unknown): boolean => (typeof c !== 'number' && typeof c !== 'string') || (typeof c === 'string' && c.length > L.cellLength);

/** A table's rows: up to L.tableRows lists of up to L.tableColumns cells, each a number or a short text. */
const tableRowsSchema = checkedList<Cell[]>(L.tableRows, (row) => {
  if (!Array.isArray(row) || row.length > L.tableColumns) return { path: [], message: `expected a row of at most ${L.tableColumns} cells` };
  const at = row.findIndex(badCell);
  return at < 0 ? null : { path: [at], message: `expected a number or a text of at most ${L.cellLength} characters` };
});

export const printValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: text(L.textLength) }),
  z.object({
    kind: z.literal('tensor'),
    shape: list(count, L.rank),
    dtype: text(L.shortText),
    text: text(L.textLength),
  }),
  z.object({
    kind: z.literal('table'),
    columns: list(text(L.cellLength), L.tableColumns),
    rows: tableRowsSchema,
  }),
]);
/** A printed value, already formatted for display. */
export type PrintValue = Shape<typeof printValueSchema>;

export interface ChartPoint {
  readonly series: string;
  readonly x: number;
  readonly y: number;
}

/** A live chart's points: `series` names the line, `x` is finite, `y` any number (a loss may diverge to NaN). */
export const chartPointsSchema = checkedList<ChartPoint>(L.chartPoints, (p) => {
  if (typeof p !== 'object' || p === null) return { path: [], message: 'expected a point { series, x, y }' };
  const { series, x, y } = p as Record<string, unknown>;
  if (typeof series !== 'string' || series.length === 0 || series.length > L.nameLength) {
    return { path: ['series'], message: `expected a name of 1–${L.nameLength} characters` };
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) return { path: ['x'], message: 'expected a finite number' };
  if (typeof y !== 'number') return { path: ['y'], message: 'expected a number' };
  return null;
});

export const plotSeriesSchema = z
  .object({
    name,
    x: numberList(L.plotPoints, false),
    y: numberList(L.plotPoints, false),
    style: z.enum(['points', 'line']),
  })
  .check(z.refine((s) => s.x.length === s.y.length, { error: 'x and y must have the same length', path: ['y'] }));
export type PlotSeries = Shape<typeof plotSeriesSchema>;

const range = z.tuple([finite, finite]);

/** A heat map, values row-major (`rows` × `columns`), top row first. */
export const heatmapSchema = z
  .object({
    rows: z.int().check(z.gte(1)),
    columns: z.int().check(z.gte(1)),
    values: numberList(L.heatmapCells, false),
    colors: z.enum(['diverging', 'sequential']),
    min: finite,
    max: finite,
    /** For 'diverging': the value drawn white. */
    center: finite,
    columnLabels: z.optional(list(text(L.nameLength), L.labels)),
    rowLabels: z.optional(list(text(L.nameLength), L.labels)),
    xTitle: z.optional(text(L.nameLength)),
    yTitle: z.optional(text(L.nameLength)),
    showValues: z.boolean(),
    extent: z.optional(z.object({ x: range, y: range })),
    points: z.optional(
      z.object({ x: numberList(L.points, false), y: numberList(L.points, false), label: numberList(L.points, false) }),
    ),
  })
  .check(
    z.refine((h) => h.rows * h.columns <= L.heatmapCells, { error: `at most ${L.heatmapCells} cells`, path: ['rows'] }),
    z.refine((h) => h.values.length === h.rows * h.columns, { error: 'must hold rows × columns values', path: ['values'] }),
    z.refine((h) => h.columnLabels === undefined || h.columnLabels.length === h.columns, { error: 'one label per column', path: ['columnLabels'] }),
    z.refine((h) => h.rowLabels === undefined || h.rowLabels.length === h.rows, { error: 'one label per row', path: ['rowLabels'] }),
    z.refine((h) => !h.points || (h.points.x.length === h.points.y.length && h.points.x.length === h.points.label.length), {
      error: 'x, y and label must have the same length',
      path: ['points'],
    }),
  );
export type HeatmapData = Shape<typeof heatmapSchema>;

/** One picture: `channels` values per pixel in [0, 1], row-major. */
export const pictureSchema = z
  .object({
    width: z.int().check(z.gte(1)),
    height: z.int().check(z.gte(1)),
    channels: z.union([z.literal(1), z.literal(3)]),
    pixels: numberList(L.imagePixels * 3, true),
    caption: z.optional(text(L.nameLength)),
    tone: z.optional(z.enum(['good', 'bad'])),
  })
  .check(
    z.refine((i) => i.width * i.height <= L.imagePixels, { error: `at most ${L.imagePixels} pixels`, path: ['width'] }),
    z.refine((i) => i.pixels.length === i.width * i.height * i.channels, { error: 'must hold width × height × channels values', path: ['pixels'] }),
  );
export type PictureData = Shape<typeof pictureSchema>;
