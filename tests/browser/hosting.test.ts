/**
 * Host anywhere (issue 7): the production build on a plain static server
 * (sirv, no rewrites, no configuration) under a sub-path and at the root;
 * deep links survive a reload; and deploying a new build over the old one
 * while a page is open keeps that page working and offers the update.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { B_DIST, B_MARKER, deployBuildB } from './support/deploy-b';
import { builtLessons } from './support/lessons-index';
import { TEST_DIST } from './support/build';
import { waitForServiceWorkerControl } from './support/offline';
import { waitForIntelliSense } from './support/live-code';
import { serveStatic, serveSwitchable } from './support/static-server';
import { withBrowser } from './support/with-browser';

const lessons = builtLessons(TEST_DIST);
/** One Chromium for the file; each test serves the build its own way. */
const lab = withBrowser({ webgpu: false, serve: false });

/** True when the element's top edge is inside the viewport. */
async function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((headingId) => {
    const rect = document.getElementById(headingId)?.getBoundingClientRect();
    return rect !== undefined && rect.top >= -1 && rect.top < window.innerHeight;
  }, id);
}

describe('static hosting', () => {
  it('serves from /some/sub/path/: a deep link to a heading renders, and again after a reload', async () => {
    const server = await serveStatic(TEST_DIST, '/some/sub/path/');
    // The last heading of the longest lesson: far enough down that it is out of view unless scrolled to.
    const lesson = [...lessons].sort((a, b) => b.toc.length - a.toc.length)[0];
    const heading = lesson?.toc.at(-1);
    expect(heading, 'a published lesson with headings').toBeDefined();
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.url}#/lessons/${lesson?.slug ?? ''}/${heading?.id ?? ''}`);
    for (const pass of ['first load', 'reload']) {
      if (pass === 'reload') await page.reload();
      await page.locator(`[id="${heading?.id ?? ''}"]`).waitFor();
      expect(await page.locator('h1').textContent(), pass).toBe(lesson?.title);
      await expect.poll(() => inView(page, heading?.id ?? ''), { timeout: 15_000 }).toBe(true);
    }
    // The install manifest's start URL and scope resolve to the sub-path.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(manifestHref ?? '', server.url).href;
    const manifest = (await (await fetch(manifestUrl)).json()) as { start_url: string; scope: string };
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
    expect(failures).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
    await server.close();
  });

  it('serves from the root of a host too', async () => {
    const server = await serveStatic(TEST_DIST, '/');
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await page.goto(server.url);
    const titles = await page.locator('.course-list .course-title').allTextContents();
    expect(titles).toEqual(lessons.map((l) => l.title));
    expect(problems.pageErrors).toEqual([]);
    await context.close();
    await server.close();
  });
});

/** The version the Offline & storage menu shows, read as a person does: open the menu, read, close it. */
async function shownBuildId(page: Page): Promise<string> {
  const menu = page.locator('#offline-menu');
  await menu.locator('summary').click();
  const id = (await menu.locator('.offline-build').textContent({ timeout: 10_000 })) ?? '';
  await menu.locator('summary').click();
  return id;
}

describe('deploying a new build over an open page', () => {
  beforeAll(async () => {
    await deployBuildB();
  }, 240_000);

  it('keeps the open page working on build A, offers the update, and reload brings build B', async () => {
    const first = lessons[0];
    // The lesson opened after the deploy has an example, so its editor (Monaco, TypeScript, their workers) must come from A's precache too.
    const second = lessons.find((lesson, i) => i > 0 && lesson.examples.length > 0);
    expect(first, 'a published lesson').toBeDefined();
    expect(second, 'a later lesson with a runnable example').toBeDefined();
    const server = await serveSwitchable(TEST_DIST, '/courses/lab/');
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await page.goto(`${server.url}#/lessons/${first?.slug ?? ''}`);
    await waitForServiceWorkerControl(page);
    await page.locator('.lesson-body h2').first().waitFor();
    const buildA = await shownBuildId(page);
    expect(buildA).not.toContain('deploy-b');

    // Deploy B over A, then the page's periodic check (here: right away) finds the new worker.
    server.serve(B_DIST);
    const logFrom = server.log.length;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 90_000 });
    expect(await prompt.textContent()).toContain('A new version is available');

    // Nothing reloaded by itself; the open page still navigates to a lesson it never opened:
    // its lazy chunk (a name build B no longer has) comes from build A's precache.
    const link = page.getByRole('link', { name: second?.title ?? '', exact: false }).first();
    const secondHash = `#/en/lessons/${second?.slug ?? ''}`;
    await link.click();
    // With two test files at once, the lesson this opens twice never showed (2 of 6 full runs, December
    // 2026; where the page was then was not recorded). A click that did not change the URL is made
    // again, as a person would; a page that changed its URL but shows nothing still fails. Polled as
    // a pair, so a failure says where the page is and what it shows.
    const hash = () => new URL(page.url()).hash;
    if (!(await expect.poll(hash, { timeout: 10_000 }).toBe(secondHash).then(() => true, () => false))) await link.click();
    const where = async () => ({ hash: hash(), h1: await page.locator('h1').first().textContent({ timeout: 1_000 }).catch(() => null) });
    await expect.poll(where, { timeout: 90_000 }).toEqual({ hash: secondHash, h1: second?.title });
    await page.locator('.lesson-body h2').first().waitFor();
    expect(await page.locator('.lesson-body').textContent()).not.toContain(B_MARKER);
    expect(await shownBuildId(page)).toBe(buildA);
    // The editor too: Monaco, its TypeScript mode and worker are lazy chunks of build A.
    await waitForIntelliSense(page);
    expect(server.log.slice(logFrom).filter((entry) => entry.status >= 400)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);

    // Reload on click: build B.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('.lesson-body h2').first().waitFor();
    await expect.poll(() => page.locator('.lesson-body').textContent(), { timeout: 30_000 }).toContain(B_MARKER);
    expect(await shownBuildId(page)).toContain('deploy-b');
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
    await server.close();
  });
});
