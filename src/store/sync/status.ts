/**
 * What the saving layer tells the user about each store: whether it writes
 * its usual key, or works from a copy because the saved data was written by
 * a newer build (left untouched) or is damaged and could not be set aside.
 */
import { create } from 'zustand';

export type SyncMode =
  | { readonly kind: 'main' }
  /** `version`: the stored format; `known`: the newest this build reads. */
  | { readonly kind: 'newer'; readonly version: number; readonly known: number; readonly copyKey: string }
  | { readonly kind: 'blocked'; readonly copyKey: string };

interface SyncStatusState {
  /** By store key (`lml.editor`, …). */
  readonly modes: Readonly<Record<string, SyncMode>>;
}

export const useSyncStatus = create<SyncStatusState>()(() => ({ modes: {} }));

export function setSyncMode(key: string, mode: SyncMode): void {
  useSyncStatus.setState((s) => ({ modes: { ...s.modes, [key]: mode } }));
}

/** The key where a store writes while it cannot write its own: `lml.editor.v2`. */
export function copyKeyOf(key: string, version: number): string {
  return `${key}.v${version}`;
}
