/**
 * The monthly table: one row per month, one column per output (the same
 * columns as the CSV), scrolling sideways in the narrow sidebar. Its rows
 * (up to 120 × 26 cells) are rendered once the table comes near the
 * viewport; its scroll box keeps its height until then.
 */
import { useNearViewport } from '../app/useNearViewport';
import { t, type MessageKey } from '../i18n';
import { OUTPUT_COLUMNS, type MonthRow } from './model/project';
import { formatCell, moneyToShown, type MoneyDisplay } from './money-display';
import { MoneyNote } from './MoneyNote';
import { MONEY_COLUMNS } from './money-figures';

/** About one table row (0.75 rem text, padding and border), to hold the rows' place until they are drawn. */
const ROW_PX = 25;
/** `.ws-table-scroll`'s max-height. */
const BOX_PX = 360;

/** `money`: the display currency (money columns are converted; it is a prop so the table redraws when it changes). */
export function MonthlyTable({ rows, money }: { rows: readonly MonthRow[]; money: MoneyDisplay }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const placeholder = near ? undefined : { minHeight: Math.min(BOX_PX, ROW_PX * (rows.length + 1)) };
  return (
    <details className="ws-section" open>
      <summary>{t('worksheet.table.heading')}</summary>
      <div ref={ref} className="ws-table-scroll" role="region" aria-label={t('worksheet.table.heading')} tabIndex={0} data-rows={near ? 'shown' : 'waiting'} style={placeholder}>
        <table className="ws-table">
          <thead>
            <tr>
              <th scope="col" data-column="month">{t('worksheet.table.month')}</th>
              {OUTPUT_COLUMNS.map((c) => (
                <th scope="col" key={c} data-column={c}>
                  {t(`worksheet.col.${c}` as MessageKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(near ? rows : []).map((row) => (
              <tr key={row.month}>
                <th scope="row">{row.month}</th>
                {OUTPUT_COLUMNS.map((c) => (
                  <td key={c} data-negative={row[c] < 0}>
                    {formatCell(MONEY_COLUMNS.has(c) ? moneyToShown(row[c], money) : row[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoneyNote />
    </details>
  );
}
