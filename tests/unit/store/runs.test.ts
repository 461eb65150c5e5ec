/**
 * The run history (`lml.runs`): the last 20 finished runs per example, curves
 * thinned to 200 points, each code text stored once per hash and dropped with
 * the last run that used it, the character budget dropping the oldest runs
 * first, a full storage giving way (the history shrinks, the editor's code
 * gets its room), a damaged item kept aside, and the whole-work export and
 * import carrying it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunInput } from '../../../src/store/runs';
import { runsDocSchema } from '../../../src/store/runs-doc';
import { decodeDoc } from '../../../src/store/sync/doc';
import { FakeStorage, installStorage } from './fake-storage';

const storage = new FakeStorage();
let uninstall: () => void = () => undefined;
beforeEach(() => {
  storage.map.clear();
  storage.quota = Infinity;
  uninstall = installStorage(storage);
  vi.resetModules();
});
afterEach(() => uninstall());

const AT = 1_700_000_000_000;
const EXAMPLE = 'neurons-layers-activations/house-prices';

const line = (n: number, f: (i: number) => number = (i) => 1 / (i + 1)) => ({ x: Array.from({ length: n }, (_, i) => i + 1), y: Array.from({ length: n }, (_, i) => f(i)) });

const input = (code: string, extra: Partial<RunInput> = {}): RunInput => ({
  code,
  backend: 'cpu',
  seed: 42,
  settings: { 'learning rate': 0.1 },
  metrics: { loss: 0.25 },
  charts: [{ name: 'loss', series: [{ name: 'loss', ...line(10) }] }],
  durationMs: 812.4,
  ...extra,
});

interface StoredDoc {
  version: number;
  state: { runs?: Record<string, { value?: unknown; gone?: true }>; code?: Record<string, { value?: unknown; gone?: true }> };
}
const stored = (): StoredDoc => JSON.parse(storage.getItem('lml.runs') ?? 'null') as StoredDoc;
const live = (collection: Record<string, { gone?: true }> | undefined) => Object.entries(collection ?? {}).filter(([, e]) => !e.gone).map(([key]) => key);

describe('run history rules (pure)', () => {
  it('thins each curve evenly to 200 points (first and last kept), keeps at most 8 curves, and stores what is not finite as null', async () => {
    const { curvesOf } = await import('../../../src/store/runs');
    const curves = curvesOf([
      { name: 'loss', series: [{ name: 'loss', ...line(1000, (i) => (i === 999 ? NaN : 1 / (i + 1))) }] },
      { name: 'many', series: Array.from({ length: 10 }, (_, i) => ({ name: `s${i}`, ...line(5) })) },
    ]);
    expect(curves).toHaveLength(8);
    const [loss] = curves;
    expect(loss?.x).toHaveLength(200);
    expect(loss?.x[0]).toBe(1);
    expect(loss?.x.at(-1)).toBe(1000);
    expect(loss?.y.at(-1)).toBeNull();
    // Five significant digits.
    expect(loss?.y[1]).toBe(Number((1 / 6).toPrecision(5)));
    expect(curves.slice(1).map((c) => `${c.chart}/${c.series}`)).toEqual(['many/s0', 'many/s1', 'many/s2', 'many/s3', 'many/s4', 'many/s5', 'many/s6']);
  });

  it('the budget drops the oldest runs first, whatever their example, with the code only they used', async () => {
    const { addRun, storedSize, withinBudget } = await import('../../../src/store/runs');
    let data = { runs: {}, code: {} };
    for (let i = 0; i < 6; i++) {
      const example = i % 2 === 0 ? 'a/one' : 'b/two';
      data = addRun(data, example, input(`code ${i}`), AT + i, `r${i}`).data;
    }
    const all = storedSize(data);
    const perRun = all / 6;
    const trimmed = withinBudget(data, all - perRun / 2);
    expect(Object.keys(trimmed.runs).sort()).toEqual(['a/one/r2', 'a/one/r4', 'b/two/r1', 'b/two/r3', 'b/two/r5']);
    expect(Object.values(trimmed.code)).not.toContain('code 0');
    expect(storedSize(trimmed)).toBeLessThanOrEqual(all - perRun / 2);
    const half = withinBudget(data, all / 2);
    expect(Object.keys(half.runs).sort()).toEqual(['a/one/r4', 'b/two/r3', 'b/two/r5']);
    // Within the budget: the very same object.
    expect(withinBudget(data)).toBe(data);
  });

  it('a run larger than the whole budget is not kept, and the others stay', async () => {
    const { addRun, RUNS_BUDGET_CHARS } = await import('../../../src/store/runs');
    const before = addRun({ runs: {}, code: {} }, 'a/one', input('small'), AT, 'r0').data;
    const { data, key } = addRun(before, 'a/one', input('x'.repeat(RUNS_BUDGET_CHARS)), AT + 1, 'r1');
    expect(data).toBe(before);
    expect(key in data.runs).toBe(false);
  });

  it('hashes code to 16 hex digits, different for different texts', async () => {
    const { codeHashOf } = await import('../../../src/store/runs');
    expect(codeHashOf('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(codeHashOf('a')).not.toBe(codeHashOf('b'));
  });
});

describe('saved run history', () => {
  it('keeps the last 20 runs per example, numbered, with settings, backend, seed, metrics, curves and duration', async () => {
    const { useRuns, runsOf } = await import('../../../src/store/runs');
    for (let i = 0; i < 25; i++) useRuns.getState().record(EXAMPLE, input('same code'), AT + i);
    useRuns.getState().record('other/example', input('same code'), AT + 100);
    const runs = runsOf(useRuns.getState(), EXAMPLE);
    expect(runs).toHaveLength(20);
    expect(runs.map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(runsOf(useRuns.getState(), 'other/example')).toHaveLength(1);
    const { key: _key, ...newest } = runs[0] ?? { key: '' };
    expect(newest).toMatchObject({ n: 25, at: AT + 24, backend: 'cpu', seed: 42, settings: { 'learning rate': 0.1 }, metrics: { loss: 0.25 }, durationMs: 812 });
    expect(runs[0]?.curves).toEqual([{ chart: 'loss', series: 'loss', ...line(10, (i) => Number((1 / (i + 1)).toPrecision(5))) }]);
    // Stored item by item: 21 live runs, the 5 dropped as tombstones (so other tabs drop them too).
    const doc = stored();
    expect(doc.version).toBe(1);
    expect(live(doc.state.runs)).toHaveLength(21);
    expect(Object.values(doc.state.runs ?? {}).filter((e) => e.gone)).toHaveLength(5);
  });

  it('stores each code text once per hash, and drops it with the last run that used it', async () => {
    const { useRuns, codeHashOf } = await import('../../../src/store/runs');
    const { record } = useRuns.getState();
    record(EXAMPLE, input('first code'), AT);
    for (let i = 1; i <= 5; i++) record(EXAMPLE, input('shared code'), AT + i);
    expect(Object.keys(useRuns.getState().code).sort()).toEqual([codeHashOf('first code'), codeHashOf('shared code')].sort());
    expect(live(stored().state.code)).toHaveLength(2);
    expect(stored().state.code?.[codeHashOf('shared code')]?.value).toBe('shared code');
    // 15 more runs push the first run out: its code goes with it.
    for (let i = 6; i <= 20; i++) record(EXAMPLE, input('shared code'), AT + i);
    expect(Object.values(useRuns.getState().runs)).toHaveLength(20);
    expect(useRuns.getState().code).toEqual({ [codeHashOf('shared code')]: 'shared code' });
    expect(stored().state.code?.[codeHashOf('first code')]?.gone).toBe(true);
    // Clearing the example drops every run and its code.
    useRuns.getState().clear(EXAMPLE);
    expect(useRuns.getState()).toMatchObject({ runs: {}, code: {} });
    expect(live(stored().state.runs)).toEqual([]);
  });

  it('a code deletion from another tab is refused while a run here uses that code', async () => {
    const { useRuns, runsSync, codeHashOf } = await import('../../../src/store/runs');
    useRuns.getState().record(EXAMPLE, input('kept code'), AT);
    const doc = stored();
    const hash = codeHashOf('kept code');
    (doc.state.code as Record<string, unknown>)[hash] = { at: Date.now() + 1000, gone: true };
    storage.setItem('lml.runs', JSON.stringify(doc));
    runsSync.refresh();
    expect(useRuns.getState().code[hash]).toBe('kept code');
    expect(stored().state.code?.[hash]?.value).toBe('kept code');
  });

  it('a full storage: the oldest runs give way so the new one is kept, and the history says so', async () => {
    const { useRuns } = await import('../../../src/store/runs');
    const { useStorageProblem } = await import('../../../src/store/storage');
    const big = (i: number) => input(`code ${i} `.padEnd(3000, '.'));
    for (let i = 0; i < 5; i++) useRuns.getState().record(EXAMPLE, big(i), AT + i);
    storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 1000;
    const key = useRuns.getState().record(EXAMPLE, big(5), AT + 5);
    expect(key).not.toBeNull();
    const { runs, notice } = useRuns.getState();
    // The oldest went first, as many as it took (here one), and the new run is kept.
    const left = Object.values(runs).map((r) => r.n).sort((a, b) => a - b);
    expect(left).toEqual([2, 3, 4, 5, 6]);
    expect(notice).toEqual({ kind: 'quota', dropped: 1, kept: true });
    expect(useStorageProblem.getState().problem).toBeNull();
    expect(live(stored().state.runs)).toHaveLength(5);
    // Storage far too small for any run: the new one is not kept either, and the history says so.
    storage.quota = 3000;
    expect(useRuns.getState().record(EXAMPLE, big(6), AT + 6)).toBeNull();
    expect(useRuns.getState().notice).toEqual({ kind: 'quota', dropped: 5, kept: false });
    expect(useRuns.getState().runs).toEqual({});
    expect(useStorageProblem.getState().problem).toBeNull();
  });

  it('when the editor cannot save the code for lack of room, the oldest half of the history makes room for it', async () => {
    const { useRuns } = await import('../../../src/store/runs');
    const { useEditorStore } = await import('../../../src/store/editor');
    const { useStorageProblem } = await import('../../../src/store/storage');
    for (let i = 0; i < 8; i++) useRuns.getState().record(EXAMPLE, input(`code ${i} `.padEnd(2000, '.')), AT + i);
    storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 500;
    useEditorStore.getState().setCode(EXAMPLE, 'my precious code '.repeat(200));
    expect(JSON.parse(storage.getItem('lml.editor') ?? '{}')).toMatchObject({ state: { codes: { [EXAMPLE]: { value: 'my precious code '.repeat(200) } } } });
    expect(useStorageProblem.getState().problem).toBeNull();
    const left = Object.values(useRuns.getState().runs).map((r) => r.n).sort((a, b) => a - b);
    expect(left).toEqual([5, 6, 7, 8]);
    expect(useRuns.getState().notice).toEqual({ kind: 'madeRoom', dropped: 4 });
  });

  it('a damaged run is refused on its own and kept aside as a run; the rest loads', async () => {
    const { codeHashOf } = await import('../../../src/store/runs');
    const hash = codeHashOf('x');
    const good = { n: 1, at: AT, codeHash: hash, backend: 'cpu', seed: 42, settings: {}, metrics: { loss: null }, curves: [], durationMs: 5 };
    const text = JSON.stringify({
      version: 1,
      state: {
        runs: { [`${EXAMPLE}/abc`]: { at: AT, value: good }, [`${EXAMPLE}/bad`]: { at: AT, value: { ...good, n: 2, backend: 'tpu' } } },
        code: { [hash]: { at: AT, value: 'x' } },
      },
    });
    const decoded = decodeDoc(text, runsDocSchema, AT);
    expect(decoded.kind === 'ok' ? decoded.rejected.map((r) => [r.collection, r.key]) : []).toEqual([['runs', `${EXAMPLE}/bad`]]);
    storage.setItem('lml.runs', text);
    vi.resetModules();
    const { useRuns } = await import('../../../src/store/runs');
    const { useKeptAside } = await import('../../../src/store/kept-aside');
    expect(Object.keys(useRuns.getState().runs)).toEqual([`${EXAMPLE}/abc`]);
    expect(useRuns.getState().code).toEqual({ [hash]: 'x' });
    const aside = useKeptAside.getState().entries.find((e) => 'kind' in e && e.kind === 'run');
    expect(aside).toMatchObject({ source: 'lml.runs', reason: 'damaged', name: EXAMPLE, item: `runs/${EXAMPLE}/bad` });
    // The stored document no longer holds it (it was rewritten without it).
    expect(Object.keys(stored().state.runs ?? {})).toEqual([`${EXAMPLE}/abc`]);
  });
});

describe('whole-work export and import', () => {
  it('carry the run history, code included', async () => {
    const { useRuns } = await import('../../../src/store/runs');
    useRuns.getState().record(EXAMPLE, input('exported code'), AT);
    useRuns.getState().record(EXAMPLE, input('exported code', { backend: 'webgpu' }), AT + 1);
    const { makeBackup, parseBackup } = await import('../../../src/offline/backup');
    const { storedEntries } = await import('../../../src/store/storage');
    const backup = JSON.stringify(makeBackup(storedEntries('lml.'), new Date(AT + 10)));
    expect(Object.keys((JSON.parse(backup) as { items: object }).items)).toContain('lml.runs');

    // Another browser: nothing saved; the import brings the history in, live.
    storage.map.clear();
    vi.resetModules();
    const fresh = await import('../../../src/store/runs');
    const { applyImport } = await import('../../../src/offline/export-work');
    const parsed = (await import('../../../src/offline/backup')).parseBackup(backup);
    expect(parsed.ok && parsed.value.dropped).toEqual([]);
    if (!parsed.ok) return;
    expect(parseBackup(backup).ok).toBe(true);
    const result = applyImport(parsed.value, new Set());
    expect(result).toMatchObject({ ok: true, value: { other: 3 } });
    const runs = fresh.runsOf(fresh.useRuns.getState(), EXAMPLE);
    expect(runs.map((r) => [r.n, r.backend])).toEqual([
      [2, 'webgpu'],
      [1, 'cpu'],
    ]);
    expect(Object.values(fresh.useRuns.getState().code)).toEqual(['exported code']);
  });
});
