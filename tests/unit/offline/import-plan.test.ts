/**
 * What a backup import would do, before anything is written: all or nothing
 * on the stores' own schemas, never deleting, and naming what is newer here.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedBackup } from '../../../src/offline/backup';
import { importWrites, itemId, planImport, type ImportTarget } from '../../../src/offline/import-plan';
import { editorDocSchema } from '../../../src/store/editor-doc';
import { worksheetDocSchema } from '../../../src/store/worksheet-doc';
import { presetScenario } from '../../../src/worksheet/model/presets';

const EXPORTED = Date.parse('2026-05-01T10:00:00Z');
const LATER = EXPORTED + 3_600_000;
const NOW = LATER + 3_600_000;

const targets: ImportTarget[] = [
  { key: 'lml.editor', schema: editorDocSchema, activeKey: 'lml.editor', skip: [], describe: (_c, key) => ({ kind: 'code', name: key }) },
  {
    key: 'lml.worksheet',
    schema: worksheetDocSchema,
    activeKey: 'lml.worksheet',
    skip: ['view'],
    describe: (_c, key, value) => ({ kind: 'scenario', name: (value as { name?: string } | undefined)?.name ?? key }),
  },
];

const scenario = (id: string, name: string, cash = 1_000_000) => ({ ...presetScenario('hybrid', id, name), startingCash: cash });
const doc = (state: unknown) => JSON.stringify({ version: 2, state });
/** The worksheet's item format is version 3 (1 and 2 were lists). */
const sheet = (state: unknown) => JSON.stringify({ version: 3, state });
const backupOf = (items: Record<string, string>): ParsedBackup => ({ exportedAt: EXPORTED, items, dropped: [] });

/** What is saved here: a scenario edited after the backup, one only here, code edited after the backup. */
const here: Record<string, string> = {
  'lml.worksheet': sheet({
    scenarios: {
      a: { at: LATER, order: 0, value: scenario('a', 'Plan A', 5_000_000) },
      mine: { at: LATER, order: 1, value: scenario('mine', 'Only here') },
    },
  }),
  'lml.editor': doc({ codes: { 'l/one': { at: LATER, value: 'newer code' }, 'l/two': { at: EXPORTED - 10, value: 'old code' } } }),
};
const read = (key: string) => here[key] ?? null;

/** The backup: older versions of a and l/one, a newer l/two, a scenario b only in the backup. */
const backup = backupOf({
  'lml.worksheet': sheet({
    scenarios: { a: { at: EXPORTED, order: 0, value: scenario('a', 'Plan A', 1_000_000) }, b: { at: EXPORTED, order: 1, value: scenario('b', 'Plan B') } },
  }),
  'lml.editor': doc({ codes: { 'l/one': { at: EXPORTED, value: 'backup code' }, 'l/two': { at: EXPORTED, value: 'backup two' } } }),
});

describe('planImport', () => {
  it('names what is newer here, takes what is new or older here, and never deletes (backup/older-replaces-newer)', () => {
    const plan = planImport(backup, targets, 1, read, NOW);
    expect(plan.ok).toBe(true);
    const value = plan.ok ? plan.value : null;
    expect(value?.newerHere.map((n) => [n.kind, n.name, n.at])).toEqual([
      ['code', 'l/one', LATER],
      ['scenario', 'Plan A', LATER],
    ]);
    expect(value?.take.map((t) => [t.collection, t.key])).toEqual([
      ['codes', 'l/two'],
      ['scenarios', 'b'],
    ]);
  });

  it('keeping the newer versions: imports the rest, changes nothing newer, keeps what is only here', () => {
    const plan = planImport(backup, targets, 1, read, NOW);
    const writes = plan.ok ? importWrites(plan.value, targets, new Set(), NOW) : null;
    const written = Object.fromEntries(writes?.writes ?? []);
    const worksheet = JSON.parse(written['lml.worksheet'] ?? '{}') as { state: { scenarios: Record<string, { at: number; value: { name: string; startingCash: number } }> } };
    expect(Object.entries(worksheet.state.scenarios).map(([id, e]) => [id, e.value.name, e.value.startingCash, e.at])).toEqual([
      ['a', 'Plan A', 5_000_000, LATER],
      ['mine', 'Only here', 1_000_000, LATER],
      ['b', 'Plan B', 1_000_000, NOW],
    ]);
    const editor = JSON.parse(written['lml.editor'] ?? '{}') as { state: { codes: Record<string, { value: string }> } };
    expect(editor.state.codes).toEqual({ 'l/one': { at: LATER, value: 'newer code' }, 'l/two': { at: NOW, value: 'backup two' } });
    expect(writes?.keep).toEqual([]);
    expect(writes?.counts).toEqual({ scenarios: 1, codes: 1, settings: 0, other: 0 });
  });

  it('replacing the newer versions when asked: they are kept aside, not lost', () => {
    const plan = planImport(backup, targets, 1, read, NOW);
    const replace = new Set(plan.ok ? plan.value.newerHere.map(itemId) : []);
    const writes = plan.ok ? importWrites(plan.value, targets, replace, NOW) : null;
    const editor = JSON.parse(Object.fromEntries(writes?.writes ?? [])['lml.editor'] ?? '{}') as { state: { codes: Record<string, { value: string }> } };
    expect(editor.state.codes['l/one']).toEqual({ at: NOW, value: 'backup code' });
    expect(writes?.keep.map((k) => [k.reason, k.kind, k.name, k.kind === 'code' ? k.text : (JSON.parse(k.text) as { startingCash: unknown }).startingCash])).toEqual([
      ['replaced', 'code', 'l/one', 'newer code'],
      ['replaced', 'scenario', 'Plan A', 5_000_000],
    ]);
  });

  it.each([
    ['a garbage worksheet (backup/corrupt-item-accepted)', { 'lml.worksheet': 'garbage' }, /“lml\.worksheet” is damaged/],
    ['a bad declared setting (backup/bricks-lesson)', { 'lml.editor': doc({ controlSpecs: { 'l/e': { at: 1, value: [{ name: 'x', spec: { kind: 'number', value: 0.1, options: {} } }] } } }) }, /controlSpecs\/l\/e is not valid/],
    ['a scenario that is not one', { 'lml.worksheet': sheet({ scenarios: { x: { at: 1, order: 0, value: 42 } } }) }, /scenarios\/x is not valid/],
    ['a newer format', { 'lml.editor': JSON.stringify({ version: 9, state: {} }) }, /newer version of the app \(format 9; this app reads up to 2\)/],
    ['bad settings', { 'lml.settings': JSON.stringify({ version: 1, state: { theme: 'neon' } }) }, /“lml\.settings” is damaged/],
    ['a bad kept-aside item', { 'lml.aside.x': '{"v":1}' }, /“lml\.aside\.x” is damaged/],
  ])('refuses the whole import for %s, naming it', (_name, items, message) => {
    const plan = planImport(backupOf({ ...backup.items, ...items }), targets, 1, read, NOW);
    expect(plan).toEqual({ ok: false, error: expect.stringMatching(message) as unknown });
  });

  it('reads a format-1 backup (the previous build’s), its items dated when the backup was made', () => {
    const v1 = backupOf({ 'lml.editor': JSON.stringify({ version: 1, state: { codes: { 'l/one': 'v1 code', 'l/new': 'brand new' } } }) });
    const plan = planImport(v1, targets, 1, read, NOW);
    expect(plan.ok && plan.value.newerHere.map((n) => [n.key, n.at])).toEqual([['l/one', LATER]]);
    expect(plan.ok && plan.value.take.map((t) => [t.key, t.entry.at])).toEqual([['l/new', EXPORTED]]);
  });
});
