/**
 * A labelled number input with its unit. While the text is invalid the field
 * shows why (and is marked aria-invalid) and nothing is committed, so the
 * projection keeps its last valid state. A change from outside (another
 * scenario, undo) replaces the text.
 */
import { useId, useState } from 'react';
import { t } from '../i18n';
import type { Range } from './model/limits';
import { formatInput, moneyFactor } from './money-display';
import { parseFieldNumber, type FieldProblem } from './parseNumber';
import { assertNever } from '../result';

export interface NumberFieldProps {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly range: Range;
  /** Shown ×100 and typed as a percentage. */
  readonly percent?: boolean;
  /** A dollar amount, shown and typed in the worksheet's display currency (see format.ts). */
  readonly money?: boolean;
  readonly onCommit: (value: number) => void;
}

export function problemText(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'required':
      return t('worksheet.error.required');
    case 'notNumber':
      return t('worksheet.error.notNumber', { text: problem.text });
    case 'min':
      return t('worksheet.error.min', { min: formatInput(problem.min) });
    case 'max':
      return t('worksheet.error.max', { max: formatInput(problem.max) });
    case 'integer':
      return t('worksheet.error.integer');
    default:
      return assertNever(problem);
  }
}

export function NumberField({ label, unit, value, range, percent = false, money = false, onCommit }: NumberFieldProps) {
  const id = useId();
  // Shown units per stored unit: 100 for a percentage, the exchange rate for an amount shown in yuan.
  const factor = percent ? 100 : money ? moneyFactor() : 1;
  const shown = (v: number) => formatInput(factor === 1 ? v : Math.round(v * factor * 1e9) / 1e9);
  const [text, setText] = useState(() => shown(value));
  const [synced, setSynced] = useState({ value, factor });
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  if (value !== synced.value || factor !== synced.factor) {
    // The stored value (or the currency it is shown in) changed from outside this field: show it (React's "adjust state while rendering" pattern).
    setSynced({ value, factor });
    setText(shown(value));
    setProblem(null);
  }

  const change = (next: string) => {
    setText(next);
    const parsed = parseFieldNumber(next, range, 1 / factor);
    if (parsed.ok) {
      setProblem(null);
      setSynced({ value: parsed.value, factor });
      if (parsed.value !== value) onCommit(parsed.value);
    } else {
      setProblem(parsed.error);
    }
  };

  return (
    <div className="ws-field" data-invalid={problem !== null}>
      <label htmlFor={id}>{label}</label>
      <span className="ws-input-unit">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-error` : `${id}-unit`}
          onChange={(e) => change(e.target.value)}
        />
        <span id={`${id}-unit`} className="ws-unit">
          {unit}
        </span>
      </span>
      {problem && (
        <span id={`${id}-error`} className="ws-error" role="alert">
          {problemText(problem)} {t('worksheet.error.keptLast')}
        </span>
      )}
    </div>
  );
}
