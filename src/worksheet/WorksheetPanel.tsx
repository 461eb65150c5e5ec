/**
 * The startup worksheet sidebar (lazy-loaded by the shell into
 * `<aside aria-label="Startup worksheet">`). Top to bottom: scenarios,
 * summary, unit economics by stream, charts (drawn when scrolled into view),
 * inputs (with GPU capacity), sensitivity, ranges and risk, tokens priced
 * from text, comparison, monthly table, export/import/share, formulas.
 * The summary and charts come first; the rest follows when the browser is
 * idle (two smaller steps than one).
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import { whenIdle } from '../app/idle';
import { t } from '../i18n';
import { useStorageProblem } from '../store/storage';
import { selectActive, useWorksheet } from '../store/worksheet';
import { ScenarioBar } from './ScenarioBar';
import { SummaryView } from './SummaryView';
import { CashChart, RevenueChart } from './charts';
import { Inputs } from './Inputs';
import { TornadoChart } from './TornadoChart';
import { ComparePanel } from './ComparePanel';
import { UnitEconomicsTable } from './UnitEconomicsTable';
import { RiskPanel } from './risk/RiskPanel';
import { TokenSection } from './tokens/TokenSection';
import { LazyChart } from './LazyChart';
import { MonthlyTable } from './MonthlyTable';
import { ImportExport } from './ImportExport';
import { HelpPanel } from './HelpPanel';
import { useProjection } from './useProjection';
import { formatMoneyPrice } from './money-display';
import { CurrencySection } from './CurrencySection';
import { MoneyNote } from './MoneyNote';
import { useMoneyDisplay } from './useMoney';
import { findGpu } from './model/gpus';
import './worksheet.css';

export default function WorksheetPanel() {
  const scenario = useWorksheet(selectActive);
  const { projection, summary } = useProjection(scenario);
  // Set before any child renders: every amount below is shown in this currency, at this rate.
  const money = useMoneyDisplay(scenario.exchangeRate);
  const storageProblem = useStorageProblem((s) => (s.key === 'lml.worksheet' ? s.problem : null));
  const { subscription, api, ads, enterprise } = scenario;
  const enabled = useMemo(
    () => [subscription.enabled, api.enabled, ads.enabled, enterprise.enabled],
    [subscription.enabled, api.enabled, ads.enabled, enterprise.enabled],
  );
  const gpu = scenario.inference.mode === 'derived' ? findGpu(scenario.gpus, scenario.inference.gpuId) : undefined;
  const [rest, setRest] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setRest(true)), 500), []);

  return (
    <div className="ws-panel">
      <h2 className="ws-title">{t('worksheet.title')}</h2>
      <p className="ws-note">{t('worksheet.intro')}</p>
      {storageProblem && (
        <p className="ws-error" role="alert">
          {t('worksheet.storage.problem', { problem: storageProblem })}
        </p>
      )}
      <ScenarioBar />
      <CurrencySection rate={scenario.exchangeRate} display={money} />
      <SummaryView summary={summary} horizon={scenario.horizonMonths} />
      <p className="ws-note" data-derived="summary-inference">
        {t('worksheet.summary.inferenceNote', { cost: formatMoneyPrice(projection.inferenceCostPer1k) })}
        {gpu ? ` (${gpu.name}, ${gpu.checked})` : ''}
      </p>
      <MoneyNote />
      <UnitEconomicsTable summary={summary} />
      <LazyChart>
        <RevenueChart rows={projection.rows} enabled={enabled} money={money} />
      </LazyChart>
      <LazyChart>
        <CashChart rows={projection.rows} breakEvenMonth={summary.sustainedBreakEvenMonth} money={money} />
      </LazyChart>
      {rest && (
        <>
          <MoneyNote />
          <Inputs key={scenario.id} scenario={scenario} rows={projection.rows} />
          <TornadoChart scenario={scenario} />
          <RiskPanel key={`risk-${scenario.id}`} scenario={scenario} rows={projection.rows} />
          <TokenSection />
          <ComparePanel />
          <MonthlyTable rows={projection.rows} money={money} />
          <ImportExport scenario={scenario} rows={projection.rows} summary={summary} money={money} />
          <HelpPanel />
        </>
      )}
    </div>
  );
}
