/**
 * The sensitivity tornado as plain accessible HTML: one row per input, a bar
 * from the −20 % outcome to the +20 % outcome around the base value, and the
 * numbers in text. Computing it re-runs the projection 2 × (number of inputs)
 * times, which is cheap (a few ms) for ≤ 120 months, and is done only while
 * the section is open.
 */
import { MoneyNote } from './MoneyNote';
import { useMemo, useState } from 'react';
import { t, type MessageKey } from '../i18n';
import { gpusInUse } from './model/gpus';
import { tornado, type LeverId, type SensitivityMetric } from './model/sensitivity';
import type { Scenario } from './model/types';
import { formatMoney } from './money-display';

/** A lever's name; GPU prices carry the month(s) the prices in use were checked, as every GPU-derived figure does. */
function leverLabel(lever: LeverId, scenario: Scenario): string {
  if (lever !== 'gpuPrice') return t(`worksheet.lever.${lever}` as MessageKey);
  const used = gpusInUse(scenario);
  const checked = [...new Set(scenario.gpus.filter((gpu) => used.has(gpu.id)).map((gpu) => gpu.checked))].sort();
  return t('worksheet.lever.gpuPriceChecked', { checked: checked.join(', ') });
}

export function TornadoChart({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="ws-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('worksheet.tornado.heading')}</summary>
      {open && <TornadoBody scenario={scenario} />}
    </details>
  );
}

function TornadoBody({ scenario }: { scenario: Scenario }) {
  const [metric, setMetric] = useState<SensitivityMetric>('finalCash');
  const result = useMemo(() => tornado(scenario, metric), [scenario, metric]);
  const show = (v: number) =>
    metric === 'finalCash' ? formatMoney(v) : v >= result.never ? t('worksheet.summary.never', { h: scenario.horizonMonths }) : t('worksheet.summary.month', { n: v });
  const values = result.bars.flatMap((b) => [b.low, b.high]).concat(result.base);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const pos = (v: number) => ((v - lo) / span) * 100;

  return (
    <div className="ws-section-body">
      <label className="ws-field">
        <span>{t('worksheet.tornado.metric')}</span>
        <select value={metric} onChange={(e) => setMetric(e.target.value as SensitivityMetric)}>
          <option value="finalCash">{t('worksheet.tornado.finalCash')}</option>
          <option value="breakEvenMonth">{t('worksheet.tornado.breakEvenMonth')}</option>
        </select>
      </label>
      <p className="ws-note">{t('worksheet.tornado.base', { value: show(result.base) })}</p>
      {result.bars.length === 0 ? (
        <p className="ws-note">{t('worksheet.tornado.none')}</p>
      ) : (
        <ul className="ws-tornado">
          {result.bars.map((bar) => {
            const label = leverLabel(bar.lever, scenario);
            const left = Math.min(pos(bar.low), pos(bar.high));
            const width = Math.max(0.5, Math.abs(pos(bar.high) - pos(bar.low)));
              return (
              <li key={bar.lever}>
                <span className="ws-visually-hidden">{t('worksheet.tornado.bar', { lever: label, low: show(bar.low), high: show(bar.high) })}</span>
                <span className="ws-tornado-label" aria-hidden="true">{label}</span>
                <span className="ws-tornado-track" aria-hidden="true">
                  <span className="ws-tornado-base" style={{ left: `${pos(result.base)}%` }} />
                  <span className="ws-tornado-bar" data-direction={bar.high >= bar.low ? 'up' : 'down'} style={{ left: `${left}%`, width: `${width}%` }} />
                </span>
                <span className="ws-tornado-values" aria-hidden="true">
                  {show(bar.low)} / {show(bar.high)}
                </span>
              </li>
              );
            })}
          </ul>
        )}
        {metric === 'finalCash' && <MoneyNote />}
      </div>
  );
}
