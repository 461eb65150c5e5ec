/**
 * `#/worksheet/preset/<id>`: adds that preset as a new scenario (once per
 * visit), makes it active, opens the worksheet and says which preset is
 * loaded. An unknown id gets a message listing the known ones.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { useSettings } from '../store/settings';
import { MAX_SCENARIOS, useWorksheet } from '../store/worksheet';
import { isPresetId, PRESET_IDS } from './model/presets';
import { presetBody, presetTitle } from './ScenarioBar';
import './worksheet.css';

export default function PresetRoute({ presetId }: { presetId: string }) {
  const known = isPresetId(presetId);
  const handled = useRef<string | null>(null);
  const [full, setFull] = useState(false);

  useEffect(() => {
    if (!isPresetId(presetId) || handled.current === presetId) return;
    handled.current = presetId;
    const id = useWorksheet.getState().addPreset(presetId, presetTitle(presetId));
    setFull(id === null);
    useSettings.getState().setWorksheetOpen(true);
  }, [presetId]);

  return (
    <section className="ws-route" aria-labelledby="ws-preset-heading">
      <h1 id="ws-preset-heading">{known ? presetTitle(presetId) : t('worksheet.preset.heading')}</h1>
      {!known ? (
        <p className="ws-error" role="alert">
          {t('worksheet.preset.unknown', { id: presetId.slice(0, 60), known: PRESET_IDS.join(', ') })}
        </p>
      ) : full ? (
        <p className="ws-error" role="alert">{t('worksheet.scenario.full', { max: MAX_SCENARIOS })}</p>
      ) : (
        <>
          <p className="ws-ok" role="status">{t('worksheet.preset.loaded', { title: presetTitle(presetId) })}</p>
          <p>{presetBody(presetId)}</p>
        </>
      )}
    </section>
  );
}
