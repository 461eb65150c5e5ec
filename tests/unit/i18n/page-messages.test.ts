/**
 * A lazy page's own words (`addPageMessages`): usable in both languages at
 * once, before the feature chunk, without passing for a loaded language.
 */
import { describe, expect, it, vi } from 'vitest';
import { speedHead } from '../../../src/i18n/en/speedHead';
import { speedHead as zhSpeedHead } from '../../../src/i18n/zh/speedHead';

describe('page messages', () => {
  it('are read in the current language, fall back to English, and do not mark a language as loaded', async () => {
    vi.resetModules(); // a fresh i18n module: no feature words, Chinese not loaded
    const i18n = await import('../../../src/i18n');
    expect(i18n.t('speed.title')).toBe('speed.title');
    i18n.addPageMessages({ en: speedHead, zh: zhSpeedHead });
    expect(i18n.t('speed.title')).toBe(speedHead['speed.title']);
    expect(i18n.hasMessages('zh')).toBe(false);
    // The shell's words still come from the loaded core, the page's from its own chunk.
    await i18n.loadMessages('zh');
    i18n.setLocale('zh');
    expect(i18n.t('speed.lead', { steps: 20 })).toBe(zhSpeedHead['speed.lead'].replace('{steps}', '20'));
    expect(i18n.t('app.title')).toBe('大模型实验室');

    // A page that brings no Chinese words is read in English.
    vi.resetModules();
    const fresh = await import('../../../src/i18n');
    fresh.addPageMessages({ en: speedHead, zh: {} });
    await fresh.loadMessages('zh');
    fresh.setLocale('zh');
    expect(fresh.t('speed.title')).toBe(speedHead['speed.title']);
  });
});
