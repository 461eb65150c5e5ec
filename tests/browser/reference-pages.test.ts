/**
 * Reference pages (content/pages/*.md) as a student meets them: every lesson
 * links to the notation page; the page shows its formulas and table of
 * contents; a heading link survives a reload; an unknown page says so.
 */
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { builtLessons, builtPages } from './support/lessons-index';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

const lessons = builtLessons();
const pages = builtPages();
const notation = pages.find((p) => p.slug === 'notation');

describe('reference pages', () => {
  it('are linked from a lesson: the notation page opens with its math typeset and no console error', async () => {
    if (!notation) throw new Error('the build has no notation page');
    const lesson = lessons.at(-1);
    if (!lesson) throw new Error('no lessons');
    const { page, context, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/lessons/${lesson.slug}`);
    await page.getByRole('navigation', { name: 'Reference' }).getByRole('link', { name: notation.title }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/en/notation');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Notation');
    await page.locator('.lesson-body h2').first().waitFor();
    expect(await page.title()).toBe('Notation · Large Model Lab');
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(10);
    expect(await page.locator('.lesson-body .katex-error').count()).toBe(0);
    // No code pane on a reference page.
    expect(await page.locator('.pane-code').count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('keeps a heading link through a reload', async () => {
    const heading = notation?.toc.at(-1);
    if (!heading) throw new Error('the notation page has no headings');
    const { page, context } = await freshPage(lab.browser, { viewport: { width: 1280, height: 700 } });
    await page.goto(`${lab.server.url}#/notation`);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: heading.text }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/en/notation/${heading.id}`);
    await page.reload();
    await page.locator(`#${heading.id}`).waitFor();
    const top = () => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, heading.id);
    await expect.poll(top).toBeLessThan(350);
    expect(await top()).toBeGreaterThanOrEqual(-2);
    await context.close();
  });

  it('are listed on the course index, and an unknown page is a message, not a blank page', async () => {
    const { page, context } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    const links = page.getByRole('navigation', { name: 'Reference' }).getByRole('link');
    expect(await links.allTextContents()).toEqual(pages.map((p) => p.title));
    await page.goto(`${lab.server.url}#/no-such-page`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('There is no page called “no-such-page”.');
    await context.close();
  });
});
