/**
 * The lesson reader, as a student uses it: open the course, read every
 * lesson in one tab (formulas, diagrams, the editor), follow deep links,
 * switch themes. Runs on the production build served under a sub-path by a
 * plain server.
 *
 * No request leaves the site's origin, ever (issue 7): every request the
 * reading tab, its workers and the service worker make while the student
 * reads every lesson and uses the worksheet is recorded, and any request to
 * another origin fails the test (data: and blob: URLs never leave the
 * browser and are fine). Running every example is recorded the same way by
 * examples.test.ts.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage, type PageProblems } from './support/chromium';
import { scrollThroughDiagrams } from './support/diagrams';
import { builtLessons } from './support/lessons-index';
import { waitForEditor } from './support/live-code';
import { waitForServiceWorkerControl } from './support/offline';
import { isOwnOrigin } from './support/static-server';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

const lessons = builtLessons();

/**
 * One tab that reads the whole course in order, as a student does: its
 * service worker allowed (its precache downloads are recorded too).
 */
describe('reading the course in one tab', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  const seen: { url: string; fromServiceWorker: boolean }[] = [];

  beforeAll(async () => {
    ({ context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' }));
    const record = (request: Request) => seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });
    // The context sees the pages', their dedicated workers' and the service worker's requests.
    context.on('request', record);
    page.on('request', (request) => {
      if (!seen.some((s) => s.url === request.url())) record(request);
    });
  });
  afterAll(async () => {
    await context.close();
  });

  it('lists the lessons in order on the course index', async () => {
    await page.goto(lab.server.url);
    await waitForServiceWorkerControl(page);
    const titles = await page.locator('.course-list .course-title').allTextContents();
    expect(titles).toEqual(lessons.map((l) => l.title));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it.each(lessons.map((l, n) => [l.slug, l, n] as const))('opens %s with math and diagrams rendered and no console error', async (slug, meta, n) => {
    const errorsBefore = { consoleErrors: problems.consoleErrors.length, pageErrors: problems.pageErrors.length };
    await page.goto(`${lab.server.url}#/lessons/${slug}`);
    await page.locator('h1', { hasText: meta.title }).waitFor();
    await page.locator('.lesson-body h2').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe(meta.title);
    // Formulas: typeset KaTeX present, no KaTeX error box.
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.lesson-body .katex-error').count()).toBe(0);
    // Diagrams: every mermaid figure drawn as SVG once the reader scrolls to it (they are drawn near the viewport).
    if (meta.hasDiagrams) {
      const count = await scrollThroughDiagrams(page);
      expect(count).toBeGreaterThan(0);
      expect(await page.locator('figure.mermaid-diagram[data-state="drawn"] svg').count()).toBe(count);
      expect(await page.locator('figure.mermaid-diagram[data-state="error"]').count()).toBe(0);
    }
    // The KaTeX font really loads (woff2, from our own origin) once a formula is on screen (text far below is
    // laid out only when near). Checked on the first lesson: the tab keeps the font for the rest.
    if (n === 0) {
      await page.locator('.lesson-body .katex').first().scrollIntoViewIfNeeded();
      expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px KaTeX_Main'); })).toBe(true);
    }
    // The editor starts, so its chunks and workers are among the recorded requests.
    if (meta.examples.length > 0) await waitForEditor(page);
    expect({ consoleErrors: problems.consoleErrors.slice(errorsBefore.consoleErrors), pageErrors: problems.pageErrors.slice(errorsBefore.pageErrors) }).toEqual({
      consoleErrors: [],
      pageErrors: [],
    });
  });

  it('follows a worksheet input with its projection', async () => {
    const worksheet = page.getByRole('complementary', { name: 'Startup worksheet' });
    const finalCash = worksheet.locator('[data-summary="finalCash"]');
    const before = await finalCash.textContent();
    await worksheet.getByLabel('Starting cash', { exact: true }).fill('123456789');
    await expect.poll(() => finalCash.textContent()).not.toBe(before);
  });

  it('made no request to another origin while the course was read', () => {
    // The recording works: it saw our own files, including the service worker's precache downloads.
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.some((s) => s.fromServiceWorker)).toBe(true);
    expect(seen.filter((s) => !isOwnOrigin(s.url, lab.server.origin)).map((s) => s.url)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('lesson reader', () => {
  it('moves through the course with next and previous', async () => {
    const { page, context } = await freshPage(lab.browser);
    const [first, second] = lessons;
    if (!first || !second) throw new Error('needs two lessons');
    await page.goto(`${lab.server.url}#/lessons/${first.slug}`);
    await page.getByRole('link', { name: `Next: ${second.title}` }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(second.title);
    expect(new URL(page.url()).hash).toBe(`#/en/lessons/${second.slug}`);
    await page.getByRole('link', { name: `Previous: ${first.title}` }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(first.title);
    await context.close();
  });

  it('keeps a deep link to a heading through a reload under a sub-path', async () => {
    const { page, context } = await freshPage(lab.browser, { viewport: { width: 1400, height: 700 } });
    const lesson = lessons.find((l) => l.toc.length >= 3) ?? lessons[0];
    const heading = lesson?.toc.at(-1);
    if (!lesson || !heading) throw new Error('needs a lesson with headings');
    expect(new URL(lab.server.url).pathname).toBe('/courses/lab/');
    // Follow the table of contents link, as a reader would, then copy the URL into a new tab.
    await page.goto(`${lab.server.url}#/lessons/${lesson.slug}`);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: heading.text }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/en/lessons/${lesson.slug}/${heading.id}`);
    const link = page.url();
    const inView = async (p: typeof page) =>
      p.evaluate((id) => {
        const el = document.getElementById(id);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= -2 && r.top < window.innerHeight / 2;
      }, heading.id);
    await expect.poll(() => inView(page)).toBe(true);
    const other = await context.newPage();
    await other.goto(link);
    await other.locator(`#${heading.id}`).waitFor();
    await expect.poll(() => inView(other)).toBe(true);
    await other.reload();
    await other.locator(`#${heading.id}`).waitFor();
    await expect.poll(() => inView(other)).toBe(true);
    await context.close();
  });

  it('follows the system theme, and remembers the toggle across a reload', async () => {
    const { page, context } = await freshPage(lab.browser, { colorScheme: 'dark' });
    await page.goto(lab.server.url);
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    await expect.poll(theme).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect.poll(theme).toBe('light');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.reload();
    await page.locator('.course-list').waitFor();
    await expect.poll(theme).toBe('light');
    await context.close();
  });

  it('shows an unknown lesson as a message, not a blank page', async () => {
    const { page, context } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/lessons/no-such-lesson`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no-such-lesson');
    await context.close();
  });

  it('switches panes with tabs on a narrow screen, by keyboard too', async () => {
    const { page, context } = await freshPage(lab.browser, { viewport: { width: 420, height: 800 } });
    const lesson = lessons[0];
    if (!lesson) throw new Error('no lessons');
    await page.goto(`${lab.server.url}#/lessons/${lesson.slug}`);
    const tabs = page.getByRole('tablist', { name: 'Panes' });
    await expect.poll(() => page.locator('#main').isVisible()).toBe(true);
    await tabs.getByRole('tab', { name: 'Worksheet' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#worksheet').isVisible()).toBe(true);
    expect(await page.locator('#main').isVisible()).toBe(false);
    await tabs.getByRole('tab', { name: 'Lesson' }).click();
    await expect.poll(() => page.locator('#main').isVisible()).toBe(true);
    await context.close();
  });
});
