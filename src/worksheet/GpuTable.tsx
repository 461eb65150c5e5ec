/** The editable GPU price table of the active scenario: peak TFLOP/s, price per GPU-hour, and the month the price was checked. */
import { useState } from 'react';
import { t } from '../i18n';
import { LIMITS } from './model/limits';
import type { GpuPrice } from './model/types';
import { flopsPerSecond, usd } from './model/units';
import { NumberField } from './NumberField';

const TERA = 1e12;
const TFLOPS_RANGE = { min: LIMITS.peakFlops.min / TERA, max: LIMITS.peakFlops.max / TERA };

function CheckedField({ gpu, onCommit }: { gpu: GpuPrice; onCommit: (checked: string) => void }) {
  const [text, setText] = useState(gpu.checked);
  const valid = /^\d{4}-\d{2}$/.test(text);
  const id = `gpu-checked-${gpu.id}`;
  return (
    <div className="ws-field" data-invalid={!valid}>
      <label htmlFor={id}>{t('worksheet.field.gpuChecked', { name: gpu.name })}</label>
      <span className="ws-input-unit">
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={!valid}
          onChange={(e) => {
            setText(e.target.value);
            if (/^\d{4}-\d{2}$/.test(e.target.value)) onCommit(e.target.value);
          }}
        />
        <span className="ws-unit">{t('worksheet.unit.yearMonth')}</span>
      </span>
      {!valid && (
        <span className="ws-error" role="alert">
          {t('worksheet.error.yearMonth')} {t('worksheet.error.keptLast')}
        </span>
      )}
    </div>
  );
}

export function GpuTable({ gpus, onChange }: { gpus: readonly GpuPrice[]; onChange: (gpus: GpuPrice[]) => void }) {
  const patch = (index: number, change: Partial<GpuPrice>) => onChange(gpus.map((g, i) => (i === index ? { ...g, ...change } : g)));
  return (
    <div className="ws-gpus">
      {gpus.map((gpu, index) => (
        <fieldset key={gpu.id} className="ws-list-row">
          <legend>
            {gpu.name} <span className="ws-muted">({gpu.precision})</span>
          </legend>
          <NumberField
            label={t('worksheet.field.gpuPeak', { name: gpu.name })}
            unit={t('worksheet.unit.tflops')}
            range={TFLOPS_RANGE}
            value={gpu.peakFlopsPerSecond / TERA}
            onCommit={(v) => patch(index, { peakFlopsPerSecond: flopsPerSecond(v * TERA) })}
          />
          <NumberField
            label={t('worksheet.field.gpuPrice', { name: gpu.name })}
            unit={t('worksheet.unit.usdPerHour')}
            range={LIMITS.money}
            value={gpu.pricePerHour}
            onCommit={(v) => patch(index, { pricePerHour: usd(v) })}
          />
          <CheckedField gpu={gpu} onCommit={(checked) => patch(index, { checked })} />
        </fieldset>
      ))}
    </div>
  );
}
