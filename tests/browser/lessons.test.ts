/**
 * The lesson reader, as a student uses it: open the course, open every
 * lesson, read formulas and diagrams, follow deep links, switch themes.
 * Runs on the production build served under a sub-path by a plain server.
 */
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { scrollThroughDiagrams } from './support/diagrams';
import { builtLessons } from './support/lessons-index';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

const lessons = builtLessons();

describe('lesson reader', () => {
  it('lists the lessons in order on the course index', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    const titles = await page.locator('.course-list .course-title').allTextContents();
    expect(titles).toEqual(lessons.map((l) => l.title));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it.each(lessons.map((l) => [l.slug, l] as const))('opens %s with math and diagrams rendered and no console error', async (slug, meta) => {
    const { page, context, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/lessons/${slug}`);
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
    // The KaTeX font really loaded (woff2, from our own origin) once a formula is on screen (text far below is laid out only when near).
    await page.locator('.lesson-body .katex').first().scrollIntoViewIfNeeded();
    expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px KaTeX_Main'); })).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

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
