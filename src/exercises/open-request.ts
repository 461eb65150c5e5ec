/**
 * "Open in the editor" from a code exercise: the exercise (in the lesson's
 * text) asks, the code pane (its own lazy chunk) listens and selects the
 * exercise's tab. A serial number makes a second click on the same exercise a
 * new request.
 */
import { create } from 'zustand';

export interface OpenRequest {
  readonly lesson: string;
  /** The code pane's tab id (`exercise-<id>`, types.ts). */
  readonly tab: string;
  readonly serial: number;
}

export const useOpenRequest = create<{ readonly request: OpenRequest | null; readonly open: (lesson: string, tab: string) => void }>()((set) => ({
  request: null,
  open: (lesson, tab) => set((s) => ({ request: { lesson, tab, serial: (s.request?.serial ?? 0) + 1 } })),
}));
