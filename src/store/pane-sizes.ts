/**
 * Where the reader left the pane splitters (saved with the settings): the
 * lesson's share, in %, of the width lesson and code divide, and the
 * worksheet column's width in CSS pixels. Stored values are clamped to the
 * ranges the splitters move in, so old or hand-edited data cannot squeeze a
 * pane to nothing.
 */
export interface PaneSizes {
  readonly lessonPercent: number;
  readonly worksheetPx: number;
}

export const PANE_LIMITS = {
  lessonPercent: { min: 25, max: 75 },
  worksheetPx: { min: 300, max: 640 },
} as const;

export const DEFAULT_PANE_SIZES: PaneSizes = { lessonPercent: 50, worksheetPx: 380 };

export function clampPane(value: number, range: { readonly min: number; readonly max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}

function field(value: unknown, range: { readonly min: number; readonly max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? clampPane(value, range) : fallback;
}

/** Pane sizes from stored data: each number clamped to its range, anything else the default. */
export function restorePaneSizes(raw: unknown): PaneSizes {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    lessonPercent: field(value['lessonPercent'], PANE_LIMITS.lessonPercent, DEFAULT_PANE_SIZES.lessonPercent),
    worksheetPx: field(value['worksheetPx'], PANE_LIMITS.worksheetPx, DEFAULT_PANE_SIZES.worksheetPx),
  };
}
