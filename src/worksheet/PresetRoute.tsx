/**
 * `#/worksheet/preset/<id>`: adds that preset as a new scenario (once per
 * visit: a reload of the same link, or an unchanged copy already saved,
 * selects it instead of adding another), makes it active, opens the
 * worksheet and says which preset is loaded. An unknown id gets a message
 * listing the known ones.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { useSettings } from '../store/settings';
import { MAX_SCENARIOS, useWorksheet } from '../store/worksheet';
import { markHandled, sameInputs, wasHandled } from './handled-link';
import { newScenarioId } from './ids';
import { isPresetId, presetScenario, PRESET_IDS } from './model/presets';
import { presetBody, presetTitle } from './ScenarioBar';
import './worksheet.css';

export default function PresetRoute({ presetId }: { presetId: string }) {
  const known = isPresetId(presetId);
  const handled = useRef<string | null>(null);
  const [outcome, setOutcome] = useState<'added' | 'selected' | 'handled' | 'full'>('added');

  useEffect(() => {
    if (!isPresetId(presetId) || handled.current === presetId) return;
    handled.current = presetId;
    const store = useWorksheet.getState();
    const fresh = presetScenario(presetId, newScenarioId(), presetTitle(presetId));
    const existing = store.scenarios.find((s) => sameInputs(s, fresh));
    let next: typeof outcome;
    if (existing) {
      store.select(existing.id);
      next = 'selected';
    } else if (wasHandled(`preset/${presetId}`)) {
      next = 'handled';
    } else {
      next = store.addPreset(presetId, presetTitle(presetId)) === null ? 'full' : 'added';
    }
    setOutcome(next);
    markHandled(`preset/${presetId}`);
    useSettings.getState().setWorksheetOpen(true);
  }, [presetId]);

  return (
    <section className="ws-route" aria-labelledby="ws-preset-heading">
      <h1 id="ws-preset-heading">{known ? presetTitle(presetId) : t('worksheet.preset.heading')}</h1>
      {!known ? (
        <p className="ws-error" role="alert">
          {t('worksheet.preset.unknown', { id: presetId.slice(0, 60), known: PRESET_IDS.join(', ') })}
        </p>
      ) : outcome === 'full' ? (
        <p className="ws-error" role="alert">{t('worksheet.scenario.full', { max: MAX_SCENARIOS })}</p>
      ) : (
        <>
          <p className="ws-ok" role="status">{t(`worksheet.preset.${outcome === 'added' ? 'loaded' : outcome}`, { title: presetTitle(presetId) })}</p>
          <p>{presetBody(presetId)}</p>
        </>
      )}
    </section>
  );
}
