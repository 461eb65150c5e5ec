/** Unit economics per stream: one column per stream that is on, one row per figure (fits the narrow sidebar; scrolls sideways when needed). */
import { MoneyNote } from './MoneyNote';
import { t, type MessageKey } from '../i18n';
import type { Summary } from './model/summary';
import type { StreamEconomics } from './model/unit-economics';
import { formatCount, formatPercent, formatMoney } from './money-display';
import { ratioText } from './SummaryView';

const na = () => t('worksheet.summary.na');
const money = (v: number | null) => (v === null ? na() : formatMoney(v));

/** The figures of one stream, each with the reason when it is not defined. */
export function streamCells(s: StreamEconomics): [string, string][] {
  const noCustomers = !s.countsCustomers ? t('worksheet.units.noCustomers') : null;
  const cac = noCustomers ?? money(s.cac);
  const ltv = noCustomers ?? (s.ltv === null && s.lifetimeMonths === null && s.grossMarginShare !== null ? t('worksheet.units.noChurn') : money(s.ltv));
  const ltvCac = noCustomers ?? (s.cac === 0 ? t('worksheet.units.noSpend') : ratioText(s.ltvToCac));
  return [
    ['spend', formatMoney(s.acquisitionSpend)],
    ['customers', noCustomers ?? formatCount(Math.round(s.newCustomers))],
    ['cac', cac],
    ['margin', s.grossMarginShare === null ? na() : formatPercent(s.grossMarginShare)],
    ['perCustomer', noCustomers ?? money(s.revenuePerCustomerMonth)],
    ['ltv', ltv],
    ['ltvCac', ltvCac],
    ['payback', noCustomers ?? (s.paybackMonths === null ? na() : t('worksheet.summary.months', { n: s.paybackMonths.toFixed(1) }))],
  ];
}

const ROWS: readonly [string, MessageKey][] = [
  ['spend', 'worksheet.units.spend'],
  ['customers', 'worksheet.units.customers'],
  ['cac', 'worksheet.units.cac'],
  ['margin', 'worksheet.units.margin'],
  ['perCustomer', 'worksheet.units.perCustomer'],
  ['ltv', 'worksheet.units.ltv'],
  ['ltvCac', 'worksheet.units.ltvCac'],
  ['payback', 'worksheet.units.payback'],
];

export function UnitEconomicsTable({ summary }: { summary: Summary }) {
  const streams = summary.streams;
  const cells = streams.map((s) => new Map(streamCells(s)));
  return (
    <details className="ws-section" open>
      <summary>{t('worksheet.units.heading')}</summary>
      <div className="ws-section-body">
        <p className="ws-note">{t('worksheet.units.hint')}</p>
        {streams.length === 0 ? (
          <p className="ws-note">{t('worksheet.units.none')}</p>
        ) : (
          <div className="ws-table-scroll" role="region" aria-label={t('worksheet.units.heading')} tabIndex={0}>
            <table className="ws-table ws-table-wrap">
              <thead>
                <tr>
                  <th scope="col">{t('worksheet.units.stream')}</th>
                  {streams.map((s) => (
                    <th scope="col" key={s.stream} data-stream={s.stream}>
                      {t(`worksheet.stream.${s.stream}` as MessageKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map(([key, label]) => (
                  <tr key={key}>
                    <th scope="row">{t(label)}</th>
                    {streams.map((s, i) => (
                      <td key={s.stream} data-unit={`${s.stream}.${key}`}>
                        {cells[i]?.get(key)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <MoneyNote />
      </div>
    </details>
  );
}
