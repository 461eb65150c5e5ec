/**
 * The editor's and worksheet's stored formats: every item checked on its own
 * schema, so the shapes that blanked a lesson (a control spec whose options
 * are an object or a text, a matrix control holding a number) are refused
 * item by item, and format 1 (what the previous build saved) is upgraded
 * without losing anything.
 */
import { describe, expect, it } from 'vitest';
import { editorDocSchema } from '../../../src/store/editor-doc';
import { decodeDoc } from '../../../src/store/sync/doc';
import { worksheetDocSchema } from '../../../src/store/worksheet-doc';
import { isControlSpec, isControlValue } from '../../../src/runtime/protocol';
import { fits } from '../../../src/runtime/protocol/control-fit';
import { presetScenario } from '../../../src/worksheet/model/presets';

const AT = 1_700_000_000_000;
const doc = (state: unknown, version = 2) => JSON.stringify({ version, state });
const spec = (value: unknown) => ({ at: AT, value });

describe('editor format', () => {
  it.each([
    ['options an object (storage/control-spec-number-options-object)', { kind: 'number', value: 0.1, options: {} }],
    ['options a text (storage/control-spec-number-options-string)', { kind: 'number', value: 0.1, options: 'abc' }],
    ['a choice whose value is not an option', { kind: 'choice', value: 'x', options: ['a', 'b'] }],
    ['a matrix of text', { kind: 'matrix', value: [['1']] }],
    ['a ragged matrix', { kind: 'matrix', value: [[1, 2], [3]] }],
    ['min above max', { kind: 'number', value: 1, min: 2, max: 1 }],
    ['an unknown kind', { kind: 'colour', value: 1 }],
  ])('refuses a declared setting with %s, and keeps the good ones of the same example', (_name, bad) => {
    expect(isControlSpec(bad)).toBe(false);
    const decoded = decodeDoc(
      doc({ controlSpecs: { 'l/e': spec([{ name: 'bad', spec: bad }, { name: 'lr', spec: { kind: 'number', value: 0.1, min: 0, max: 1 } }]) } }),
      editorDocSchema,
      AT,
    );
    expect(decoded).toMatchObject({ kind: 'ok', items: { controlSpecs: { 'l/e': { value: [{ name: 'lr' }] } } } });
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => [r.collection, r.key, r.problem.startsWith('settings left out: “bad”')]) : []).toEqual([
      ['controlSpecs', 'l/e', true],
    ]);
  });

  it('a matrix control holding the number 7 is not drawn with it: the value does not fit (storage/control-value-wrong-kind)', () => {
    const matrix = { kind: 'matrix' as const, value: [[1, 0], [0, 1]] };
    expect(isControlSpec(matrix)).toBe(true);
    expect(isControlValue(7)).toBe(true);
    expect(fits(matrix, 7)).toBe(false);
    expect(fits(matrix, [[2, 2], [2, 2]])).toBe(true);
    expect(fits(matrix, [[2, 2, 2], [2, 2, 2]])).toBe(false);
  });

  it('refuses values that are not numbers, texts or matrices of finite numbers; keeps the rest of that example', () => {
    const decoded = decodeDoc(doc({ controlValues: { 'l/e': spec({ lr: 0.1, act: 'relu', k: [[1, 2]], bad: { x: 1 }, inf: null }) } }), editorDocSchema, AT);
    expect(decoded).toMatchObject({ kind: 'ok', items: { controlValues: { 'l/e': { value: { lr: 0.1, act: 'relu', k: [[1, 2]] } } } } });
  });

  it('refuses keys that are not lesson/example and never touches Object.prototype', () => {
    const text = '{"version":2,"state":{"codes":{"__proto__":{"at":1,"value":"x"},"no-slash":{"at":1,"value":"x"},"a/b":{"at":1,"value":"ok"}}}}';
    const decoded = decodeDoc(text, editorDocSchema, AT);
    expect(decoded).toMatchObject({ kind: 'ok', items: { codes: { 'a/b': { value: 'ok' } } } });
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => r.key).sort() : []).toEqual(['__proto__', 'no-slash']);
    expect(({} as Record<string, unknown>)['at']).toBeUndefined();
  });

  it('upgrades format 1 (the previous build’s) with every item, stamped with the upgrade time', () => {
    const v1 = {
      codes: { 'gradient-descent/descent-by-hand': 'edited' },
      controlValues: { 'gradient-descent/descent-by-hand': { 'learning rate': 0.3 } },
      controlSpecs: { 'gradient-descent/descent-by-hand': [{ name: 'learning rate', spec: { kind: 'number', value: 0.1, min: 0.001, max: 3, log: true } }] },
      backend: 'cpu',
    };
    const decoded = decodeDoc(doc(v1, 1), editorDocSchema, AT);
    expect(decoded).toEqual({
      kind: 'ok',
      upgradedFrom: 1,
      rejected: [],
      items: {
        codes: { 'gradient-descent/descent-by-hand': { at: AT, value: 'edited' } },
        controlValues: { 'gradient-descent/descent-by-hand': { at: AT, value: { 'learning rate': 0.3 } } },
        controlSpecs: { 'gradient-descent/descent-by-hand': { at: AT, value: v1.controlSpecs['gradient-descent/descent-by-hand'] } },
        prefs: { backend: { at: AT, value: 'cpu' } },
      },
    });
  });

  it('says "newer" for a format this build does not know, and names the version', () => {
    expect(decodeDoc(doc({ codes: {} }, 3), editorDocSchema, AT)).toEqual({ kind: 'newer', version: 3, items: { codes: {} } });
  });
});

describe('worksheet format', () => {
  const good = presetScenario('hybrid', 'abc', 'Good');

  it('upgrades formats 1 and 2 (lists) in list order, keeping ids, and repairs a scenario with a bad field (reported)', () => {
    const broken = { ...good, id: 'def', name: 'Broken', horizonMonths: 'lots' };
    const decoded = decodeDoc(doc({ scenarios: [good, broken], activeId: 'def', compareIds: ['abc', 7] }, 1), worksheetDocSchema, AT);
    expect(decoded.kind).toBe('ok');
    const items = decoded.kind === 'ok' ? decoded.items : {};
    expect(Object.keys(items['scenarios'] ?? {})).toEqual(['abc', 'def']);
    expect(items['scenarios']?.['abc']).toEqual({ at: AT, order: 0, value: good });
    expect(items['scenarios']?.['def']).toMatchObject({ at: AT, order: 1, value: { id: 'def', name: 'Broken', horizonMonths: 36 } });
    expect(items['view']).toEqual({ activeId: { at: AT, value: 'def' }, compareIds: { at: AT, value: ['abc'] } });
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => [r.key, r.problem.includes('horizonMonths')]) : []).toEqual([['def', true]]);
  });

  it('refuses a scenario that is not an object, and one with a blank name is repaired with a name', () => {
    const decoded = decodeDoc(doc({ scenarios: { x: spec(42), y: { at: AT, order: 1, value: { ...good, id: 'y', name: '   ' } } } }, 3), worksheetDocSchema, AT);
    expect(decoded).toMatchObject({ kind: 'ok', items: { scenarios: { y: { value: { name: 'Hybrid AI startup' } } } } });
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => [r.key, r.repaired === undefined]) : []).toEqual([
      ['x', true],
      ['y', false],
    ]);
  });
});
