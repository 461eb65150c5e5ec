import { describe, expect, it } from 'vitest';
import { fileType, formatPrecacheReport, groupPrecache, precacheReport, PRECACHE_BUDGET_BYTES } from '../../../scripts/precache-report';

describe('precache report', () => {
  it('groups by extension, ignoring queries', () => {
    expect(fileType('assets/a-1.js?v=2')).toBe('js');
    expect(fileType('index.html')).toBe('html');
    expect(fileType('LICENSE')).toBe('(none)');
    expect(
      groupPrecache([
        { url: 'a.js', size: 10 },
        { url: 'b.js', size: 5 },
        { url: 'f.woff2', size: 30 },
      ]),
    ).toEqual([
      { type: 'woff2', files: 1, bytes: 30 },
      { type: 'js', files: 2, bytes: 15 },
    ]);
  });

  it('prints the count and total in MiB', () => {
    const text = formatPrecacheReport([{ url: 'a.js', size: 3 * 1024 * 1024 }]);
    expect(text).toContain('Offline precache: 1 files, 3.00 MiB raw');
  });

  it('returns the manifest unchanged and warns only over the budget', async () => {
    const under = [{ url: 'a.js', size: 100, revision: null }];
    expect(await precacheReport(under)).toEqual({ manifest: under, warnings: [] });
    const over = [{ url: 'a.js', size: PRECACHE_BUDGET_BYTES + 1, revision: null }];
    const result = await precacheReport(over);
    expect(result.warnings).toHaveLength(1);
  });
});
