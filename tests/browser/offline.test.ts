/**
 * Offline first (issue 7): open the app once with a network, let the service
 * worker take control, cut the network, reload, and everything a student
 * uses still works: a lesson with math (KaTeX font included) and a diagram,
 * the worksheet computing, and the editor with IntelliSense training an
 * example to completion. Nothing was visited before going offline except
 * the first lesson: the rest must come from the precache.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { scrollThroughDiagrams } from './support/diagrams';
import { chooseBackend, runToEnd, setTestScale, waitForCompletion, waitForEditor, waitForIntelliSense } from './support/live-code';
import { builtLessons } from './support/lessons-index';
import { TEST_DIST } from './support/build';
import { waitForServiceWorkerControl } from './support/offline';
import { isOwnOrigin } from './support/static-server';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

const lessons = builtLessons(TEST_DIST);
const withDiagram = lessons.find((l) => l.hasDiagrams);
const withExample = lessons.find((l) => l.examples.length > 0);

/** Requests that failed (with the offline network, anything not served by the service worker fails). */
function watchFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`));
  return failed;
}

describe('offline', () => {
  it('after one online visit, works with the network off: lesson, math, diagram, worksheet, editor', async () => {
    expect(withDiagram, 'a published lesson with a diagram').toBeDefined();
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await setTestScale(page);
    const lessonUrl = `${lab.server.url}#/lessons/${withDiagram?.slug ?? ''}`;
    await page.goto(lessonUrl);
    // The first install tells the user the app is now ready offline.
    const ready = page.getByTestId('offline-ready');
    await ready.waitFor({ timeout: 60_000 });
    expect(await ready.textContent()).toContain('Ready to work offline');
    await waitForServiceWorkerControl(page);
    // Let the online page finish (its diagrams drawn) so that no request is still in flight when the network goes.
    await scrollThroughDiagrams(page);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const failed = watchFailures(page);
    await page.reload();

    // The lesson, with typeset math and its KaTeX font, and its diagram drawn.
    await page.locator('.lesson-body h2').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe(withDiagram?.title);
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    await page.locator('.lesson-body .katex').first().scrollIntoViewIfNeeded();
    expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px KaTeX_Main'); })).toBe(true);
    await page.locator('figure.mermaid-diagram').first().scrollIntoViewIfNeeded();
    await page.locator('figure.mermaid-diagram[data-state="drawn"] svg').first().waitFor({ timeout: 60_000 });
    // The header says we are offline.
    expect(await page.locator('.offline-menu summary').getAttribute('data-online')).toBe('false');

    // The worksheet computes: more starting cash, more final cash.
    const worksheet = page.getByRole('complementary', { name: 'Startup worksheet' });
    const finalCash = worksheet.locator('[data-summary="finalCash"]');
    await finalCash.waitFor({ timeout: 30_000 });
    const before = await finalCash.textContent();
    const startingCash = worksheet.getByLabel('Starting cash', { exact: true });
    await startingCash.fill('987654321');
    await expect.poll(() => finalCash.textContent()).not.toBe(before);

    // The editor: open the lesson with an example (a new route, lazy chunks and workers from the precache).
    expect(withExample, 'a published lesson with a runnable example').toBeDefined();
    await page.goto(`${lab.server.url}#/lessons/${withExample?.slug ?? ''}`);
    await waitForEditor(page);
    // Train to completion (CPU backend: quickest on this machine; the backends share the one precached worker chunk).
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    // IntelliSense: TypeScript (its worker and the tfjs type declarations) answers completions for `tf.`.
    await waitForIntelliSense(page);
    // and for `lab.`: its helpers (lab-api.d.ts) and its training helpers (lab-api-training.d.ts, a second file).
    await waitForCompletion(page, 'lab.pri', 'print');
    await waitForCompletion(page, 'lab.transf', 'transformer');

    expect(failed).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('"ready offline" is true in the same tab: after the first visit’s notice, offline without a reload, another lesson with math and a diagram opens and its example runs', async () => {
    const target = lessons.find((l) => l.hasDiagrams && l.examples.length > 0);
    expect(target, 'a published lesson with a diagram and an example').toBeDefined();
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await setTestScale(page);
    // First visit: the course index only.
    await page.goto(lab.server.url);
    const ready = page.getByTestId('offline-ready');
    await ready.waitFor({ timeout: 60_000 });
    // The notice is true in this tab: a worker controls it, without a reload.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await context.setOffline(true);
    const failed = watchFailures(page);
    // Open another lesson as a person does: its link on the index (a hash change, no reload).
    await page.getByRole('link', { name: target?.title ?? '', exact: false }).first().click();
    await page.locator('.lesson-body h2').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe(target?.title);
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    await page.locator('figure.mermaid-diagram').first().scrollIntoViewIfNeeded();
    await page.locator('figure.mermaid-diagram[data-state="drawn"] svg').first().waitFor({ timeout: 60_000 });
    await waitForEditor(page);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    expect(loads).toEqual([]);
    expect(failed).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a lesson whose chunk cannot load says so and offers a retry that works', async () => {
    const lesson = lessons.find((l) => l.toc.length > 0);
    expect(lesson, 'a published lesson').toBeDefined();
    // No service worker here: the chunk comes from the network, which fails it once.
    const context = await lab.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const chunk = new RegExp(`/assets/${lesson?.slug ?? ''}-[\\w-]+\\.js$`);
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.goto(`${lab.server.url}#/lessons/${lesson?.slug ?? ''}`);
    const failure = page.getByTestId('lesson-load-failed');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.textContent()).toContain('This lesson could not be loaded');
    expect(await page.locator('.lesson-body').count()).toBe(0);
    await page.unroute(chunk);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.lesson-body h2').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('lesson-load-failed').count()).toBe(0);
    await context.close();
  });

  it('precaches only its own origin and serves the app shell from the cache', async () => {
    const { context, page } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await page.goto(lab.server.url);
    await waitForServiceWorkerControl(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(20);
    expect(cached.filter((url) => !isOwnOrigin(url, lab.server.origin))).toEqual([]);
    const path = (suffix: RegExp) => cached.some((url) => suffix.test(new URL(url).pathname));
    expect(path(/\/index\.html$/)).toBe(true);
    expect(path(/\/manifest\.webmanifest$/)).toBe(true);
    expect(path(/KaTeX_Main-Regular-[\w-]+\.woff2$/)).toBe(true);
    // KaTeX's woff and ttf copies are dead weight (browsers fetch woff2): not precached.
    expect(cached.filter((url) => /KaTeX_[\w-]+\.(woff|ttf)$/.test(url))).toEqual([]);
    await context.close();
  });
});
