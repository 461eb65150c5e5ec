/**
 * GPU capacity at peak: throughput per GPU (with its source and date), a
 * peak-to-average factor and the serving GPU → GPUs needed in the busiest
 * month, the reserved and on-demand bills and the fleet's utilisation. In
 * the inference section's "capacity" mode this bill is the inference cost.
 */
import { MoneyNote } from './MoneyNote';
import { t } from '../i18n';
import { FIELDS } from './fields';
import { NumberField } from './NumberField';
import { capacityFor } from './model/capacity';
import { findGpu } from './model/gpus';
import type { MonthRow } from './model/project';
import type { CapacityPricing, Scenario } from './model/types';
import { formatCount, formatMoney, formatMoneyPrice, formatPercent, unitText } from './money-display';
import { GpuSelect } from './GpuSelect';
import { TextField } from './TextField';
import { shown } from './shipped-text';

export function CapacitySection({ scenario: s, rows, update }: { scenario: Scenario; rows: readonly MonthRow[]; update: (s: Scenario) => void }) {
  const c = s.capacity;
  const gpu = findGpu(s.gpus, c.gpuId);
  const busiest = rows.reduce<MonthRow | undefined>((best, row) => (!best || row.modelCalls > best.modelCalls ? row : best), undefined);
  const peak = busiest ? capacityFor(busiest.modelCalls, s.inference.tokensPerCall, c, gpu) : null;
  const setCapacity = (patch: Partial<Scenario['capacity']>) => update({ ...s, capacity: { ...c, ...patch } });
  return (
    <>
      {FIELDS.capacity.map((spec) => (
        <NumberField key={spec.id} label={t(spec.label)} unit={unitText(spec.unit)} range={spec.range} percent={spec.percent ?? false} money={spec.money} value={spec.get(s)} onCommit={(v) => update(spec.set(s, v))} />
      ))}
      <TextField id={`cap-source-${s.id}`} label={t('worksheet.field.capSource')} value={shown(c.throughputSource)} onCommit={(throughputSource) => setCapacity({ throughputSource: throughputSource.slice(0, 300) })} />
      <TextField
        id={`cap-checked-${s.id}`}
        label={t('worksheet.field.capChecked')}
        unit={t('worksheet.unit.yearMonthOrEmpty')}
        value={c.throughputChecked}
        pattern={/^(\d{4}-\d{2})?$/}
        error={t('worksheet.error.yearMonthOrEmpty')}
        onCommit={(throughputChecked) => setCapacity({ throughputChecked })}
      />
      <GpuSelect label="worksheet.field.capGpu" gpus={s.gpus} value={c.gpuId} onChange={(gpuId) => setCapacity({ gpuId })} />
      <fieldset className="ws-radio">
        <legend>{t('worksheet.field.capPricing')}</legend>
        {(['reserved', 'onDemand'] as const satisfies readonly CapacityPricing[]).map((pricing) => (
          <label key={pricing}>
            <input type="radio" name={`cap-pricing-${s.id}`} checked={c.pricing === pricing} onChange={() => setCapacity({ pricing })} />
            {t(pricing === 'reserved' ? 'worksheet.field.capReserved' : 'worksheet.field.capOnDemand')}
          </label>
        ))}
      </fieldset>
      <div className="ws-note" data-derived="capacity">
        {!busiest || !peak || peak.gpusAtPeak === 0 ? (
          <p>{t('worksheet.capacity.noTraffic')}</p>
        ) : (
          <>
            <p>{t('worksheet.capacity.busiest', { month: busiest.month, calls: formatCount(Math.round(busiest.modelCalls)), tokens: formatCount(s.inference.tokensPerCall) })}</p>
            <p>{t('worksheet.capacity.load', { average: formatCount(Math.round(peak.averageTokensPerSecond)), peak: formatCount(Math.round(peak.peakTokensPerSecond)) })}</p>
            <p data-capacity="gpus">
              {t('worksheet.capacity.gpus', {
                n: peak.gpusAtPeak,
                gpu: gpu?.name ?? '',
                throughput: formatCount(c.throughputTokensPerSecond),
                utilisation: peak.utilisation === null ? '—' : formatPercent(peak.utilisation),
              })}
            </p>
            <p data-capacity="bills">
              {t('worksheet.capacity.bills', { reserved: formatMoney(peak.reservedCost), onDemand: formatMoney(peak.onDemandCost), checked: gpu ? `${gpu.checked}, ${t('worksheet.money.perHour', { price: formatMoneyPrice(gpu.pricePerHour) })}` : '' })}
            </p>
          </>
        )}
        <MoneyNote />
        <p>{c.throughputSource ? t('worksheet.capacity.source', { source: shown(c.throughputSource), checked: c.throughputChecked ? `, ${c.throughputChecked}` : '' }) : t('worksheet.capacity.sourceNone')}</p>
      </div>
    </>
  );
}
