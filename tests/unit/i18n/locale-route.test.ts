/**
 * The language in the route (src/i18n/locales.ts, src/app/locale-route.ts):
 * `#/zh/lessons/x` opens in Chinese, a link without a language gets the
 * reader's, and the first page of a visit follows the link, then the
 * remembered choice, then the browser's languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localePath, matchLocale, splitLocalePath } from '../../../src/i18n/locales';

describe('splitLocalePath and localePath', () => {
  it('splits the language prefix off a route', () => {
    expect(splitLocalePath('/zh/lessons/life-of-a-model')).toEqual({ locale: 'zh', path: '/lessons/life-of-a-model' });
    expect(splitLocalePath('/en/share/abc')).toEqual({ locale: 'en', path: '/share/abc' });
    expect(splitLocalePath('/zh')).toEqual({ locale: 'zh', path: '/' });
    expect(splitLocalePath('/zh/')).toEqual({ locale: 'zh', path: '/' });
  });

  it('leaves routes without a language (old links, lesson text) with a null language', () => {
    expect(splitLocalePath('/lessons/x')).toEqual({ locale: null, path: '/lessons/x' });
    expect(splitLocalePath('/notation')).toEqual({ locale: null, path: '/notation' });
    expect(splitLocalePath('')).toEqual({ locale: null, path: '/' });
    // Two letters that are not a language of the course, and a slug that starts like one, are paths.
    expect(splitLocalePath('/fr/lessons/x')).toEqual({ locale: null, path: '/fr/lessons/x' });
    expect(splitLocalePath('/zhao')).toEqual({ locale: null, path: '/zhao' });
  });

  it('puts a path under a language, and round-trips', () => {
    expect(localePath('zh', '/lessons/x')).toBe('/zh/lessons/x');
    expect(localePath('en', 'notation')).toBe('/en/notation');
    expect(localePath('zh', '/')).toBe('/zh/');
    expect(splitLocalePath(localePath('zh', '/glossary/term-token'))).toEqual({ locale: 'zh', path: '/glossary/term-token' });
  });
});

describe('matchLocale', () => {
  it('takes the first English or Chinese of the browser languages, any Chinese reading Simplified', () => {
    expect(matchLocale(['zh-CN', 'en'])).toBe('zh');
    expect(matchLocale(['zh-TW'])).toBe('zh');
    expect(matchLocale(['zh_Hans'])).toBe('zh');
    expect(matchLocale(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(matchLocale(['de', 'zh-HK'])).toBe('zh');
  });

  it('falls back to English when none is English or Chinese', () => {
    expect(matchLocale(['fr', 'de'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});

describe('startLocale: the first page of a visit', () => {
  const memory = new Map<string, string>();
  beforeEach(() => {
    vi.resetModules();
    memory.clear();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
      removeItem: (key: string) => void memory.delete(key),
      clear: () => memory.clear(),
      key: () => null,
      length: 0,
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  /** A fresh visit: nothing remembered unless `chosen`, fresh modules. */
  async function start(hash: string, languages: string[], chosen?: 'en' | 'zh') {
    memory.clear();
    vi.resetModules();
    vi.stubGlobal('location', { hash });
    vi.stubGlobal('navigator', { languages });
    const { useSettings } = await import('../../../src/store/settings');
    if (chosen) useSettings.getState().setLanguage(chosen);
    const { startLocale } = await import('../../../src/app/locale-route');
    return startLocale();
  }

  it("follows the link's language over everything else", async () => {
    expect(await start('#/zh/lessons/x', ['en-US'], 'en')).toBe('zh');
    expect(await start('#/en/', ['zh-CN'], 'zh')).toBe('en');
  });

  it("without one in the link, the reader's remembered choice, then the browser's languages", async () => {
    expect(await start('#/lessons/x', ['en-US'], 'zh')).toBe('zh');
    expect(await start('', ['zh-CN', 'en'])).toBe('zh');
    expect(await start('#/', ['de-DE'])).toBe('en');
  });
});
