/**
 * The page's Content-Security-Policy, as a `<meta http-equiv>` in the built
 * index.html: a static host adds no headers, so the policy must travel in
 * the page. The code runtime's worker is a blob: worker and inherits it
 * (src/runtime/spawn-worker.ts), so it holds for student code too.
 *
 * What each directive allows, and why:
 *  - script-src 'self' + the hash of each inline script (the theme snippet
 *    that runs before first paint) + 'unsafe-eval' (the runtime compiles
 *    student code with the AsyncFunction constructor). No other origin:
 *    `import()` of another site's module is refused.
 *  - connect-src 'self': fetch, WebSocket and EventSource reach the site only.
 *  - worker-src 'self' blob: the service worker, Monaco's workers, the
 *    runtime's blob: loader.
 *  - style-src 'self' 'unsafe-inline': KaTeX's build-time HTML carries style
 *    attributes, Monaco and mermaid insert <style> elements at run time.
 *  - img-src 'self' data: blob: (Monaco's icons, pictures made on the page),
 *    font-src 'self' data: (KaTeX's woff2, Monaco's codicon font, which
 *    Monaco inlines as a data: URL), object-src 'none',
 *    base-uri 'self', form-action 'none', frame-src 'none'.
 *
 * Only at build time: the dev server injects inline scripts of its own (React
 * refresh) whose hashes change with every edit.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source for a script's text: 'sha256-<base64 of its SHA-256>'. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page, with a hash for each of its inline scripts. */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => scriptHash(m[1] ?? ''));
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * `html` with the policy's meta tag right after <meta charset> (which must
 * stay first): before any script or style the policy governs.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>(\s*)/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
  return html.replace(charset, (whole, space: string) => `${whole}${meta}${space}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lml-content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withPolicy },
  };
}
