/**
 * The editable GPU price table of the active scenario: name, peak TFLOP/s,
 * price per GPU-hour, and the month the price was checked. Rows can be added
 * (a GPU the shipped table lacks) and removed, except the ones inference or
 * training use: removing those would change their costs behind the user's back.
 */
import { useState } from 'react';
import { t } from '../i18n';
import { gpusInUse, newGpuRow, yearMonth } from './model/gpus';
import { LIMITS, MAX_GPUS, MAX_NAME } from './model/limits';
import type { GpuPrice } from './model/types';
import { flopsPerSecond, usd } from './model/units';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { unitText } from './money-display';
import { shown } from './shipped-text';

const TERA = 1e12;
const TFLOPS_RANGE = { min: LIMITS.peakFlops.min / TERA, max: LIMITS.peakFlops.max / TERA };

function NameField({ gpu, onCommit }: { gpu: GpuPrice; onCommit: (name: string) => void }) {
  const [text, setText] = useState(gpu.name);
  const id = `gpu-name-${gpu.id}`;
  const valid = text.trim().length > 0;
  return (
    <div className="ws-field" data-invalid={!valid}>
      <label htmlFor={id}>{t('worksheet.field.gpuName', { name: gpu.name })}</label>
      <input
        id={id}
        type="text"
        value={text}
        maxLength={MAX_NAME}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) onCommit(e.target.value.trim());
        }}
      />
      {!valid && (
        <span className="ws-error" role="alert">
          {t('worksheet.error.gpuName')} {t('worksheet.error.keptLast')}
        </span>
      )}
    </div>
  );
}

export interface GpuTableProps {
  readonly gpus: readonly GpuPrice[];
  /** The GPU ids inference and training use (see `gpusInUse`): those rows cannot be removed. */
  readonly inUse: ReturnType<typeof gpusInUse>;
  readonly onChange: (gpus: GpuPrice[]) => void;
}

export function GpuTable({ gpus, inUse, onChange }: GpuTableProps) {
  const patch = (index: number, change: Partial<GpuPrice>) => onChange(gpus.map((g, i) => (i === index ? { ...g, ...change } : g)));
  return (
    <div className="ws-gpus">
      {gpus.map((gpu, index) => (
        <fieldset key={gpu.id} className="ws-list-row" data-gpu-id={gpu.id}>
          <legend>
            {gpu.name} <span className="ws-muted">({shown(gpu.precision)})</span>
          </legend>
          <NameField gpu={gpu} onCommit={(name) => patch(index, { name })} />
          <NumberField
            label={t('worksheet.field.gpuPeak', { name: gpu.name })}
            unit={t('worksheet.unit.tflops')}
            range={TFLOPS_RANGE}
            value={gpu.peakFlopsPerSecond / TERA}
            onCommit={(v) => patch(index, { peakFlopsPerSecond: flopsPerSecond(v * TERA) })}
          />
          <NumberField
            label={t('worksheet.field.gpuPrice', { name: gpu.name })}
            unit={unitText('worksheet.unit.moneyPerHour')}
            money
            range={LIMITS.money}
            value={gpu.pricePerHour}
            onCommit={(v) => patch(index, { pricePerHour: usd(v) })}
          />
          <TextField
            id={`gpu-checked-${gpu.id}`}
            label={t('worksheet.field.gpuChecked', { name: gpu.name })}
            unit={t('worksheet.unit.yearMonth')}
            value={gpu.checked}
            pattern={/^\d{4}-\d{2}$/}
            error={t('worksheet.error.yearMonth')}
            onCommit={(checked) => patch(index, { checked })}
          />
          {inUse.has(gpu.id) ? (
            <p className="ws-note">{t('worksheet.gpu.inUse', { name: gpu.name })}</p>
          ) : (
            <button type="button" className="ws-small-button" onClick={() => onChange(gpus.filter((_, i) => i !== index))}>
              {t('worksheet.list.remove', { what: gpu.name })}
            </button>
          )}
        </fieldset>
      ))}
      {gpus.length < MAX_GPUS ? (
        <button type="button" className="ws-small-button" onClick={() => onChange([...gpus, newGpuRow(gpus, yearMonth(new Date()))])}>
          {t('worksheet.gpu.add')}
        </button>
      ) : (
        <p className="ws-note">{t('worksheet.list.full', { max: MAX_GPUS })}</p>
      )}
    </div>
  );
}
