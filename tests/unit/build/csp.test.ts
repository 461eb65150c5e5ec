/** The Content-Security-Policy the build puts in index.html (scripts/vite/csp.ts). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFor, scriptHash, withPolicy } from '../../../scripts/vite/csp';

const INDEX = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');

describe('the page’s Content-Security-Policy', () => {
  it('hashes each inline script exactly (the theme snippet in index.html)', () => {
    const inline = /<script>([\s\S]*?)<\/script>/.exec(INDEX)?.[1];
    expect(inline).toContain('dataset.theme');
    const expected = `'sha256-${createHash('sha256').update(inline ?? '', 'utf8').digest('base64')}'`;
    expect(scriptHash(inline ?? '')).toBe(expected);
    expect(policyFor(INDEX)).toContain(`script-src 'self' 'unsafe-eval' ${expected};`);
  });

  it('allows the site only: connections, scripts, workers (blob: for the runtime), no objects, no forms', () => {
    const directives = Object.fromEntries(policyFor(INDEX).split('; ').map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1).join(' ')]));
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'none'",
    });
    expect(directives['script-src']).not.toMatch(/https?:|blob:|data:|'unsafe-inline'/);
  });

  it('goes right after <meta charset>, before any script', () => {
    const html = withPolicy(INDEX);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(() => withPolicy('<html><head></head></html>')).toThrow('no <meta charset>');
  });
});
