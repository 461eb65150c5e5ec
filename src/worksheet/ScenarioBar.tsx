/** Choose, rename, save as new, duplicate and delete (with undo) scenarios; add one from a preset. */
import { useId, useState } from 'react';
import { t, type MessageKey } from '../i18n';
import { MAX_SCENARIOS, selectActive, useWorksheet } from '../store/worksheet';
import { PRESET_IDS, type PresetId } from './model/presets';
import { shown } from './shipped-text';

export const presetTitle = (id: PresetId): string => t(`worksheet.preset.${id}.title` as MessageKey);
export const presetBody = (id: PresetId): string => t(`worksheet.preset.${id}.body` as MessageKey);

export function ScenarioBar() {
  const scenarios = useWorksheet((s) => s.scenarios);
  const active = useWorksheet(selectActive);
  const lastDeleted = useWorksheet((s) => s.lastDeleted);
  const deletedElsewhere = useWorksheet((s) => s.deletedElsewhere);
  const { select, rename, duplicate, remove, undoRemove, addPreset, dismissDeletedElsewhere } = useWorksheet.getState();
  const selectId = useId();
  const [name, setName] = useState(shown(active.name));
  const [shownId, setShownId] = useState(active.id);
  const [saveAsName, setSaveAsName] = useState('');
  const [preset, setPreset] = useState<PresetId>('hybrid');
  const [message, setMessage] = useState<string | null>(null);
  if (shownId !== active.id) {
    setShownId(active.id);
    setName(shown(active.name));
  }
  const full = () => setMessage(t('worksheet.scenario.full', { max: MAX_SCENARIOS }));

  return (
    <section className="ws-scenarios" aria-label={t('worksheet.scenario.section')}>
      <div className="ws-field">
        <label htmlFor={selectId}>{t('worksheet.scenario.label')}</label>
        <select id={selectId} value={active.id} onChange={(e) => select(e.target.value)}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {shown(s.name)}
            </option>
          ))}
        </select>
      </div>
      <p className="ws-note">{t('worksheet.scenario.autosave')}</p>
      <details className="ws-section">
        <summary>{t('worksheet.scenario.name')}</summary>
        <div className="ws-section-body">
          <form
            className="ws-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              rename(active.id, name);
            }}
          >
            <label className="ws-field">
              <span>{t('worksheet.scenario.name')}</span>
              <input type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit">{t('worksheet.scenario.rename')}</button>
          </form>
          <form
            className="ws-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const chosen = saveAsName.trim() || t('worksheet.scenario.copyName', { name: shown(active.name) });
              if (duplicate(active.id, chosen) === null) full();
              else {
                setMessage(t('worksheet.scenario.saved', { name: chosen }));
                setSaveAsName('');
              }
            }}
          >
            <label className="ws-field">
              <span>{t('worksheet.scenario.saveAsName')}</span>
              <input type="text" value={saveAsName} maxLength={80} onChange={(e) => setSaveAsName(e.target.value)} />
            </label>
            <button type="submit">{t('worksheet.scenario.saveAs')}</button>
          </form>
          <div className="ws-buttons">
            <button type="button" onClick={() => (duplicate(active.id, t('worksheet.scenario.copyName', { name: shown(active.name) })) === null ? full() : setMessage(null))}>
              {t('worksheet.scenario.duplicate')}
            </button>
            <button type="button" className="ws-danger" onClick={() => { remove(active.id); setMessage(null); }}>
              {t('worksheet.scenario.delete')}
            </button>
          </div>
        </div>
      </details>
      <details className="ws-section">
        <summary>{t('worksheet.preset.heading')}</summary>
        <div className="ws-section-body">
          <label className="ws-field">
            <span>{t('worksheet.preset.choose')}</span>
            <select value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
              {PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {presetTitle(id)}
                </option>
              ))}
            </select>
          </label>
          <p className="ws-note">{presetBody(preset)}</p>
          <button type="button" onClick={() => (addPreset(preset, presetTitle(preset)) === null ? full() : setMessage(null))}>
            {t('worksheet.preset.add')}
          </button>
        </div>
      </details>
      {lastDeleted && (
        <p className="ws-ok" role="status">
          {t('worksheet.scenario.deleted', { name: shown(lastDeleted.scenario.name) })}{' '}
          <button type="button" className="ws-small-button" onClick={undoRemove}>
            {t('worksheet.scenario.undo')}
          </button>
        </p>
      )}
      {message && (
        <p className="ws-ok" role="status">
          {message}
        </p>
      )}
      {deletedElsewhere && (
        <p className="ws-ok" role="status" data-testid="deleted-elsewhere">
          {t('worksheet.scenario.deletedElsewhere', { name: shown(deletedElsewhere.name) })}{' '}
          <button type="button" className="ws-small-button" onClick={dismissDeletedElsewhere}>
            {t('offline.dismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
