/** On narrow screens (the `tabs` layout): Lesson · Code · Worksheet, one pane shown at a time. */
import { t, type MessageKey } from '../i18n';
import { useLayout, type PaneId } from './layout-store';

const PANE_LABELS: Record<PaneId, MessageKey> = {
  lesson: 'app.pane.lesson',
  editor: 'app.pane.editor',
  worksheet: 'app.pane.worksheet',
};

const PANE_IDS: Record<PaneId, string> = { lesson: 'main', editor: 'code-pane', worksheet: 'worksheet' };

export function PaneTabs() {
  const activePane = useLayout((s) => s.activePane);
  const hasCodePane = useLayout((s) => s.hasCodePane);
  const showPane = useLayout((s) => s.showPane);
  const panes: PaneId[] = hasCodePane ? ['lesson', 'editor', 'worksheet'] : ['lesson', 'worksheet'];
  return (
    <div className="pane-tabs" role="tablist" aria-label={t('app.pane.tabs')}>
      {panes.map((pane) => (
        <button
          key={pane}
          type="button"
          role="tab"
          aria-selected={activePane === pane}
          aria-controls={PANE_IDS[pane]}
          className="pane-tab"
          onClick={() => showPane(pane)}
        >
          {t(PANE_LABELS[pane])}
        </button>
      ))}
    </div>
  );
}
