/**
 * Adding a lesson (issue 7, for instructors): a fixture lesson is added
 * through LML_EXTRA_CONTENT into the tests' extra build (support/deploy-b.ts), and the lesson shows up in
 * the course index and renders: math typeset, the broken formula as an
 * inline error box, the broken diagram as an inline error box, the rest of
 * the page intact. `check:content` on the same content fails and names the
 * fixture's file and lines.
 */
import { describe, expect, it } from 'vitest';
import { app as zhApp } from '../../src/i18n/zh/app';
import { freshPage } from './support/chromium';
import { deployBuildB, EXTRA_CONTENT as EXTRA } from './support/deploy-b';
import { scrollThroughDiagrams } from './support/diagrams';
import { runCommand } from './support/build';
import { withBrowser } from './support/with-browser';

// Build B (support/deploy-b.ts) carries the fixture lessons.
const lab = withBrowser({ webgpu: false, serve: deployBuildB, timeout: 240_000 });

const SLUG = 'fixture-render-check';
const FILE = `tests/fixtures/lessons/${SLUG}/index.md`;
const TITLE = 'Fixture lesson for the render check';

describe('a lesson added from a fixture', () => {
  it('appears in the course index', async () => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await page.locator('.course-list .course-title').first().waitFor();
    expect(await page.locator('.course-list .course-title').allTextContents()).toContain(TITLE);
    await context.close();
  });

  it('in Chinese, an instructor’s English-only lesson shows its English text with a notice in Chinese', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/zh/lessons/${SLUG}`);
    await expect.poll(() => page.getByTestId('untranslated').textContent()).toBe(zhApp['app.untranslated']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('.lesson-body').textContent()).toContain('The end of the fixture lesson.');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('renders: math, callout, a diagram; the bad formula and bad diagram as inline error boxes', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/lessons/${SLUG}`);
    await page.locator('h1', { hasText: TITLE }).waitFor();
    const body = page.locator('.lesson-body');
    await body.locator('h2').first().waitFor();

    expect(await body.locator('.katex').count()).toBeGreaterThanOrEqual(2);
    const mathError = body.locator('.katex-error');
    expect(await mathError.count()).toBe(1);
    expect(await mathError.textContent()).toContain('\\frac{1}{2');
    expect(await body.locator('.callout-tip').textContent()).toContain('Fixture callout');

    expect(await scrollThroughDiagrams(page)).toBe(2);
    const drawn = page.locator('figure.mermaid-diagram[data-state="drawn"]');
    expect(await drawn.count()).toBe(1);
    expect(await drawn.locator('svg').first().isVisible()).toBe(true);
    const diagramError = page.locator('figure.mermaid-diagram[data-state="error"]');
    expect(await diagramError.count()).toBe(1);
    expect(await diagramError.textContent()).toMatch(/could not be drawn/);

    // Not a blank page: the text after both errors is there.
    expect(await body.textContent()).toContain('The end of the fixture lesson.');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('makes check:content fail, naming the fixture file and the lines', async () => {
    const { code, output } = await runCommand('npx', ['tsx', 'scripts/check-content.ts'], { LML_EXTRA_CONTENT: EXTRA });
    expect(code).not.toBe(0);
    // The bad formula is on line 27; the bad diagram is the block on lines 29-32.
    expect(output).toMatch(new RegExp(`${FILE}:27: math: KaTeX parse error`));
    expect(output).toMatch(new RegExp(`${FILE}:(29|3[0-2]): mermaid diagram does not parse`));
  });
});
