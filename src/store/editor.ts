/**
 * The code pane's remembered state: the user's edits per lesson and example,
 * the values they gave the examples' settings (`lab.control`, with the specs
 * the last run declared, so the settings show after a reload), and the
 * backend they chose. Only inputs are stored (never run output).
 *
 * Key of an edit: `<lessonSlug>/<exampleId>`. An absent key means "the
 * starter code"; resetting deletes the key, so a later change to the starter
 * code in `content/` reaches users who never edited that example.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isControlSpec, isControlValue, type BackendChoice, type ControlSpec, type ControlValue } from '../runtime/protocol';
import { safeStorage } from './storage';

/** A setting an example's last run declared. */
export interface StoredControl {
  readonly name: string;
  readonly spec: ControlSpec;
}

export interface EditorState {
  /** Edited code by `codeKey(lesson, example)`. */
  readonly codes: Readonly<Record<string, string>>;
  /** The student's setting values by `codeKey`, then by control name. */
  readonly controlValues: Readonly<Record<string, Readonly<Record<string, ControlValue>>>>;
  /** The settings each example declared in its last run, by `codeKey`. */
  readonly controlSpecs: Readonly<Record<string, readonly StoredControl[]>>;
  readonly backend: BackendChoice;
  setCode(key: string, code: string): void;
  resetCode(key: string): void;
  setControlValue(key: string, name: string, value: ControlValue): void;
  rememberControls(key: string, controls: readonly StoredControl[]): void;
  resetControls(key: string): void;
  setBackend(backend: BackendChoice): void;
}

interface PersistedEditor {
  readonly codes: Readonly<Record<string, string>>;
  readonly controlValues: Readonly<Record<string, Readonly<Record<string, ControlValue>>>>;
  readonly controlSpecs: Readonly<Record<string, readonly StoredControl[]>>;
  readonly backend: BackendChoice;
}

export const EDITOR_STORAGE_KEY = 'lml.editor';
export const EDITOR_VERSION = 1;

const DEFAULTS: PersistedEditor = { codes: {}, controlValues: {}, controlSpecs: {}, backend: 'auto' };

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
  const controlValues: Record<string, Record<string, ControlValue>> = {};
  for (const [key, values] of entriesOf(value['controlValues'])) {
    const kept = Object.fromEntries(entriesOf(values).filter(([, v]) => isControlValue(v))) as Record<string, ControlValue>;
    if (Object.keys(kept).length > 0) controlValues[key] = kept;
  }
  const controlSpecs: Record<string, StoredControl[]> = {};
  for (const [key, list] of entriesOf(value['controlSpecs'])) {
    if (!Array.isArray(list)) continue;
    const kept = list.filter((c): c is StoredControl => typeof c === 'object' && c !== null && typeof (c as StoredControl).name === 'string' && isControlSpec((c as StoredControl).spec));
    if (kept.length > 0) controlSpecs[key] = kept;
  }
  const backend = value['backend'];
  return { codes, controlValues, controlSpecs, backend: isBackendChoice(backend) ? backend : DEFAULTS.backend };
}

/** The entries of a plain object; nothing for anything else. */
function entriesOf(raw: unknown): [string, unknown][] {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.entries(raw as Record<string, unknown>) : [];
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
      setControlValue: (key, name, value) =>
        set((s) => ({ controlValues: { ...s.controlValues, [key]: { ...s.controlValues[key], [name]: value } } })),
      rememberControls: (key, controls) => set((s) => ({ controlSpecs: { ...s.controlSpecs, [key]: [...controls] } })),
      resetControls: (key) =>
        set((s) => {
          const { [key]: _removed, ...controlValues } = s.controlValues;
          return { controlValues };
        }),
      setBackend: (backend) => set({ backend }),
    }),
    {
      name: EDITOR_STORAGE_KEY,
      version: EDITOR_VERSION,
      storage: safeStorage<PersistedEditor>(),
      partialize: (state): PersistedEditor => ({
        codes: state.codes,
        controlValues: state.controlValues,
        controlSpecs: state.controlSpecs,
        backend: state.backend,
      }),
      migrate: (persisted) => restoreEditor(persisted),
      merge: (persisted, current) => ({ ...current, ...restoreEditor(persisted) }),
    },
  ),
);
