import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioToJson } from '../../../src/worksheet/io/scenarioFile';
import { DEFAULT_GPUS, gpusInUse, newGpuRow, yearMonth } from '../../../src/worksheet/model/gpus';
import { blankScenario } from './fixtures';

describe('GPU price table rows', () => {
  it('gives a new row an id no row has, and the month it was added as its checked date', () => {
    const first = newGpuRow(DEFAULT_GPUS, '2026-11');
    expect(first.id).toBe('custom-1');
    expect(first.checked).toBe('2026-11');
    const second = newGpuRow([...DEFAULT_GPUS, first], '2026-12');
    expect(second.id).toBe('custom-2');
    expect(newGpuRow([second], '2026-12').id).toBe('custom-1');
  });

  it('names the GPUs that inference and training use', () => {
    const s = blankScenario();
    const used = gpusInUse({ inference: { ...s.inference, gpuId: 'l4' }, training: { ...s.training, gpuId: 'h100-sxm' } });
    expect([...used].sort()).toEqual(['h100-sxm', 'l4']);
  });

  it('keeps an added GPU through a save and load, and the inference can use it', () => {
    const s = blankScenario();
    const custom = { ...newGpuRow(s.gpus, '2026-11'), name: 'My cluster', pricePerHour: 4.5 as typeof s.gpus[number]['pricePerHour'] };
    const withCustom = { ...s, gpus: [...s.gpus, custom], inference: { ...s.inference, gpuId: custom.id } };
    const loaded = parseScenarioText(scenarioToJson(withCustom));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.gpus.at(-1)).toEqual(custom);
    expect(loaded.value.inference.gpuId).toBe('custom-1');
  });

  it('formats a date as YYYY-MM in UTC', () => {
    expect(yearMonth(new Date(Date.UTC(2026, 0, 31, 23, 59)))).toBe('2026-01');
  });
});
