/** Share and preset links preload their page's chunks from index.html (scripts/vite/link-preload.ts). */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { linkPreloads, preloadScript } from '../../../scripts/vite/link-preload';

const chunk = (fileName: string, facade: string | null, imports: string[] = [], css: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  isEntry,
  facadeModuleId: facade,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

/** A bundle shaped like the app's: the entry shares react with the pages; the pages share the worksheet store. */
const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/src/main.tsx', ['assets/react-1.js'], ['assets/index-1.css'], true),
    chunk('assets/react-1.js', null),
    chunk('assets/SharedScenarioRoute-1.js', '/app/src/worksheet/SharedScenarioRoute.tsx', ['assets/react-1.js', 'assets/store-1.js'], ['assets/worksheet-1.css']),
    chunk('assets/PresetRoute-1.js', '/app/src/worksheet/PresetRoute.tsx', ['assets/store-1.js', 'assets/bar-1.js']),
    chunk('assets/store-1.js', null, ['assets/zod-1.js']),
    chunk('assets/zod-1.js', null),
    chunk('assets/bar-1.js', null, ['assets/react-1.js']),
    chunk('assets/features-en.js', '/app/src/i18n/en/features.ts'),
    chunk('assets/features-zh.js', '/app/src/i18n/zh/features.ts'),
  ].map((c) => [c.fileName, c]),
);

describe('link-page preloads', () => {
  it('list each page’s chunks the entry does not load (transitively), its CSS, and both languages’ words', () => {
    const [share, preset] = linkPreloads(bundle);
    expect(share?.files).toEqual(['assets/SharedScenarioRoute-1.js', 'assets/store-1.js', 'assets/zod-1.js', 'assets/worksheet-1.css']);
    expect(preset?.files).toEqual(['assets/PresetRoute-1.js', 'assets/store-1.js', 'assets/zod-1.js', 'assets/bar-1.js']);
    expect(share?.words).toEqual({ en: 'assets/features-en.js', zh: 'assets/features-zh.js' });
  });

  it('refuses to build when a page’s module has no chunk (renamed or moved)', () => {
    const { ['assets/PresetRoute-1.js']: _gone, ...without } = bundle;
    expect(() => linkPreloads(without)).toThrow('no chunk for src/worksheet/PresetRoute.tsx');
  });

  it('its inline script adds links only on a share or preset hash, with the hash’s language’s words', () => {
    const script = preloadScript(linkPreloads(bundle));
    const linksFor = (hash: string) => {
      const added: { rel: string; as?: string; href: string }[] = [];
      const document = { createElement: () => ({ rel: '', href: '' }), head: { appendChild: (link: { rel: string; href: string }) => added.push(link) } };
      runInNewContext(script, { location: { hash }, document });
      return added.map((l) => `${l.rel}${l.as ? `/${l.as}` : ''} ${l.href}`);
    };
    expect(linksFor('#/zh/share/v2:abc')).toEqual([
      'modulepreload ./assets/SharedScenarioRoute-1.js',
      'modulepreload ./assets/store-1.js',
      'modulepreload ./assets/zod-1.js',
      'preload/style ./assets/worksheet-1.css',
      'modulepreload ./assets/features-zh.js',
    ]);
    expect(linksFor('#/en/worksheet/preset/x')).toContain('modulepreload ./assets/features-en.js');
    // No language in the hash: the app picks it, so no words are guessed.
    expect(linksFor('#/share/v2:abc').some((l) => l.includes('features-'))).toBe(false);
    expect(linksFor('#/en/lessons/life-of-a-model')).toEqual([]);
    expect(linksFor('')).toEqual([]);
  });
});
