/**
 * Ranges and risk: give inputs low / high values around their likely value,
 * then a seeded Monte Carlo (in a worker) shows the cash fan chart, the
 * distributions of sustained break-even and runway, and the chance of running
 * out of cash. It runs only while this section is open.
 */
import { useMemo, useState } from 'react';
import { t } from '../../i18n';
import { useWorksheet } from '../../store/worksheet';
import { SCALAR_LABELS, SCALAR_MONEY } from '../fields';
import { NumberField } from '../NumberField';
import { LIMITS } from '../model/limits';
import { SCALARS, SCALAR_IDS, isRangeable, isScalarId, type ScalarId } from '../model/scalars';
import type { InputRange, Scenario } from '../model/types';
import type { MonthRow } from '../model/project';
import { formatInput, formatPercent, formatWhole, moneyDisplay, moneyToShown } from '../money-display';
import { MoneyNote } from '../MoneyNote';
import { useMonteCarlo } from './useMonteCarlo';
import { FanChart } from './FanChart';
import { Distribution } from './Distribution';

const RANGEABLE = SCALAR_IDS.filter((id) => isRangeable(id) && SCALAR_LABELS[id] !== undefined);

/** A new range: ±20 % around the likely value, inside the input's allowed range. */
export function defaultRange(id: ScalarId, scenario: Scenario): InputRange {
  const spec = SCALARS[id];
  const likely = spec.get(scenario);
  const clamp = (v: number) => Math.min(spec.range.max, Math.max(spec.range.min, 'integer' in spec.range && spec.range.integer ? Math.round(v) : v));
  return { input: id, low: clamp(likely * 0.8), high: clamp(likely * 1.2) };
}

function RangeRow({ range, scenario, onChange, onRemove }: { range: InputRange; scenario: Scenario; onChange: (r: InputRange) => void; onRemove: () => void }) {
  const [problem, setProblem] = useState(false);
  if (!isScalarId(range.input)) return null;
  const spec = SCALARS[range.input];
  const label = t(SCALAR_LABELS[range.input] ?? 'worksheet.risk.input');
  const percent = 'percent' in spec && spec.percent === true;
  const money = SCALAR_MONEY.has(range.input);
  const likely = spec.get(scenario);
  const likelyShown = percent ? likely * 100 : money ? moneyToShown(likely) : likely;
  const commit = (next: InputRange) => {
    const bad = next.low > next.high;
    setProblem(bad);
    if (!bad) onChange(next);
  };
  return (
    <fieldset className="ws-list-row" data-range={range.input}>
      <legend>{label}</legend>
      <NumberField label={t('worksheet.risk.low', { name: label })} unit={t('worksheet.risk.likely', { value: formatInput(Math.round(likelyShown * 1e9) / 1e9) })} range={spec.range} percent={percent} money={money} value={range.low} onCommit={(v) => commit({ ...range, low: v })} />
      <NumberField label={t('worksheet.risk.high', { name: label })} unit="" range={spec.range} percent={percent} money={money} value={range.high} onCommit={(v) => commit({ ...range, high: v })} />
      {problem && (
        <span className="ws-error" role="alert">
          {t('worksheet.risk.lowAboveHigh')} {t('worksheet.error.keptLast')}
        </span>
      )}
      <button type="button" className="ws-small-button" onClick={onRemove}>
        {t('worksheet.risk.remove', { name: label })}
      </button>
    </fieldset>
  );
}

export function RiskPanel({ scenario, rows }: { scenario: Scenario; rows: readonly MonthRow[] }) {
  const updateActive = useWorksheet((s) => s.updateActive);
  const [open, setOpen] = useState(false);
  const ranges = scenario.uncertainty.ranges;
  const free = RANGEABLE.filter((id) => !ranges.some((r) => r.input === id));
  const [choice, setChoice] = useState<ScalarId | ''>('');
  const chosen = choice !== '' && free.includes(choice) ? choice : (free[0] ?? '');
  const setRanges = (next: readonly InputRange[]) => updateActive((s) => ({ ...s, uncertainty: { ...s.uncertainty, ranges: next } }));
  const state = useMonteCarlo(scenario, open && ranges.length > 0);
  const deterministic = useMemo(() => rows.map((r) => r.cash), [rows]);
  const shown = state.kind === 'done' ? state : state.kind === 'running' ? state.previous : null;
  const h = scenario.horizonMonths;

  return (
    <details className="ws-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('worksheet.risk.heading')}</summary>
      <div className="ws-section-body">
        <p className="ws-note">{t('worksheet.risk.hint')}</p>
        <p className="ws-note">{t('worksheet.risk.beside')}</p>
        {ranges.map((range, index) => (
          <RangeRow
            key={range.input}
            range={range}
            scenario={scenario}
            onChange={(r) => setRanges(ranges.map((x, i) => (i === index ? r : x)))}
            onRemove={() => setRanges(ranges.filter((_, i) => i !== index))}
          />
        ))}
        {free.length > 0 && (
          <div className="ws-inline-form">
            {/* label[for] holds only its own text: a label wrapping the select would also be named by every option's text. */}
            <div className="ws-field">
              <label htmlFor={`risk-input-${scenario.id}`}>{t('worksheet.risk.input')}</label>
              <select id={`risk-input-${scenario.id}`} value={chosen} onChange={(e) => setChoice(e.target.value as ScalarId)}>
                {free.map((id) => (
                  <option key={id} value={id}>
                    {t(SCALAR_LABELS[id] ?? 'worksheet.risk.input')}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => chosen !== '' && setRanges([...ranges, defaultRange(chosen, scenario)])}>
              {t('worksheet.risk.add')}
            </button>
          </div>
        )}
        <NumberField
          label={t('worksheet.risk.seed')}
          unit=""
          range={LIMITS.seed}
          value={scenario.uncertainty.seed}
          onCommit={(seed) => updateActive((s) => ({ ...s, uncertainty: { ...s.uncertainty, seed } }))}
        />
        {ranges.length === 0 && <p className="ws-note">{t('worksheet.risk.none')}</p>}
        {ranges.length > 0 && state.kind === 'running' && <p className="ws-note" role="status">{t('worksheet.risk.running', { draws: formatWhole(state.draws) })}</p>}
        {ranges.length > 0 && state.kind === 'error' && <p className="ws-error" role="alert">{t('worksheet.risk.failed', { reason: state.message })}</p>}
        {ranges.length > 0 && shown !== null && shown.result.horizon === h && (
          <div className="ws-risk" data-risk-result="" aria-busy={state.kind === 'running'}>
            <p className="ws-risk-headline" data-risk="probCashOut">
              {t('worksheet.risk.probCashOut', { h })}: <strong>{formatPercent(shown.result.probCashOut)}</strong>
            </p>
            <FanChart result={shown.result} deterministic={deterministic} money={moneyDisplay()} />
            <MoneyNote />
            <Distribution id="breakEven" title={t('worksheet.risk.breakEven')} dist={shown.result.sustainedBreakEven} draws={shown.result.draws} unit="month" />
            <Distribution id="runway" title={t('worksheet.risk.runway')} dist={shown.result.runway} draws={shown.result.draws} unit="months" />
            <p className="ws-note" data-risk="done">
              {t('worksheet.risk.done', { draws: formatWhole(shown.result.draws), ms: Math.round(shown.ms), seed: shown.result.seed })}
            </p>
          </div>
        )}
      </div>
    </details>
  );
}
