/** Side-by-side comparison of the ticked scenarios: overlaid cash curves and a summary table. */
import { useMemo } from 'react';
import { t } from '../i18n';
import { useWorksheet } from '../store/worksheet';
import { project } from './model/project';
import { summarize } from './model/summary';
import { CompareChart } from './charts';
import { breakEvenText, runwayText } from './SummaryView';
import { formatPercent, formatUsdCompact } from './format';

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

  return (
    <details className="ws-section">
      <summary>{t('worksheet.compare.heading')}</summary>
      <div className="ws-section-body">
        <p className="ws-note">{t('worksheet.compare.hint')}</p>
        <ul className="ws-compare-list">
          {scenarios.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={compareIds.includes(s.id)} onChange={() => toggleCompare(s.id)} aria-label={t('worksheet.scenario.compareOne', { name: s.name })} />
                {s.name}
              </label>
            </li>
          ))}
        </ul>
        {compared.length >= 2 && (
          <>
            <CompareChart curves={compared} />
            <div className="ws-table-scroll" role="region" aria-label={t('worksheet.compare.heading')} tabIndex={0}>
              <table className="ws-table">
                <thead>
                  <tr>
                    <th scope="col">{t('worksheet.compare.scenario')}</th>
                    <th scope="col">{t('worksheet.summary.breakEven')}</th>
                    <th scope="col">{t('worksheet.summary.runway')}</th>
                    <th scope="col">{t('worksheet.summary.finalCash')}</th>
                    <th scope="col">{t('worksheet.summary.roi')}</th>
                  </tr>
                </thead>
                <tbody>
                  {compared.map((c) => (
                    <tr key={c.scenario.id}>
                      <th scope="row">{c.name}</th>
                      <td>{breakEvenText(c.summary, c.scenario.horizonMonths)}</td>
                      <td>{runwayText(c.summary, c.scenario.horizonMonths)}</td>
                      <td>{formatUsdCompact(c.summary.finalCash)}</td>
                      <td>{c.summary.roi === null ? t('worksheet.summary.na') : formatPercent(c.summary.roi)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </details>
  );
}
