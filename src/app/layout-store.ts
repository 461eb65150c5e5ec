/**
 * Which pane is shown on narrow screens (where the panes become tabs), and
 * whether the current page has a code pane. Not persisted: it is view state.
 */
import { create } from 'zustand';

export type PaneId = 'lesson' | 'editor' | 'worksheet';

interface LayoutState {
  readonly activePane: PaneId;
  readonly hasCodePane: boolean;
  /** True once the main pane has shown its content; the worksheet loads after that. */
  readonly mainReady: boolean;
  readonly markMainReady: () => void;
  readonly showPane: (pane: PaneId) => void;
  readonly setHasCodePane: (has: boolean) => void;
}

export const useLayout = create<LayoutState>()((set) => ({
  activePane: 'lesson',
  hasCodePane: false,
  mainReady: false,
  // After the next paint, so the sidebar's requests never compete with the text's first frame.
  markMainReady: () => {
    requestAnimationFrame(() => setTimeout(() => set({ mainReady: true }), 0));
  },
  showPane: (activePane) => set({ activePane }),
  setHasCodePane: (hasCodePane) =>
    set((state) => ({ hasCodePane, activePane: !hasCodePane && state.activePane === 'editor' ? 'lesson' : state.activePane })),
}));
