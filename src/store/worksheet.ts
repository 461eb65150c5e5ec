/**
 * The worksheet store: saved scenarios, the active one, which ones are
 * compared. Only inputs are stored; projections are derived by selectors
 * (see src/worksheet/useProjection.ts). Persisted under `lml.worksheet`
 * through `safeStorage()` with a version; `restoreWorksheet` rebuilds
 * state field by field so corrupt or old data never crashes the app.
 *
 * Every edit goes to the active scenario and is saved at once: there is no
 * separate "unsaved" copy to lose. Imports, shared links and presets always
 * ADD a scenario (new id); nothing from outside overwrites saved work.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage } from './storage';
import { DEFAULT_PRESET, presetScenario, type PresetId } from '../worksheet/model/presets';
import type { Scenario } from '../worksheet/model/types';
import type { ScenarioInputs } from '../worksheet/io/scenarioFile';
import { restoreScenario } from '../worksheet/io/restore';
import { newScenarioId } from '../worksheet/ids';
import { MAX_NAME } from '../worksheet/model/limits';

export const WORKSHEET_STORAGE_KEY = 'lml.worksheet';
export const WORKSHEET_VERSION = 2;
/** Most scenarios kept; beyond it, adding one is refused (the UI says so). */
export const MAX_SCENARIOS = 50;

export type SensitivityChoice = 'finalCash' | 'breakEvenMonth';

interface PersistedWorksheet {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly compareIds: readonly string[];
}

export interface WorksheetState extends PersistedWorksheet {
  /** The last deleted scenario and where it was, for undo (not persisted). */
  readonly lastDeleted: { readonly scenario: Scenario; readonly index: number } | null;
  updateActive(change: (scenario: Scenario) => Scenario): void;
  select(id: string): void;
  /** Adds a scenario with a new id and makes it active; returns the id, or null when the list is full. */
  addScenario(inputs: ScenarioInputs): string | null;
  addPreset(preset: PresetId, name: string): string | null;
  duplicate(id: string, name: string): string | null;
  rename(id: string, name: string): void;
  remove(id: string): void;
  undoRemove(): void;
  toggleCompare(id: string): void;
}

export function defaultScenario(name = 'Hybrid AI startup'): Scenario {
  return presetScenario(DEFAULT_PRESET, newScenarioId(), name);
}

function defaultState(): PersistedWorksheet {
  const first = defaultScenario();
  return { scenarios: [first], activeId: first.id, compareIds: [] };
}

const cleanName = (name: string, fallback: string): string => name.trim().slice(0, MAX_NAME) || fallback;

/** Rebuilds persisted state field by field (each scenario through `restoreScenario`). */
export function restoreWorksheet(raw: unknown): PersistedWorksheet {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const fallback = defaultScenario();
  const seen = new Set<string>();
  const scenarios: Scenario[] = [];
  const rawList = Array.isArray(value['scenarios']) ? (value['scenarios'] as unknown[]).slice(0, MAX_SCENARIOS) : [];
  for (const item of rawList) {
    const rawId = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
    const id = typeof rawId === 'string' && rawId.length > 0 && rawId.length <= 64 && !seen.has(rawId) ? rawId : newScenarioId();
    seen.add(id);
    scenarios.push(restoreScenario(item, fallback, id));
  }
  if (scenarios.length === 0) scenarios.push(fallback);
  const activeId = typeof value['activeId'] === 'string' && seen.has(value['activeId']) ? value['activeId'] : (scenarios[0] as Scenario).id;
  const compareIds = Array.isArray(value['compareIds'])
    ? (value['compareIds'] as unknown[]).filter((id): id is string => typeof id === 'string' && seen.has(id))
    : [];
  return { scenarios, activeId, compareIds };
}

/**
 * Migrations by stored version, then the field-by-field restore.
 * 1 → 2: each scenario gains per-stream acquisition and payment fees,
 * capacity, token prices and ranges (src/worksheet/io/upgrade.ts, which
 * `restoreScenario` applies to every stored scenario).
 */
export function migrateWorksheet(persisted: unknown, version: number): PersistedWorksheet {
  switch (version) {
    case 1:
    default:
      return restoreWorksheet(persisted);
  }
}

export const useWorksheet = create<WorksheetState>()(
  persist(
    (set, get) => {
      const add = (scenario: Scenario): string | null => {
        if (get().scenarios.length >= MAX_SCENARIOS) return null;
        set((state) => ({ scenarios: [...state.scenarios, scenario], activeId: scenario.id }));
        return scenario.id;
      };
      return {
        ...defaultState(),
        lastDeleted: null,
        updateActive: (change) =>
          set((state) => ({ scenarios: state.scenarios.map((s) => (s.id === state.activeId ? change(s) : s)) })),
        select: (id) => {
          if (get().scenarios.some((s) => s.id === id)) set({ activeId: id });
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
      };
    },
    {
      name: WORKSHEET_STORAGE_KEY,
      version: WORKSHEET_VERSION,
      storage: safeStorage<PersistedWorksheet>(),
      partialize: (state): PersistedWorksheet => ({
        scenarios: state.scenarios,
        activeId: state.activeId,
        compareIds: state.compareIds,
      }),
      migrate: (persisted, version) => migrateWorksheet(persisted, version),
      // Nothing stored yet (first visit): keep the fresh default.
      merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...restoreWorksheet(persisted) }),
    },
  ),
);

/** The active scenario (always present: the list is never empty). */
export function selectActive(state: WorksheetState): Scenario {
  return state.scenarios.find((s) => s.id === state.activeId) ?? (state.scenarios[0] as Scenario);
}
