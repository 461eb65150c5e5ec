/**
 * CSV export of a projection: header `month`, then one column per monthly
 * output (`OUTPUT_COLUMNS`). Numbers are written with up to 2 decimals
 * (cents; counts may be fractional) and no thousands separators, so any
 * spreadsheet reads them. Column names are fixed identifiers: no quoting needed.
 */
import { OUTPUT_COLUMNS, type MonthRow } from '../model/project';

/** Rounds to cents and drops a trailing `.00`/`0`; `-0` becomes `0`. */
export function csvNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function projectionToCsv(rows: readonly MonthRow[]): string {
  const header = ['month', ...OUTPUT_COLUMNS].join(',');
  const lines = rows.map((row) => [String(row.month), ...OUTPUT_COLUMNS.map((c) => csvNumber(row[c]))].join(','));
  return [header, ...lines].join('\n') + '\n';
}
