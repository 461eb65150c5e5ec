/**
 * The worksheet store: saved scenarios, the active one, which ones are
 * compared. Only inputs are stored; projections are derived by selectors
 * (see src/worksheet/useProjection.ts). Saved scenario by scenario under
 * `lml.worksheet` (worksheet-doc.ts, sync/): a scenario added, changed or
 * deleted in one tab is never undone by another, and each tab shows what
 * the others did.
 *
 * Every edit goes to the active scenario and is saved at once: there is no
 * separate "unsaved" copy to lose. Imports, shared links and presets always
 * ADD a scenario (new id); nothing from outside overwrites saved work.
 */
import { create } from 'zustand';
import { DEFAULT_PRESET, presetScenario, type PresetId } from '../worksheet/model/presets';
import type { Scenario } from '../worksheet/model/types';
import type { ScenarioInputs } from '../worksheet/io/scenarioFile';
import { newScenarioId } from '../worksheet/ids';
import { MAX_NAME } from '../worksheet/model/limits';
import { readItems } from './sync/doc';
import { isGone, orderOf, type Adoption, type Mirror } from './sync/entries';
import { syncStore } from './sync/synced-store';
import { worksheetDocSchema } from './worksheet-doc';
import { MAX_SCENARIOS } from './worksheet-limits';
import { DEFAULT_SCENARIO_NAME } from '../worksheet/shipped-text';

export { MAX_SCENARIOS, WORKSHEET_VERSION } from './worksheet-limits';

export const WORKSHEET_STORAGE_KEY = 'lml.worksheet';

export type SensitivityChoice = 'finalCash' | 'breakEvenMonth';

interface PersistedWorksheet {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly compareIds: readonly string[];
}

export interface WorksheetState extends PersistedWorksheet {
  /** The last deleted scenario and where it was, for undo (not persisted). */
  readonly lastDeleted: { readonly scenario: Scenario; readonly index: number } | null;
  /** The scenario this tab showed was deleted in another tab (not persisted). */
  readonly deletedElsewhere: { readonly name: string } | null;
  readonly updateActive: (change: (scenario: Scenario) => Scenario) => void;
  readonly select: (id: string) => void;
  /** Adds a scenario with a new id and makes it active; returns the id, or null when the list is full. */
  readonly addScenario: (inputs: ScenarioInputs) => string | null;
  readonly addPreset: (preset: PresetId, name: string) => string | null;
  readonly duplicate: (id: string, name: string) => string | null;
  readonly rename: (id: string, name: string) => void;
  readonly remove: (id: string) => void;
  readonly undoRemove: () => void;
  readonly toggleCompare: (id: string) => void;
  readonly dismissDeletedElsewhere: () => void;
}

export function defaultScenario(name = DEFAULT_SCENARIO_NAME): Scenario {
  return presetScenario(DEFAULT_PRESET, newScenarioId(), name);
}

function defaultState(): PersistedWorksheet {
  const first = defaultScenario();
  return { scenarios: [first], activeId: first.id, compareIds: [] };
}

const cleanName = (name: string, fallback: string): string => name.trim().slice(0, MAX_NAME) || fallback;

/** The default scenario as a fresh tab makes it, never edited. */
function isUntouchedDefault(scenario: Scenario): boolean {
  const { id: _id, ...inputs } = scenario;
  const { id: _fresh, ...fresh } = defaultScenario();
  return JSON.stringify(inputs) === JSON.stringify(fresh);
}

/**
 * The state with stored versions taken on: scenarios added, changed or
 * deleted elsewhere, placed by their stored order. When the scenario this tab
 * shows is gone, its neighbour is shown and `deletedElsewhere` names it.
 */
export function adoptWorksheet(state: WorksheetState | PersistedWorksheet, changes: readonly Adoption[], mirror: Mirror): Partial<WorksheetState> {
  const byId = new Map(state.scenarios.map((s) => [s.id, s]));
  // A fresh tab's untouched default scenario gives way when saved scenarios arrive (an import, another tab).
  const only = state.scenarios.length === 1 ? state.scenarios[0] : undefined;
  const arriving = changes.some((c) => c.collection === 'scenarios' && !isGone(c.entry) && !byId.has(c.key));
  const placeholder = only && arriving && !changes.some((c) => c.key === only.id) && isUntouchedDefault(only) ? only : undefined;
  if (placeholder) byId.delete(placeholder.id);
  let activeId = state.activeId;
  let compareIds = state.compareIds;
  let touched = false;
  for (const { collection, key, entry } of changes) {
    if (collection === 'scenarios') {
      touched = true;
      if (isGone(entry)) byId.delete(key);
      else byId.set(key, entry.value as Scenario);
    } else if (collection === 'view' && !isGone(entry)) {
      if (key === 'activeId') activeId = entry.value as string;
      if (key === 'compareIds') compareIds = entry.value as string[];
    }
  }
  const next: { -readonly [K in keyof WorksheetState]?: WorksheetState[K] } = {};
  if (touched) {
    const position = new Map(state.scenarios.map((s, i) => [s.id, i]));
    next.scenarios = [...byId.values()].sort((a, b) => {
      const oa = orderOf(mirror, 'scenarios', a.id) ?? Infinity;
      const ob = orderOf(mirror, 'scenarios', b.id) ?? Infinity;
      return oa !== ob ? oa - ob : (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity);
    });
  }
  const scenarios = next.scenarios ?? state.scenarios;
  if (!byId.has(activeId)) {
    const shown = state.scenarios.findIndex((s) => s.id === state.activeId);
    const lost = state.scenarios[shown];
    const neighbour = scenarios[Math.max(0, Math.min(shown, scenarios.length) - 1)] ?? scenarios[0];
    if (neighbour) activeId = neighbour.id;
    if (lost && lost !== placeholder && 'deletedElsewhere' in state) next.deletedElsewhere = { name: lost.name };
  }
  if (activeId !== state.activeId) next.activeId = activeId;
  const keptCompare = compareIds.filter((id) => byId.has(id));
  if (keptCompare.length !== state.compareIds.length || keptCompare.some((id, i) => id !== state.compareIds[i])) next.compareIds = keptCompare;
  return next;
}

/** The state a format-1 or format-2 document held (`persist`'s `state`), as this build loads it. */
export function migrateWorksheet(persisted: unknown, version: number): PersistedWorksheet {
  return version === 1 || version === 2 ? restoreWorksheet(persisted) : defaultState();
}

/** Rebuilds format-1/2 state field by field (each scenario upgraded and checked, a broken one repaired). */
export function restoreWorksheet(raw: unknown): PersistedWorksheet {
  const items = worksheetDocSchema.upgrade(1, raw, 0) ?? {};
  const { items: checked } = readItems(items, worksheetDocSchema);
  const changes: Adoption[] = [];
  const mirror = new Map<string, Map<string, { value: unknown; at: number; base: number; dirty: boolean; order?: number }>>();
  for (const [collection, entries] of Object.entries(checked)) {
    const known = new Map<string, { value: unknown; at: number; base: number; dirty: boolean; order?: number }>();
    for (const [key, entry] of Object.entries(entries)) {
      changes.push({ collection, key, entry });
      known.set(key, { value: null, at: 0, base: 0, dirty: false, ...(!isGone(entry) && entry.order !== undefined ? { order: entry.order } : {}) });
    }
    mirror.set(collection, known);
  }
  const empty: PersistedWorksheet = { scenarios: [], activeId: '', compareIds: [] };
  const adopted = { ...empty, ...adoptWorksheet(empty, changes, mirror) };
  if (adopted.scenarios.length === 0) return defaultState();
  const activeId = adopted.scenarios.some((s) => s.id === adopted.activeId) ? adopted.activeId : (adopted.scenarios[0] as Scenario).id;
  return { scenarios: adopted.scenarios, activeId, compareIds: adopted.compareIds.filter((id) => adopted.scenarios.some((s) => s.id === id)) };
}

export const useWorksheet = create<WorksheetState>()((set, get) => {
  const add = (scenario: Scenario): string | null => {
    if (get().scenarios.length >= MAX_SCENARIOS) return null;
    set((state) => ({ scenarios: [...state.scenarios, scenario], activeId: scenario.id }));
    return scenario.id;
  };
  return {
    // Empty until `worksheetSync` (below) loads the saved scenarios, or adds a default one when none is saved.
    scenarios: [],
    activeId: '',
    compareIds: [],
    lastDeleted: null,
    deletedElsewhere: null,
    updateActive: (change) =>
      set((state) => ({ scenarios: state.scenarios.map((s) => (s.id === state.activeId ? change(s) : s)) })),
    select: (id) => {
      if (get().scenarios.some((s) => s.id === id)) set({ activeId: id, deletedElsewhere: null });
    },
    addScenario: (inputs) => add({ ...structuredClone(inputs), id: newScenarioId() }),
    addPreset: (preset, name) => add(presetScenario(preset, newScenarioId(), cleanName(name, preset))),
    duplicate: (id, name) => {
      const source = get().scenarios.find((s) => s.id === id);
      return source ? add({ ...structuredClone(source), id: newScenarioId(), name: cleanName(name, source.name) }) : null;
    },
    rename: (id, name) =>
      set((state) => ({ scenarios: state.scenarios.map((s) => (s.id === id ? { ...s, name: cleanName(name, s.name) } : s)) })),
    remove: (id) =>
      set((state) => {
        const index = state.scenarios.findIndex((s) => s.id === id);
        const scenario = state.scenarios[index];
        if (!scenario) return {};
        let scenarios = state.scenarios.filter((s) => s.id !== id);
        // The list is never empty: deleting the last scenario leaves a fresh default.
        if (scenarios.length === 0) scenarios = [defaultScenario()];
        const activeId = state.activeId === id ? (scenarios[Math.max(0, index - 1)] as Scenario).id : state.activeId;
        return { scenarios, activeId, compareIds: state.compareIds.filter((c) => c !== id), lastDeleted: { scenario, index } };
      }),
    undoRemove: () =>
      set((state) => {
        if (!state.lastDeleted) return {};
        const { scenario, index } = state.lastDeleted;
        const scenarios = [...state.scenarios];
        scenarios.splice(Math.min(index, scenarios.length), 0, scenario);
        return { scenarios, activeId: scenario.id, lastDeleted: null };
      }),
    toggleCompare: (id) =>
      set((state) => ({
        compareIds: state.compareIds.includes(id) ? state.compareIds.filter((c) => c !== id) : [...state.compareIds, id],
      })),
    dismissDeletedElsewhere: () => set({ deletedElsewhere: null }),
  };
});

export const worksheetSync = syncStore(useWorksheet, {
  key: WORKSHEET_STORAGE_KEY,
  schema: worksheetDocSchema,
  policies: { scenarios: { finalDelete: true, ordered: true }, view: { adopt: false } },
  items: (state) => ({
    scenarios: new Map(state.scenarios.map((s) => [s.id, s])),
    view: new Map<string, unknown>([
      ['activeId', state.activeId],
      ['compareIds', state.compareIds],
    ]),
  }),
  adopt: (state, changes, mirror) => adoptWorksheet(state, changes, mirror),
  describe: (collection, key, value) => {
    if (collection === 'scenarios') {
      const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
      return { kind: 'scenario', name: typeof name === 'string' ? name : key };
    }
    return { kind: 'view', name: key };
  },
  // Saved work with no scenario left (or none yet): a default one, saved so other tabs share it.
  afterLoad: (state) => {
    if (state.scenarios.length > 0 && state.scenarios.some((s) => s.id === state.activeId)) return null;
    if (state.scenarios.length > 0) return { activeId: (state.scenarios[0] as Scenario).id };
    return defaultState();
  },
});

/** The active scenario (always present: the list is never empty). */
export function selectActive(state: WorksheetState): Scenario {
  return state.scenarios.find((s) => s.id === state.activeId) ?? (state.scenarios[0] as Scenario);
}
