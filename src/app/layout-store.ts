/**
 * View state of the layout, not persisted: which pane shows on narrow
 * screens (where the panes become tabs), whether the worksheet drawer is
 * open (medium screens), whether the current page has a code pane, and a
 * splitter's position while it is being dragged (saved to the settings when
 * the drag ends).
 */
import { create } from 'zustand';
import type { PaneSizes } from '../store/pane-sizes';

export type PaneId = 'lesson' | 'editor' | 'worksheet';

interface LayoutState {
  readonly activePane: PaneId;
  readonly hasCodePane: boolean;
  /** True once the main pane has shown its content; the worksheet loads after that. */
  readonly mainReady: boolean;
  readonly drawerOpen: boolean;
  /** Pane sizes while a splitter is dragged; null otherwise (the saved sizes apply). */
  readonly draggedSizes: PaneSizes | null;
  readonly markMainReady: () => void;
  readonly showPane: (pane: PaneId) => void;
  readonly setHasCodePane: (has: boolean) => void;
  readonly setDrawerOpen: (open: boolean) => void;
  readonly setDraggedSizes: (sizes: PaneSizes | null) => void;
}

export const useLayout = create<LayoutState>()((set) => ({
  activePane: 'lesson',
  hasCodePane: false,
  mainReady: false,
  drawerOpen: false,
  draggedSizes: null,
  // After the next paint, so the sidebar's requests never compete with the text's first frame.
  markMainReady: () => {
    requestAnimationFrame(() => setTimeout(() => set({ mainReady: true }), 0));
  },
  showPane: (activePane) => set({ activePane }),
  setHasCodePane: (hasCodePane) =>
    set((state) => ({ hasCodePane, activePane: !hasCodePane && state.activePane === 'editor' ? 'lesson' : state.activePane })),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  setDraggedSizes: (draggedSizes) => set({ draggedSizes }),
}));
