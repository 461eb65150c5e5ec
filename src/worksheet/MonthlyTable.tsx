/** The monthly table: one row per month, one column per output (the same columns as the CSV), scrolling sideways in the narrow sidebar. */
import { t, type MessageKey } from '../i18n';
import { OUTPUT_COLUMNS, type MonthRow } from './model/project';
import { formatCell, moneyToShown, type MoneyDisplay } from './format';
import { MoneyNote } from './MoneyNote';
import { MONEY_COLUMNS } from './money-figures';

/** `money`: the display currency (money columns are converted; it is a prop so the table redraws when it changes). */
export function MonthlyTable({ rows, money }: { rows: readonly MonthRow[]; money: MoneyDisplay }) {
  return (
    <details className="ws-section" open>
      <summary>{t('worksheet.table.heading')}</summary>
      <div className="ws-table-scroll" role="region" aria-label={t('worksheet.table.heading')} tabIndex={0}>
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
            {rows.map((row) => (
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
