/**
 * CSV export of a projection: header `month`, then one column per monthly
 * output (`OUTPUT_COLUMNS`). Numbers are written with up to 2 decimals
 * (cents; counts may be fractional) and no thousands separators, so any
 * spreadsheet reads them. Column names are fixed identifiers: no quoting needed.
 *
 * After one empty line, an optional second table `figure,value,definition`
 * carries the summary figures and the definition of every figure and
 * column, so the file explains itself. Empty value = not defined (never
 * within the horizon, no customers, a zero denominator).
 *
 * `options` lets the sidebar write the header in the reader's language and
 * money in the currency it shows (see csv-export.ts); without them the file
 * has the identifiers above and dollars.
 */
import { OUTPUT_COLUMNS, type MonthRow, type OutputColumn } from '../model/project';

export interface CsvOptions {
  /** The header cell of each column ('month' included); default: the identifier. */
  readonly header?: (column: 'month' | OutputColumn) => string;
  /** The figure table's header; default `figure,value,definition`. */
  readonly figureHeader?: readonly [string, string, string];
  /** Multiplies a column's values (an exchange rate for money columns); default 1. */
  readonly factor?: (column: OutputColumn) => number;
}

/** Rounds to cents and drops a trailing `.00`/`0`; `-0` becomes `0`. */
export function csvNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Quotes a text cell when it holds a comma, a quote or a line break (RFC 4180). */
export function csvText(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvFigure {
  /** A fixed identifier, e.g. `sustainedBreakEvenMonth` or `api.cac`. */
  readonly figure: string;
  readonly value: number | null;
  readonly definition: string;
}

export function projectionToCsv(rows: readonly MonthRow[], figures: readonly CsvFigure[] = [], options: CsvOptions = {}): string {
  const name = options.header ?? ((column) => column);
  const factor = options.factor ?? (() => 1);
  const header = [name('month'), ...OUTPUT_COLUMNS.map(name)].map(csvText).join(',');
  const lines = rows.map((row) => [String(row.month), ...OUTPUT_COLUMNS.map((c) => csvNumber(row[c] * factor(c)))].join(','));
  const monthly = [header, ...lines].join('\n') + '\n';
  if (figures.length === 0) return monthly;
  const table = figures.map((f) => [f.figure, f.value === null ? '' : csvNumber(f.value), csvText(f.definition)].join(','));
  const figureHeader = (options.figureHeader ?? ['figure', 'value', 'definition']).map(csvText).join(',');
  return monthly + '\n' + [figureHeader, ...table].join('\n') + '\n';
}
