/**
 * No request leaves the site's origin, ever (issue 7): every request made
 * by the pages, their workers and the service worker is recorded while a
 * student opens the course index and every lesson (its text, diagrams,
 * fonts and editor) and uses the worksheet. Any request to another origin
 * fails the test (data: and blob: URLs never leave the browser and are
 * fine). Running every example is recorded the same way by the CPU smoke
 * pass (examples.test.ts), which runs them all anyway.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { scrollThroughDiagrams } from './support/diagrams';
import { waitForEditor } from './support/live-code';
import { builtLessons } from './support/lessons-index';
import { TEST_DIST } from './support/build';
import { waitForServiceWorkerControl } from './support/offline';
import { isOwnOrigin } from './support/static-server';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

const lessons = builtLessons(TEST_DIST);

describe('no request leaves the origin', () => {
  // A budget per lesson (open it, draw its diagrams, start its editor), not one fixed limit for the course.
  it('while opening every lesson and using the worksheet', { timeout: 60_000 + 10_000 * lessons.length }, async () => {
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    const seen: { url: string; fromServiceWorker: boolean }[] = [];
    const record = (request: Request) => seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });
    // The context sees the pages', their dedicated workers' and the service worker's requests.
    context.on('request', record);
    page.on('request', (request) => {
      if (!seen.some((s) => s.url === request.url())) record(request);
    });

    await page.goto(lab.server.url);
    await waitForServiceWorkerControl(page);
    expect(context.serviceWorkers().length).toBeGreaterThan(0);
    await page.locator('.course-list .course-title').first().waitFor();

    for (const lesson of lessons) {
      await page.goto(`${lab.server.url}#/lessons/${lesson.slug}`);
      await page.locator('h1', { hasText: lesson.title }).waitFor();
      await page.locator('.lesson-body h2').first().waitFor();
      if (lesson.hasDiagrams) expect(await scrollThroughDiagrams(page)).toBeGreaterThan(0);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (lesson.examples.length > 0) await waitForEditor(page);
    }

    // The worksheet: change an input and see the projection follow.
    const worksheet = page.getByRole('complementary', { name: 'Startup worksheet' });
    const finalCash = worksheet.locator('[data-summary="finalCash"]');
    const before = await finalCash.textContent();
    await worksheet.getByLabel('Starting cash', { exact: true }).fill('123456789');
    await expect.poll(() => finalCash.textContent()).not.toBe(before);

    // The recording works: it saw our own files, including the service worker's precache downloads.
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.some((s) => s.fromServiceWorker)).toBe(true);
    expect(seen.filter((s) => !isOwnOrigin(s.url, lab.server.origin)).map((s) => s.url)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
