/**
 * The speed lab's last report on this device (speed/results.ts), kept so the
 * page shows it again after a reload. A measurement of this device, not the
 * reader's work: not part of "Export my work" (the page exports it as its
 * own file). A stored report that fails its check is dropped.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { parseReport, type SpeedReport } from '../speed/results';
import { guardedPersistStorage } from './sync/guarded-persist';

export const SPEED_LAB_VERSION = 1;

interface PersistedSpeedLab {
  readonly report: SpeedReport | null;
}

export interface SpeedLabState extends PersistedSpeedLab {
  readonly keep: (report: SpeedReport) => void;
  readonly clear: () => void;
}

export function restoreSpeedLab(raw: unknown): PersistedSpeedLab {
  const report = (raw as { report?: unknown } | null)?.report;
  const parsed = report === undefined || report === null ? null : parseReport(report);
  return { report: parsed?.ok ? parsed.value : null };
}

export const useSpeedLab = create<SpeedLabState>()(
  persist(
    (set) => ({
      report: null,
      keep: (report) => set({ report }),
      clear: () => set({ report: null }),
    }),
    {
      name: 'lml.speed-lab',
      version: SPEED_LAB_VERSION,
      storage: guardedPersistStorage<PersistedSpeedLab>(SPEED_LAB_VERSION),
      partialize: (state): PersistedSpeedLab => ({ report: state.report }),
      migrate: (persisted) => restoreSpeedLab(persisted),
      merge: (persisted, current) => ({ ...current, ...restoreSpeedLab(persisted) }),
    },
  ),
);
