/**
 * The numbers behind a chart, for screen readers (and tests): a visually
 * hidden table of at most 40 evenly sampled rows, x first, then one column
 * per line, each value to its significant digits (a gap where a line has
 * no point at that x).
 */
import type { Aligned } from '../editor/align-series';
import { sampleIndices } from '../editor/align-series';
import { formatSignificantOrGap } from '../format/significant';

const TABLE_ROWS = 40;

export interface ChartDataTableProps {
  readonly caption: string;
  /** One name per line, in the order of `data`'s columns after x. */
  readonly lines: readonly string[];
  readonly data: Aligned;
  /** What tests find the table by, e.g. `{ 'data-chart-table': name }`. */
  readonly marker: Readonly<Record<`data-${string}`, string>>;
}

export function ChartDataTable({ caption, lines, data, marker }: ChartDataTableProps) {
  const rows = sampleIndices(data[0].length, TABLE_ROWS);
  return (
    <table className="visually-hidden" {...marker}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">x</th>
          {lines.map((line) => (
            <th scope="col" key={line}>
              {line}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{formatSignificantOrGap(data[0][row])}</th>
            {lines.map((line, index) => (
              <td key={line}>{formatSignificantOrGap(data[index + 1]?.[row])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
