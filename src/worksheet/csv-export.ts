/**
 * The CSV the sidebar exports: the projection and its figures (io/csv.ts),
 * in the reader's language and the display currency.
 *   - English, dollars: identifiers as the header and dollars, as tools expect.
 *   - Chinese: the header is the monthly table's column names, and the figure
 *     table's header is translated (figure ids stay identifiers).
 *   - Yuan: every money column and money figure is multiplied by the rate,
 *     and a `currency` row at the top of the figure table says which rate
 *     and date were used.
 */
import { getLocale, t, type MessageKey } from '../i18n';
import { csvFigures } from './definitions';
import { formatRate, moneyFactor, type MoneyDisplay } from './money-display';
import { projectionToCsv, type CsvFigure, type CsvOptions } from './io/csv';
import type { MonthRow } from './model/project';
import type { Summary } from './model/summary';
import { isMoneyFigure, MONEY_COLUMNS } from './money-figures';

export function exportProjectionCsv(rows: readonly MonthRow[], summary: Summary, money: MoneyDisplay): string {
  const factor = moneyFactor(money);
  const figures: CsvFigure[] = csvFigures(summary).map((f) => (f.value !== null && isMoneyFigure(f.figure) ? { ...f, value: f.value * factor } : f));
  const translated = getLocale() !== 'en';
  if (money.currency !== 'USD' || translated) {
    const note =
      money.currency === 'USD'
        ? t('worksheet.money.csvNoteUsd')
        : t('worksheet.money.csvNote', { currency: t(`worksheet.currency.${money.currency}`), rate: formatRate(money.cnyPerUsd), checked: money.checked });
    figures.unshift({ figure: 'currency', value: null, definition: note });
  }
  const options: CsvOptions = {
    factor: (column) => (MONEY_COLUMNS.has(column) ? factor : 1),
    ...(translated && {
      header: (column) => t(column === 'month' ? 'worksheet.table.month' : (`worksheet.col.${column}` as MessageKey)),
      figureHeader: [t('worksheet.csv.figure'), t('worksheet.csv.value'), t('worksheet.csv.definition')],
    }),
  };
  return projectionToCsv(rows, figures, options);
}
