/**
 * The backend badge (what the last run used, the WebGPU adapter's name,
 * whether it fell back), the menu to choose one (remembered in the store)
 * and the way to the speed lab, which measures them all on this device.
 */
import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../i18n';
import { detectBackendsOnce, detectionStarted, type BackendAvailability } from '../runtime/detect-backends';
import { BACKEND_ORDER, expectedBackend, type BackendChoice, type BackendInfo, type BackendName } from '../runtime/protocol';
import { autoCandidates } from '../speed/auto-pick';
import { backendName, choiceName } from './backend-names';

/**
 * What this browser offers, detected once per page (detectBackendsOnce), and
 * only once the reader turns to the code (opens the editor, runs, or points
 * at the backend menu): too costly for a page just opened.
 */
function useAvailability(wanted: boolean): BackendAvailability | null {
  const [availability, setAvailability] = useState<BackendAvailability | null>(null);
  useEffect(() => {
    if (!wanted && !detectionStarted()) return;
    let cancelled = false;
    void detectBackendsOnce().then((value) => {
      if (!cancelled) setAvailability(value);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return availability;
}

const isAvailable = (a: BackendAvailability, b: BackendName): boolean =>
  b === 'webgpu' ? a.webgpu.available : b === 'webgl' ? a.webgl : true;

function badgeText(info: BackendInfo | null, availability: BackendAvailability | null, choice: BackendChoice, asked: boolean, autoPick: BackendName | null): string {
  if (info) {
    if (info.fellBackFrom) {
      const names = { from: backendName(info.fellBackFrom.backend), backend: backendName(info.backend) };
      return info.fellBackFrom.software ? t('runtime.badge.passedOverSoftware', names) : t('runtime.badge.fellBack', names);
    }
    return info.adapter
      ? t('runtime.badge.usingAdapter', { backend: backendName(info.backend), adapter: info.adapter })
      : t('runtime.badge.using', { backend: backendName(info.backend) });
  }
  if (!availability) return asked ? t('runtime.badge.checking') : t('runtime.badge.notChecked');
  if (choice === 'auto' && autoPick) return t('runtime.badge.willUse', { backend: backendName(autoPick) });
  // What Auto may pick: available and not an emulated GPU (speed/auto-pick.ts).
  const usable = (b: BackendName) => (choice === 'auto' ? autoCandidates(availability).includes(b) : isAvailable(availability, b));
  return t('runtime.badge.willUse', { backend: backendName(expectedBackend(choice, usable)) });
}

export interface BackendControlsProps {
  readonly choice: BackendChoice;
  readonly onChoose: (choice: BackendChoice) => void;
  /** From the last run's `started` event; null before any run. */
  readonly info: BackendInfo | null;
  readonly disabled: boolean;
  /** The reader has turned to the code (editor opened or Run pressed): find out what this browser offers. */
  readonly detect: boolean;
  /** What Auto measured and chose for this example on this device, if it has (useAutoBackend.ts). */
  readonly autoPick?: BackendName | null;
}

export function BackendControls({ choice, onChoose, info, disabled, detect, autoPick = null }: BackendControlsProps) {
  const [pointed, setPointed] = useState(false);
  const asked = detect || pointed;
  const availability = useAvailability(asked);
  const menuId = useId();
  const choices: BackendChoice[] = ['auto', ...BACKEND_ORDER];
  return (
    <div className="lml-backend" onPointerEnter={() => setPointed(true)} onFocus={() => setPointed(true)}>
      <span className="lml-backend-menu">
        <label htmlFor={menuId}>{t('runtime.backend.label')}</label>
        <select
          id={menuId}
          value={choice}
          disabled={disabled}
          onChange={(event) => onChoose(event.target.value as BackendChoice)}
          data-testid="backend-menu"
        >
          {choices.map((c) => (
            <option key={c} value={c}>
              {c !== 'auto' && availability && !isAvailable(availability, c)
                ? t('runtime.backend.unavailable', { backend: choiceName(c) })
                : choiceName(c)}
            </option>
          ))}
        </select>
      </span>
      <output
        className={`lml-badge${info?.fellBackFrom ? ' lml-badge-fallback' : ''}`}
        aria-label={t('runtime.badge.label')}
        data-testid="backend-badge"
        data-backend={info?.backend ?? ''}
        title={info?.fellBackFrom?.reason}
      >
        {badgeText(info, availability, choice, asked, autoPick)}
      </output>
      <Link href="/speed-lab" className="lml-speed-link" data-testid="speed-lab-link">
        {t('runtime.backend.lab')}
      </Link>
    </div>
  );
}
