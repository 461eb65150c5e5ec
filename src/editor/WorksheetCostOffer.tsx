/**
 * The button for a cost the run measured (`lab.offerWorksheetCost`): one
 * click copies it into the worksheet's inference cost per 1,000 calls, with
 * its provenance. The worksheet code loads only when clicked.
 */
import { useState } from 'react';
import { t } from '../i18n';
import { formatMoneyPrice } from '../worksheet/money-display';
import type { WorksheetCostOffer as Offer } from './output-state';

export function WorksheetCostOffer({ offer, source }: { offer: Offer; source: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [throughputCopied, setThroughputCopied] = useState(false);
  const cost = formatMoneyPrice(offer.costPer1000Calls);
  const perSecond = offer.callsPerSecond;
  const copy = async () => {
    const { applyMeasuredInferenceCost, activeScenarioName } = await import('../worksheet/measured-cost');
    applyMeasuredInferenceCost({ costPer1000Calls: offer.costPer1000Calls, provenance: offer.provenance, source });
    setCopied(activeScenarioName());
  };
  const copyThroughput = async (callsPerSecond: number) => {
    const { applyMeasuredThroughput } = await import('../worksheet/measured-cost');
    applyMeasuredThroughput({ callsPerSecond, provenance: offer.provenance, source });
    setThroughputCopied(true);
  };
  return (
    <section className="lml-worksheet-cost" data-testid="worksheet-cost">
      <p className="lml-muted">{t('runtime.worksheetCost.how', { provenance: offer.provenance })}</p>
      <button type="button" onClick={() => void copy()}>
        {t('runtime.worksheetCost.offer', { cost })}
      </button>
      <p role="status">{copied !== null && t('runtime.worksheetCost.done', { cost })}</p>
      {perSecond !== undefined && (
        <>
          <button type="button" onClick={() => void copyThroughput(perSecond)}>
            {t('runtime.worksheetCost.offerThroughput', { n: perSecond.toPrecision(3) })}
          </button>
          <p role="status">{throughputCopied && t('runtime.worksheetCost.throughputDone', { n: perSecond.toPrecision(3) })}</p>
        </>
      )}
    </section>
  );
}
