/**
 * The settings an example declares with `lab.control`, above its output.
 * Changing one starts a new run with the new value (stopping a run that is
 * going), which is the student's own action, so saved code still never runs
 * by itself on load. Values are remembered per example.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n';
import type { ControlSpec, ControlValue } from '../runtime/protocol';
import { fits } from '../runtime/protocol/control-fit';
import { SLIDER_STEPS, sliderToValue, valueToSlider } from './control-scale';
import { formatSignificantOrGap } from '../format/significant';

export interface ControlEntry {
  readonly name: string;
  readonly spec: ControlSpec;
}

export interface ControlsPanelProps {
  readonly controls: readonly ControlEntry[];
  readonly values: Readonly<Record<string, ControlValue>>;
  readonly onChange: (name: string, value: ControlValue) => void;
  readonly onDefaults: () => void;
}

function Slider({ id, spec, value, onCommit }: { id: string; spec: Extract<ControlSpec, { kind: 'number' }>; value: number; onCommit: (v: number) => void }) {
  const min = spec.min ?? 0;
  const max = spec.max ?? 1;
  const log = spec.log === true;
  const [position, setPosition] = useState(() => valueToSlider(value, min, max, log));
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  // The native `change` event fires when the student lets go (or per arrow key), not on every drag step.
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => commit.current(sliderToValue(Number(input.value), min, max, log, spec.step));
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [min, max, log, spec.step]);
  const shown = sliderToValue(position, min, max, log, spec.step);
  return (
    <span className="lml-control-slider">
      <input
        ref={ref}
        id={id}
        type="range"
        min={0}
        max={SLIDER_STEPS}
        step={1}
        value={position}
        aria-valuetext={formatSignificantOrGap(shown)}
        onChange={(e) => setPosition(Number(e.target.value))}
      />
      <output htmlFor={id}>{formatSignificantOrGap(shown)}</output>
    </span>
  );
}

function MatrixInput({ id, name, value, onCommit }: { id: string; name: string; value: readonly (readonly number[])[]; onCommit: (v: number[][]) => void }) {
  const [cells, setCells] = useState(() => value.map((row) => row.map(String)));
  const parsed = cells.map((row) => row.map((c) => Number(c.trim() === '' ? NaN : c)));
  const valid = parsed.every((row) => row.every(Number.isFinite));
  const apply = () => {
    if (valid) onCommit(parsed);
  };
  return (
    <span className="lml-control-matrix" id={id} role="group" aria-label={name}>
      <span className="lml-matrix-grid" style={{ gridTemplateColumns: `repeat(${value[0]?.length ?? 1}, 3.6em)` }}>
        {cells.map((row, r) =>
          row.map((cell, c) => (
            <input
              key={`${r}-${c}`}
              type="text"
              inputMode="decimal"
              value={cell}
              aria-label={t('runtime.controls.cell', { name, row: r + 1, column: c + 1 })}
              aria-invalid={!Number.isFinite(parsed[r]?.[c] ?? NaN)}
              onChange={(e) => setCells((old) => old.map((rr, i) => (i === r ? rr.map((cc, j) => (j === c ? e.target.value : cc)) : rr)))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') apply();
              }}
            />
          )),
        )}
      </span>
      <button type="button" onClick={apply} disabled={!valid}>
        {t('runtime.controls.apply')}
      </button>
    </span>
  );
}

function Control({ entry, value, onChange }: { entry: ControlEntry; value: ControlValue; onChange: (v: ControlValue) => void }) {
  const id = useId();
  const { spec, name } = entry;
  // Keyed by the value: a new value from outside (Defaults, a reload) remounts the input with it.
  const valueKey = JSON.stringify(value);
  let input;
  if (spec.kind === 'choice' || (spec.kind === 'number' && spec.options)) {
    const options = spec.kind === 'choice' ? spec.options : (spec.options ?? []).map(String);
    input = (
      <select id={id} value={String(value)} onChange={(e) => onChange(spec.kind === 'choice' ? e.target.value : Number(e.target.value))}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'matrix') {
    input = <MatrixInput key={valueKey} id={id} name={name} value={value as number[][]} onCommit={onChange} />;
  } else if (spec.min !== undefined && spec.max !== undefined) {
    input = <Slider key={valueKey} id={id} spec={spec} value={value as number} onCommit={onChange} />;
  } else {
    input = <NumberInput key={valueKey} id={id} value={value as number} onCommit={onChange} />;
  }
  return (
    <div className="lml-control" data-control={name}>
      <label htmlFor={id}>{name}</label>
      {input}
    </div>
  );
}

function NumberInput({ id, value, onCommit }: { id: string; value: number; onCommit: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  const parsed = Number(text);
  const apply = () => {
    if (text.trim() !== '' && Number.isFinite(parsed)) onCommit(parsed);
  };
  return <input id={id} type="text" inputMode="decimal" value={text} aria-invalid={!Number.isFinite(parsed)} onChange={(e) => setText(e.target.value)} onBlur={apply} onKeyDown={(e) => e.key === 'Enter' && apply()} />;
}

/** The stored value when it fits the spec (right kind, one of the options, matrix of the right size), else the spec's default. */
function shownValue(spec: ControlSpec, stored: ControlValue | undefined): ControlValue {
  return stored !== undefined && fits(spec, stored) ? stored : spec.value;
}

export function ControlsPanel({ controls, values, onChange, onDefaults }: ControlsPanelProps) {
  if (controls.length === 0) return null;
  return (
    <section className="lml-controls" aria-label={t('runtime.controls')}>
      <h3>{t('runtime.controls')}</h3>
      <p className="lml-muted">{t('runtime.controls.hint')}</p>
      {controls.map((entry) => (
        <Control key={entry.name} entry={entry} value={shownValue(entry.spec, values[entry.name])} onChange={(v) => onChange(entry.name, v)} />
      ))}
      <button type="button" className="lml-controls-defaults" onClick={onDefaults}>
        {t('runtime.controls.defaults')}
      </button>
    </section>
  );
}
