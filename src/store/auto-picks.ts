/**
 * What Auto measured and chose, per example (its code key) on this device
 * (speed/auto-pick.ts). A measurement of this device, not the reader's
 * work: it is not part of "Export my work", and a damaged or unknown entry
 * is dropped (Auto then measures again).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { BACKEND_ORDER, type BackendName } from '../runtime/protocol/backends';
import type { AutoPick, AutoReason } from '../speed/auto-pick';
import { isSpeedModelId } from '../speed/models';
import { guardedPersistStorage } from './sync/guarded-persist';

/** Enough for every example of the course several times over; the oldest go first. */
const MAX_PICKS = 200;
export const AUTO_PICKS_VERSION = 1;

interface PersistedPicks {
  readonly picks: Readonly<Record<string, AutoPick>>;
}

export interface AutoPicksState extends PersistedPicks {
  readonly remember: (key: string, pick: AutoPick) => void;
  readonly forget: (key: string) => void;
}

const isBackend = (v: unknown): v is BackendName => (BACKEND_ORDER as readonly unknown[]).includes(v);
const backendList = (v: unknown): v is BackendName[] => Array.isArray(v) && v.every(isBackend);

function isReason(v: unknown): v is AutoReason {
  const r = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  if (r['kind'] === 'only') return backendList(r['passedOver']);
  if (r['kind'] !== 'measured' || !backendList(r['passedOver'])) return false;
  const ratio = r['ratio'];
  const over = r['over'];
  const rejected = r['rejected'] as Record<string, unknown> | null | undefined;
  return (
    (ratio === null || (typeof ratio === 'number' && ratio > 0)) &&
    (over === null || isBackend(over)) &&
    (rejected === null || (typeof rejected === 'object' && isBackend(rejected['backend']) && typeof rejected['relative'] === 'number'))
  );
}

function isPick(v: unknown): v is AutoPick {
  const p = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  return isBackend(p['backend']) && isReason(p['reason']) && isSpeedModelId(p['model']) && typeof p['measuredAt'] === 'string' && typeof p['device'] === 'string';
}

export function restorePicks(raw: unknown): PersistedPicks {
  const picks = (raw as { picks?: unknown } | null)?.picks;
  if (typeof picks !== 'object' || picks === null) return { picks: {} };
  const kept = Object.entries(picks as Record<string, unknown>).filter((entry): entry is [string, AutoPick] => isPick(entry[1]));
  return { picks: Object.fromEntries(kept.slice(-MAX_PICKS)) };
}

export const useAutoPicks = create<AutoPicksState>()(
  persist(
    (set) => ({
      picks: {},
      remember: (key, pick) =>
        set((state) => {
          const { [key]: _replaced, ...rest } = state.picks;
          const entries: [string, AutoPick][] = [...Object.entries(rest), [key, pick]];
          return { picks: Object.fromEntries(entries.slice(-MAX_PICKS)) };
        }),
      forget: (key) =>
        set((state) => {
          const { [key]: _gone, ...rest } = state.picks;
          return { picks: rest };
        }),
    }),
    {
      name: 'lml.auto-picks',
      version: AUTO_PICKS_VERSION,
      storage: guardedPersistStorage<PersistedPicks>(AUTO_PICKS_VERSION),
      partialize: (state): PersistedPicks => ({ picks: state.picks }),
      migrate: (persisted) => restorePicks(persisted),
      merge: (persisted, current) => ({ ...current, ...restorePicks(persisted) }),
    },
  ),
);
