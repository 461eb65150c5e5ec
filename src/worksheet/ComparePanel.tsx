/**
 * Side-by-side comparison of the ticked scenarios: overlaid cash and revenue
 * curves, and one table with every summary figure and every stream's unit
 * economics (a row per figure, a column per scenario, so it fits the sidebar).
 */
import { useMemo } from 'react';
import { t, type MessageKey } from '../i18n';
import { useWorksheet } from '../store/worksheet';
import { project } from './model/project';
import { summarize } from './model/summary';
import { CompareChart } from './charts';
import { summaryItems } from './SummaryView';
import { streamCells } from './UnitEconomicsTable';
import { STREAM_IDS } from './model/types';
import { moneyDisplay } from './money-display';
import { MoneyNote } from './MoneyNote';
import { shown, shownIn } from './shipped-text';
import { useLocale } from '../i18n/locale-store';

const UNIT_LABELS: Record<string, MessageKey> = {
  spend: 'worksheet.units.spend',
  customers: 'worksheet.units.customers',
  cac: 'worksheet.units.cac',
  margin: 'worksheet.units.margin',
  perCustomer: 'worksheet.units.perCustomer',
  ltv: 'worksheet.units.ltv',
  ltvCac: 'worksheet.units.ltvCac',
  payback: 'worksheet.units.payback',
};

export function ComparePanel() {
  const scenarios = useWorksheet((s) => s.scenarios);
  const compareIds = useWorksheet((s) => s.compareIds);
  const toggleCompare = useWorksheet((s) => s.toggleCompare);
  const compared = useMemo(
    () =>
      scenarios
        .filter((s) => compareIds.includes(s.id))
        .map((s) => {
          const projection = project(s);
          return { scenario: s, name: s.name, rows: projection.rows, summary: summarize(s, projection) };
        }),
    [scenarios, compareIds],
  );
  // The names as the reader's language shows them (the first scenario's shipped name is translated).
  const locale = useLocale();
  const named = useMemo(() => compared.map((c) => ({ ...c, name: shownIn(locale, c.name) })), [compared, locale]);

  // Rows: every summary figure, then each stream's unit economics (blank where a scenario has the stream off).
  const table = useMemo(() => {
    const figures = compared.map((c) => summaryItems(c.summary, c.scenario.horizonMonths));
    const rows: { key: string; label: string; cells: string[] }[] = (figures[0] ?? []).map(([key, label], i) => ({
      key,
      label,
      cells: figures.map((f) => f[i]?.[2] ?? ''),
    }));
    for (const stream of STREAM_IDS) {
      const perScenario = compared.map((c) => c.summary.streams.find((s) => s.stream === stream));
      if (perScenario.every((s) => s === undefined)) continue;
      const cells = perScenario.map((s) => (s ? new Map(streamCells(s)) : null));
      for (const [key, label] of Object.entries(UNIT_LABELS)) {
        rows.push({
          key: `${stream}.${key}`,
          label: `${t(`worksheet.stream.${stream}` as MessageKey)}: ${t(label)}`,
          cells: cells.map((c) => c?.get(key) ?? t('worksheet.summary.na')),
        });
      }
    }
    return rows;
  }, [compared]);

  return (
    <details className="ws-section">
      <summary>{t('worksheet.compare.heading')}</summary>
      <div className="ws-section-body">
        <p className="ws-note">{t('worksheet.compare.hint')}</p>
        <ul className="ws-compare-list">
          {scenarios.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={compareIds.includes(s.id)} onChange={() => toggleCompare(s.id)} aria-label={t('worksheet.scenario.compareOne', { name: shown(s.name) })} />
                {shown(s.name)}
              </label>
            </li>
          ))}
        </ul>
        {compared.length >= 2 && (
          <>
            <CompareChart curves={named} metric="cash" money={moneyDisplay()} />
            <CompareChart curves={named} metric="revenue" money={moneyDisplay()} />
            <div className="ws-table-scroll" role="region" aria-label={t('worksheet.compare.heading')} tabIndex={0}>
              <table className="ws-table ws-table-wrap">
                <thead>
                  <tr>
                    <th scope="col">{t('worksheet.compare.figure')}</th>
                    {named.map((c) => (
                      <th scope="col" key={c.scenario.id}>
                        {c.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.map((row) => (
                    <tr key={row.key} data-figure={row.key}>
                      <th scope="row">{row.label}</th>
                      {row.cells.map((cell, i) => (
                        <td key={compared[i]?.scenario.id ?? i}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <MoneyNote />
          </>
        )}
      </div>
    </details>
  );
}
