/**
 * The code pane's remembered state: the user's edits per lesson and example,
 * and the backend they chose. Only inputs are stored (never run output).
 *
 * Key of an edit: `<lessonSlug>/<exampleId>`. An absent key means "the
 * starter code"; resetting deletes the key, so a later change to the starter
 * code in `content/` reaches users who never edited that example.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { BackendChoice } from '../runtime/protocol';
import { safeStorage } from './storage';

export interface EditorState {
  /** Edited code by `codeKey(lesson, example)`. */
  readonly codes: Readonly<Record<string, string>>;
  readonly backend: BackendChoice;
  setCode(key: string, code: string): void;
  resetCode(key: string): void;
  setBackend(backend: BackendChoice): void;
}

interface PersistedEditor {
  readonly codes: Readonly<Record<string, string>>;
  readonly backend: BackendChoice;
}

export const EDITOR_STORAGE_KEY = 'lml.editor';
export const EDITOR_VERSION = 1;

const DEFAULTS: PersistedEditor = { codes: {}, backend: 'auto' };

export function codeKey(lessonSlug: string, exampleId: string): string {
  return `${lessonSlug}/${exampleId}`;
}

const isBackendChoice = (v: unknown): v is BackendChoice =>
  v === 'auto' || v === 'webgpu' || v === 'webgl' || v === 'cpu';

/**
 * Rebuilds the persisted state field by field from defaults: a wrong type
 * drops only that field (or that one saved example), never the rest.
 */
export function restoreEditor(raw: unknown): PersistedEditor {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rawCodes = value['codes'];
  const codes: Record<string, string> = {};
  if (typeof rawCodes === 'object' && rawCodes !== null && !Array.isArray(rawCodes)) {
    for (const [key, code] of Object.entries(rawCodes as Record<string, unknown>)) {
      if (typeof code === 'string') codes[key] = code;
    }
  }
  const backend = value['backend'];
  return { codes, backend: isBackendChoice(backend) ? backend : DEFAULTS.backend };
}

export const useEditorStore = create<EditorState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setCode: (key, code) => set((s) => ({ codes: { ...s.codes, [key]: code } })),
      resetCode: (key) =>
        set((s) => {
          const { [key]: _removed, ...codes } = s.codes;
          return { codes };
        }),
      setBackend: (backend) => set({ backend }),
    }),
    {
      name: EDITOR_STORAGE_KEY,
      version: EDITOR_VERSION,
      storage: safeStorage<PersistedEditor>(),
      partialize: (state): PersistedEditor => ({ codes: state.codes, backend: state.backend }),
      migrate: (persisted) => restoreEditor(persisted),
      merge: (persisted, current) => ({ ...current, ...restoreEditor(persisted) }),
    },
  ),
);
