/**
 * The code pane's remembered state: the user's edits per lesson and example,
 * the values they gave the examples' settings (`lab.control`, with the specs
 * the last run declared, so the settings show after a reload), and the
 * backend they chose. Only inputs are stored (never run output).
 *
 * Key of an edit: `<lessonSlug>/<exampleId>`. An absent key means "the
 * starter code"; resetting deletes the key, so a later change to the starter
 * code in `content/` reaches users who never edited that example.
 *
 * Saved item by item under `lml.editor` (editor-doc.ts, sync/): two tabs
 * editing different examples never undo each other, and a tab shows what
 * another saved.
 */
import { create } from 'zustand';
import type { BackendChoice, ControlValue } from '../runtime/protocol';
import { editorDocSchema, type StoredControl } from './editor-doc';
import { readItems } from './sync/doc';
import { isGone, type Adoption, type DocItems } from './sync/entries';
import { syncStore } from './sync/synced-store';

export { EDITOR_VERSION, type StoredControl } from './editor-doc';

export interface EditorState {
  /** Edited code by `codeKey(lesson, example)`. */
  readonly codes: Readonly<Record<string, string>>;
  /** The student's setting values by `codeKey`, then by control name. */
  readonly controlValues: Readonly<Record<string, Readonly<Record<string, ControlValue>>>>;
  /** The settings each example declared in its last run, by `codeKey`. */
  readonly controlSpecs: Readonly<Record<string, readonly StoredControl[]>>;
  readonly backend: BackendChoice;
  readonly setCode: (key: string, code: string) => void;
  readonly resetCode: (key: string) => void;
  readonly setControlValue: (key: string, name: string, value: ControlValue) => void;
  readonly rememberControls: (key: string, controls: readonly StoredControl[]) => void;
  readonly resetControls: (key: string) => void;
  readonly setBackend: (backend: BackendChoice) => void;
}

type PersistedEditor = Pick<EditorState, 'codes' | 'controlValues' | 'controlSpecs' | 'backend'>;

export const EDITOR_STORAGE_KEY = 'lml.editor';

const DEFAULTS: PersistedEditor = { codes: {}, controlValues: {}, controlSpecs: {}, backend: 'auto' };

export function codeKey(lessonSlug: string, exampleId: string): string {
  return `${lessonSlug}/${exampleId}`;
}

const MAP_FIELDS = ['codes', 'controlValues', 'controlSpecs'] as const;

/** The state with stored versions taken on (a deletion removes the key; the backend falls back to auto). */
export function adoptEditor(state: PersistedEditor, changes: readonly Adoption[]): Partial<PersistedEditor> {
  const next: { -readonly [K in keyof PersistedEditor]?: PersistedEditor[K] } = {};
  for (const { collection, key, entry } of changes) {
    if (collection === 'prefs') {
      next.backend = isGone(entry) ? DEFAULTS.backend : (entry.value as BackendChoice);
      continue;
    }
    const field = MAP_FIELDS.find((f) => f === collection);
    if (!field) continue;
    const map = new Map(Object.entries(next[field] ?? state[field]));
    if (isGone(entry)) map.delete(key);
    else map.set(key, entry.value);
    (next as Record<string, unknown>)[field] = Object.fromEntries(map);
  }
  return next;
}

/**
 * Rebuilds format-1 state field by field: a wrong type drops only that field
 * (or that one saved example), never the rest. (Loading uses the same checks.)
 */
export function restoreEditor(raw: unknown): PersistedEditor {
  const items: DocItems = editorDocSchema.upgrade(1, raw, 0) ?? {};
  const { items: checked } = readItems(items, editorDocSchema);
  const changes: Adoption[] = [];
  for (const [collection, entries] of Object.entries(checked)) {
    for (const [key, entry] of Object.entries(entries)) changes.push({ collection, key, entry });
  }
  return { ...DEFAULTS, ...adoptEditor(DEFAULTS, changes) };
}

export const useEditorStore = create<EditorState>()((set) => ({
  ...DEFAULTS,
  setCode: (key, code) => set((s) => ({ codes: { ...s.codes, [key]: code } })),
  resetCode: (key) =>
    set((s) => {
      const { [key]: _removed, ...codes } = s.codes;
      return { codes };
    }),
  setControlValue: (key, name, value) =>
    set((s) => ({ controlValues: { ...s.controlValues, [key]: { ...s.controlValues[key], [name]: value } } })),
  rememberControls: (key, controls) =>
    set((s) => (JSON.stringify(s.controlSpecs[key]) === JSON.stringify(controls) ? {} : { controlSpecs: { ...s.controlSpecs, [key]: [...controls] } })),
  resetControls: (key) =>
    set((s) => {
      const { [key]: _removed, ...controlValues } = s.controlValues;
      return { controlValues };
    }),
  setBackend: (backend) => set({ backend }),
}));

export const editorSync = syncStore(useEditorStore, {
  key: EDITOR_STORAGE_KEY,
  schema: editorDocSchema,
  policies: { codes: {}, controlValues: {}, controlSpecs: {}, prefs: {} },
  items: (state) => ({
    codes: new Map(Object.entries(state.codes)),
    controlValues: new Map(Object.entries(state.controlValues)),
    controlSpecs: new Map(Object.entries(state.controlSpecs)),
    prefs: new Map([['backend', state.backend]]),
  }),
  adopt: (state, changes) => adoptEditor(state, changes),
  describe: (collection, key) => {
    if (collection === 'codes') return { kind: 'code', name: key };
    if (collection === 'controlValues') return { kind: 'controlValues', name: key };
    if (collection === 'controlSpecs') return { kind: 'controlSpecs', name: key };
    return { kind: 'setting', name: key };
  },
});
