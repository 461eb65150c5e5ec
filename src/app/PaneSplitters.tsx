/**
 * The two splitters of the workspace, wired to the saved pane sizes: one at
 * the left edge of the code pane, between lesson and code (its value is the
 * lesson's share, in %), one at the left edge of the worksheet column (its
 * value is the worksheet's width in px). Each sits inside the landmark of
 * the pane it borders, so screen readers find it there.
 * While a splitter is dragged the layout follows it through the layout
 * store; the settings save the position when the drag ends.
 */
import { t } from '../i18n';
import { clampPane, PANE_LIMITS, type PaneSizes } from '../store/pane-sizes';
import { useSettings } from '../store/settings';
import { useLayout } from './layout-store';
import { Splitter } from './Splitter';

function useSizes(): { sizes: PaneSizes; move: (s: PaneSizes) => void; commit: (s: PaneSizes) => void } {
  const saved = useSettings((s) => s.paneSizes);
  const setPaneSizes = useSettings((s) => s.setPaneSizes);
  const dragged = useLayout((s) => s.draggedSizes);
  const setDraggedSizes = useLayout((s) => s.setDraggedSizes);
  return {
    sizes: dragged ?? saved,
    move: setDraggedSizes,
    commit: (sizes) => {
      setPaneSizes(sizes);
      setDraggedSizes(null);
    },
  };
}

/** Between the lesson (`#main`) and the code pane (the splitter's parent). */
export function LessonCodeSplitter() {
  const { sizes, move, commit } = useSizes();
  const { min, max } = PANE_LIMITS.lessonPercent;
  const valueAt = (x: number, splitter: HTMLElement) => {
    const left = document.getElementById('main')?.getBoundingClientRect().left ?? 0;
    const right = splitter.parentElement?.getBoundingClientRect().right ?? window.innerWidth;
    return right > left ? ((x - left) / (right - left)) * 100 : sizes.lessonPercent;
  };
  const at = (lessonPercent: number) => ({ ...sizes, lessonPercent: clampPane(Math.round(lessonPercent * 10) / 10, PANE_LIMITS.lessonPercent) });
  return (
    <Splitter
      label={t('app.splitter.lessonCode')}
      controls="main"
      value={sizes.lessonPercent}
      min={min}
      max={max}
      step={2}
      direction={1}
      valueText={t('app.splitter.lessonCodeValue', { percent: Math.round(sizes.lessonPercent) })}
      valueAt={valueAt}
      onMove={(v) => move(at(v))}
      onCommit={(v) => commit(at(v))}
    />
  );
}

/** At the left edge of the worksheet column (`#worksheet`, the splitter's parent). */
export function WorksheetSplitter() {
  const { sizes, move, commit } = useSizes();
  const { min, max } = PANE_LIMITS.worksheetPx;
  const valueAt = (x: number, splitter: HTMLElement) =>
    (splitter.parentElement?.getBoundingClientRect().right ?? window.innerWidth) - x;
  const at = (worksheetPx: number) => ({ ...sizes, worksheetPx: clampPane(Math.round(worksheetPx), PANE_LIMITS.worksheetPx) });
  return (
    <Splitter
      label={t('app.splitter.worksheet')}
      controls="worksheet"
      value={sizes.worksheetPx}
      min={min}
      max={max}
      step={20}
      direction={-1}
      valueText={t('app.splitter.worksheetValue', { px: Math.round(sizes.worksheetPx) })}
      valueAt={valueAt}
      onMove={(v) => move(at(v))}
      onCommit={(v) => commit(at(v))}
    />
  );
}
