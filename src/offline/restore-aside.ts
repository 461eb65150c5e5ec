/**
 * Restoring something kept aside (loaded on first use): a code version goes
 * back into its example (the version it replaces is kept aside in turn), a
 * scenario comes back as a new scenario. Both are checked on the stores'
 * schemas first; anything else can only be downloaded.
 */
import { t } from '../i18n';
import { err, ok, type Result } from '../result';
import { EDITOR_STORAGE_KEY, useEditorStore } from '../store/editor';
import { editorDocSchema } from '../store/editor-doc';
import { discardAside, keepAside, type AsideEntry } from '../store/kept-aside';
import { useWorksheet } from '../store/worksheet';
import { checkScenario } from '../store/worksheet-doc';
import { newScenarioId } from '../worksheet/ids';
import type { ScenarioInputs } from '../worksheet/io/scenarioFile';



export function restoreAside(entry: AsideEntry): Result<string> {
  const key = entry.item.slice(entry.item.indexOf('/') + 1);
  if (entry.kind === 'code') {
    const checked = editorDocSchema.collections['codes']?.check(entry.text, key);
    if (!checked?.ok || !editorDocSchema.collections['codes']?.validKey(key)) return err(t('offline.aside.restoreFailed', { reason: checked && !checked.ok ? checked.problem : key }));
    const store = useEditorStore.getState();
    const current = store.codes[key];
    if (current !== undefined && current !== entry.text) {
      keepAside({ reason: 'replaced', source: EDITOR_STORAGE_KEY, kind: 'code', item: entry.item, name: entry.name, detail: '', text: current });
    }
    store.setCode(key, entry.text);
    discardAside(entry.id);
    return ok(t('offline.aside.restoredCode', { name: entry.name }));
  }
  if (entry.kind === 'scenario') {
    let value: unknown;
    try {
      value = JSON.parse(entry.text);
    } catch {
      return err(t('offline.aside.restoreFailed', { reason: t('storage.problem.notJson', { detail: '' }) }));
    }
    const checked = checkScenario(value, newScenarioId());
    if (!checked.ok) return err(t('offline.aside.restoreFailed', { reason: checked.problem }));
    const { id: _id, ...inputs } = checked.value as ScenarioInputs & { id: string };
    const id = useWorksheet.getState().addScenario(inputs);
    if (id === null) return err(t('offline.aside.restoreFailed', { reason: t('worksheet.scenario.full', { max: 50 }) }));
    discardAside(entry.id);
    return ok(t('offline.aside.restoredScenario', { name: inputs.name }));
  }
  return err(t('offline.aside.restoreFailed', { reason: entry.kind }));
}
