import { describe, expect, it } from 'vitest';
import { layoutModeFor, TABS_BELOW_PX, THREE_COLUMNS_FROM_PX } from '../../src/app/layout-mode';
import { DEFAULT_PANE_SIZES, PANE_LIMITS, restorePaneSizes } from '../../src/store/pane-sizes';
import { restoreSettings } from '../../src/store/settings';

describe('layout mode by window width', () => {
  it('is tabs on a phone, a drawer for the worksheet on a small laptop with code, columns on a wide screen', () => {
    expect(layoutModeFor(390, true)).toBe('tabs');
    expect(layoutModeFor(TABS_BELOW_PX - 1, false)).toBe('tabs');
    expect(layoutModeFor(1024, true)).toBe('drawer');
    expect(layoutModeFor(THREE_COLUMNS_FROM_PX - 1, true)).toBe('drawer');
    // Without a code pane, lesson and worksheet fit side by side from the tabs threshold on.
    expect(layoutModeFor(1024, false)).toBe('columns');
    expect(layoutModeFor(THREE_COLUMNS_FROM_PX, true)).toBe('columns');
    expect(layoutModeFor(2560, true)).toBe('columns');
  });
});

describe('saved pane sizes', () => {
  it('keeps sizes inside their ranges and replaces anything else by the default', () => {
    expect(restorePaneSizes({ lessonPercent: 40, worksheetPx: 500 })).toEqual({ lessonPercent: 40, worksheetPx: 500 });
    expect(restorePaneSizes({ lessonPercent: 3, worksheetPx: 99_999 })).toEqual({
      lessonPercent: PANE_LIMITS.lessonPercent.min,
      worksheetPx: PANE_LIMITS.worksheetPx.max,
    });
    expect(restorePaneSizes({ lessonPercent: 'wide', worksheetPx: Number.NaN })).toEqual(DEFAULT_PANE_SIZES);
    expect(restorePaneSizes(null)).toEqual(DEFAULT_PANE_SIZES);
  });

  it('come back with the settings, and old settings without them get the defaults', () => {
    expect(restoreSettings({ theme: 'dark', worksheetOpen: false, language: 'zh', currency: 'CNY', paneSizes: { lessonPercent: 60, worksheetPx: 420 } })).toEqual({
      theme: 'dark',
      worksheetOpen: false,
      language: 'zh',
      currency: 'CNY',
      paneSizes: { lessonPercent: 60, worksheetPx: 420 },
    });
    expect(restoreSettings({ theme: 'light', worksheetOpen: true }).paneSizes).toEqual(DEFAULT_PANE_SIZES);
  });
});
