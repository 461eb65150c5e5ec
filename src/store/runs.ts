/**
 * The run history: per example (`<lesson>/<example>`, code exercises' tabs
 * included) the last finished runs, each with its settings, the hash of its
 * code, backend, seed, final metrics and curves, so runs can be overlaid,
 * compared and their code restored. Saved item by item under `lml.runs`
 * (runs-doc.ts, sync/) like the editor's code: tabs never undo each other,
 * the whole-work export carries it, a damaged item is kept aside.
 *
 * The budget (runs-doc.ts) holds after every change, whoever made it (this
 * tab, another, an import): 20 runs per example, curves thinned, and 500,000
 * characters in all, the oldest runs dropped first; a code text goes with the
 * last kept run that used it. When storage is full anyway, the history gives
 * way: its oldest runs are dropped until it can be written, and when the
 * editor's code cannot be saved, the oldest half of the history is dropped to
 * make room for it. Either way the panel says what was dropped.
 */
import { create } from 'zustand';
import { shortHash } from '../hash';
import type { BackendName, ControlValue } from '../runtime/protocol';
import { thinEvenly } from '../runtime/clip';
import { editorSync } from './editor';
import {
  MAX_CURVE_POINTS,
  MAX_CURVES,
  MAX_METRICS,
  MAX_RUNS_PER_EXAMPLE,
  MAX_SETTINGS,
  RUN_KEY,
  RUNS_BUDGET_CHARS,
  runsDocSchema,
  type Curve,
  type StoredRun,
} from './runs-doc';
import { useStorageProblem } from './storage';
import { isGone, type Adoption } from './sync/entries';
import { syncStore } from './sync/synced-store';

export { MAX_RUNS_PER_EXAMPLE, RUNS_BUDGET_CHARS, RUNS_VERSION, type Curve, type StoredRun } from './runs-doc';

export const RUNS_STORAGE_KEY = 'lml.runs';

/** What a finished run hands to the history. */
export interface RunInput {
  readonly code: string;
  readonly backend: BackendName;
  readonly seed: number;
  readonly settings: Readonly<Record<string, ControlValue>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly charts: readonly { readonly name: string; readonly series: readonly { readonly name: string; readonly x: readonly number[]; readonly y: readonly number[] }[] }[];
  readonly durationMs: number;
}

/** What the history had to give up to storage, for the panel to say. */
export type RunsNotice =
  /** Storage was full: `dropped` oldest runs went so the history could be saved (`kept`: the new run too). */
  | { readonly kind: 'quota'; readonly dropped: number; readonly kept: boolean }
  /** The editor's code could not be saved: `dropped` oldest runs went to make room for it. */
  | { readonly kind: 'madeRoom'; readonly dropped: number }
  /** The run alone is larger than the whole budget (its code is huge): not kept. */
  | { readonly kind: 'tooLarge' };

export interface RunsData {
  /** By `<lesson>/<example>/<id>`. */
  readonly runs: Readonly<Record<string, StoredRun>>;
  /** Code texts by hash. */
  readonly code: Readonly<Record<string, string>>;
}

export interface RunsState extends RunsData {
  readonly notice: RunsNotice | null;
  /** Adds a finished run of `example`; returns its key, or null when it could not be kept. */
  readonly record: (example: string, input: RunInput, now?: number) => string | null;
  /** Deletes every run of `example` (and the code only they used). */
  readonly clear: (example: string) => void;
  readonly dismissNotice: () => void;
}

/**
 * 16 hex digits: FNV-1a of the text and of its length-prefixed copy (two
 * 32-bit hashes from different starts). A run's code is stored once per hash.
 */
export function codeHashOf(code: string): string {
  return shortHash(code) + shortHash(`${code.length}\n${code}`);
}

/** The example a run key belongs to (`lesson/example`), or null. */
export function exampleOf(runKey: string): string | null {
  return RUN_KEY.exec(runKey)?.[1] ?? null;
}

/** The runs of one example, newest first, with their keys. */
export function runsOf(data: Pick<RunsData, 'runs'>, example: string): (StoredRun & { readonly key: string })[] {
  return Object.entries(data.runs)
    .filter(([key]) => exampleOf(key) === example)
    .map(([key, run]) => ({ ...run, key }))
    .sort((a, b) => b.at - a.at || b.n - a.n);
}

const round = (v: number): number | null => (Number.isFinite(v) ? Number(v.toPrecision(5)) : null);

/** The run's live charts as curves: at most MAX_CURVES, each thinned evenly to MAX_CURVE_POINTS. */
export function curvesOf(charts: RunInput['charts']): Curve[] {
  const curves: Curve[] = [];
  for (const chart of charts) {
    for (const series of chart.series) {
      if (curves.length >= MAX_CURVES) return curves;
      const indices = thinEvenly(
        series.x.flatMap((x, i) => (Number.isFinite(x) && i < series.y.length ? [i] : [])),
        MAX_CURVE_POINTS,
      );
      curves.push({ chart: chart.name, series: series.name, x: indices.map((i) => series.x[i] as number), y: indices.map((i) => round(series.y[i] as number)) });
    }
  }
  return curves;
}

/** Characters an item takes in the stored document (its key, value and envelope). */
const itemSize = (key: string, value: unknown): number => key.length + JSON.stringify(value).length + 48;

export function storedSize(data: RunsData): number {
  let size = 0;
  for (const [key, run] of Object.entries(data.runs)) size += itemSize(key, run);
  for (const [hash, text] of Object.entries(data.code)) size += itemSize(hash, text);
  return size;
}

/** Runs oldest first (any example; ties by key, so every tab drops the same ones). */
const oldestFirst = (runs: Readonly<Record<string, StoredRun>>): [string, StoredRun][] =>
  Object.entries(runs).sort(([ka, a], [kb, b]) => a.at - b.at || (ka < kb ? -1 : 1));

/** Without the oldest `count` runs (any example); code no run uses any more goes too. */
function dropOldest(data: RunsData, count: number): RunsData {
  return withUsedCode(Object.fromEntries(oldestFirst(data.runs).slice(count)), data.code);
}

function withUsedCode(runs: Readonly<Record<string, StoredRun>>, code: Readonly<Record<string, string>>): RunsData {
  const used = new Set(Object.values(runs).map((r) => r.codeHash));
  const kept = Object.keys(code).every((hash) => used.has(hash)) ? code : Object.fromEntries(Object.entries(code).filter(([hash]) => used.has(hash)));
  return { runs, code: kept };
}

/**
 * The history within its budget: the newest MAX_RUNS_PER_EXAMPLE runs of
 * each example, then the oldest runs dropped until the whole fits
 * RUNS_BUDGET_CHARS; code no kept run uses is dropped. Unchanged data keeps
 * its identity.
 */
export function withinBudget(data: RunsData, budget = RUNS_BUDGET_CHARS): RunsData {
  const byExample = new Map<string, [string, StoredRun][]>();
  for (const [key, run] of Object.entries(data.runs)) {
    const example = exampleOf(key) ?? key;
    byExample.set(example, [...(byExample.get(example) ?? []), [key, run]]);
  }
  const surplus = new Set<string>();
  for (const list of byExample.values()) {
    if (list.length <= MAX_RUNS_PER_EXAMPLE) continue;
    list.sort(([, a], [, b]) => b.at - a.at || b.n - a.n);
    for (const [key] of list.slice(MAX_RUNS_PER_EXAMPLE)) surplus.add(key);
  }
  const runs = surplus.size === 0 ? data.runs : Object.fromEntries(Object.entries(data.runs).filter(([key]) => !surplus.has(key)));
  let next = withUsedCode(runs, data.code);
  if (next.runs === data.runs && next.code === data.code) next = data;
  let size = storedSize(next);
  if (size <= budget) return next;
  // Oldest first, one at a time, each with the code only it used.
  const users = new Map<string, number>();
  for (const run of Object.values(next.runs)) users.set(run.codeHash, (users.get(run.codeHash) ?? 0) + 1);
  const dropped = new Set<string>();
  for (const [key, run] of oldestFirst(next.runs)) {
    if (size <= budget) break;
    dropped.add(key);
    size -= itemSize(key, run);
    const left = (users.get(run.codeHash) ?? 1) - 1;
    users.set(run.codeHash, left);
    const text = next.code[run.codeHash];
    if (left === 0 && text !== undefined) size -= itemSize(run.codeHash, text);
  }
  return withUsedCode(Object.fromEntries(Object.entries(next.runs).filter(([key]) => !dropped.has(key))), next.code);
}

/** The history with one more finished run of `example` (pure; `id` names it). */
export function addRun(data: RunsData, example: string, input: RunInput, now: number, id: string): { data: RunsData; key: string } {
  const hash = codeHashOf(input.code);
  const n = runsOf(data, example).reduce((max, r) => Math.max(max, r.n), 0) + 1;
  const metrics = Object.fromEntries(Object.entries(input.metrics).slice(0, MAX_METRICS).map(([name, v]) => [name, round(v)]));
  const run: StoredRun = {
    n,
    at: now,
    codeHash: hash,
    backend: input.backend,
    seed: input.seed,
    settings: Object.fromEntries(Object.entries(input.settings).slice(0, MAX_SETTINGS)),
    metrics,
    curves: curvesOf(input.charts),
    durationMs: Math.max(0, Math.round(input.durationMs)),
  };
  const key = `${example}/${id}`;
  // A run that alone is over the budget (a huge code text) is not kept, and costs the others nothing.
  if (itemSize(key, run) + itemSize(hash, input.code) > RUNS_BUDGET_CHARS) return { data, key };
  const code = data.code[hash] === input.code ? data.code : { ...data.code, [hash]: input.code };
  return { data: withinBudget({ runs: { ...data.runs, [key]: run }, code }), key };
}

/** The history without `example`'s runs (and the code only they used). */
export function clearExample(data: RunsData, example: string): RunsData {
  return withUsedCode(Object.fromEntries(Object.entries(data.runs).filter(([key]) => exampleOf(key) !== example)), data.code);
}

/**
 * Stored versions taken on, then the budget applied. A code deletion another
 * tab made is refused while a run here still uses that code (the code is
 * written back), so a kept run never loses its code.
 */
export function adoptRuns(state: RunsData, changes: readonly Adoption[]): RunsData {
  const runs = new Map(Object.entries(state.runs));
  const code = new Map(Object.entries(state.code));
  const removedCode = new Map<string, string>();
  for (const { collection, key, entry } of changes) {
    if (collection === 'runs') {
      if (isGone(entry)) runs.delete(key);
      else runs.set(key, entry.value as StoredRun);
    } else if (collection === 'code') {
      const text = code.get(key);
      if (!isGone(entry)) code.set(key, entry.value as string);
      else if (text !== undefined) {
        removedCode.set(key, text);
        code.delete(key);
      }
    }
  }
  for (const run of runs.values()) {
    const text = removedCode.get(run.codeHash);
    if (text !== undefined) code.set(run.codeHash, text);
  }
  return withinBudget({ runs: Object.fromEntries(runs), code: Object.fromEntries(code) });
}

/** Names a stored item for the kept-aside list and the import: the example of a run, the hash of a code text. */
export const describeRun = (collection: string, key: string): { kind: 'run'; name: string } => ({ kind: 'run', name: collection === 'runs' ? (exampleOf(key) ?? key) : `code ${key}` });

const newRunId = (now: number): string => now.toString(36) + Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');

const EMPTY: RunsData = { runs: {}, code: {} };

/** True while the runs' document cannot be written because storage is full. */
const runsBlocked = (): boolean => {
  const problem = useStorageProblem.getState();
  return problem.problem === 'quota' && problem.key === runsSync.activeKey();
};

export const useRuns = create<RunsState>()((set, get) => ({
  ...EMPTY,
  notice: null,
  record: (example, input, now = Date.now()) => {
    const { data, key } = addRun(get(), example, input, now, newRunId(now));
    if (!(key in data.runs)) {
      set({ notice: { kind: 'tooLarge' } });
      return null;
    }
    set(data);
    // Storage full: the history gives way, oldest first, until it can be written.
    let dropped = 0;
    while (runsBlocked() && Object.keys(get().runs).length > 0) {
      set(dropOldest(get(), 1));
      dropped += 1;
    }
    const kept = key in get().runs;
    if (dropped > 0) set({ notice: { kind: 'quota', dropped: kept ? dropped : dropped - 1, kept } });
    return kept ? key : null;
  },
  clear: (example) => set(clearExample(get(), example)),
  dismissNotice: () => set({ notice: null }),
}));

export const runsSync = syncStore(useRuns, {
  key: RUNS_STORAGE_KEY,
  schema: runsDocSchema,
  policies: { runs: {}, code: {} },
  items: (state) => ({ runs: new Map(Object.entries(state.runs)), code: new Map(Object.entries(state.code)) }),
  adopt: (state, changes) => adoptRuns(state, changes),
  describe: describeRun,
});

// The user's code comes first: when the editor cannot save it for lack of room, the oldest half of
// the history goes (then the editor writes again), until the code is saved or the history is empty.
let makingRoom = false;
useStorageProblem.subscribe((problem) => {
  if (makingRoom || problem.problem !== 'quota' || problem.key !== editorSync.activeKey()) return;
  makingRoom = true;
  try {
    let dropped = 0;
    for (;;) {
      const { problem: now, key } = useStorageProblem.getState();
      const count = Object.keys(useRuns.getState().runs).length;
      if (now !== 'quota' || key !== editorSync.activeKey() || count === 0) break;
      const half = Math.ceil(count / 2);
      useRuns.setState(dropOldest(useRuns.getState(), half));
      dropped += half;
      editorSync.refresh();
    }
    if (dropped > 0) useRuns.setState({ notice: { kind: 'madeRoom', dropped } });
  } finally {
    makingRoom = false;
  }
});
