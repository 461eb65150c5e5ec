/**
 * The page fits the window and survives a failing panel, as a reader meets
 * it: every page at phone, laptop and wide-screen widths; the splitters
 * dragged and moved by keyboard, then a reload; the window narrowed with
 * the worksheet half-edited; a pane forced to fail (through the test-only
 * `window.__lmlForceThrow` hook) while the rest keeps working.
 * One browser and one page per test; nothing trains.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FailingPane } from '../../src/app/force-throw';
import type { Messages } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import type { Locale } from '../../src/i18n/locales';
import { zh } from '../../src/i18n/zh';
import { freshPage } from './support/chromium';
import { sitePages, type SitePage } from './support/site-pages';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const pages = sitePages();
const WIDTHS = [320, 390, 1024, 1280, 1440, 2560];
/** The Chinese edition's pages, at a phone's and a laptop's width. */
const chinesePages = sitePages(undefined, 'zh');
const CHINESE_WIDTHS = [390, 1280];
const words: Readonly<Record<Locale, Messages>> = { en, zh };
const LESSON_WITH_CODE = 'neurons-layers-activations';

const sidebar = (page: Page, locale: Locale = 'en'): Locator => page.getByRole('complementary', { name: words[locale]['app.worksheet.title'] });

/** What a page shows once its lazy parts have come in, whatever the layout. */
async function waitForPage(page: Page, site: SitePage): Promise<void> {
  const main = page.locator('main#main');
  await main.waitFor();
  // The text is in (the glossary page has no h2: its entries are a list).
  if (site.kind === 'lesson' || site.kind === 'reference') await main.locator('.lesson-body > *').first().waitFor();
  if (site.kind === 'share' || site.kind === 'preset') await main.getByRole('status').waitFor();
  if (site.kind === 'not-found') await main.getByRole('alert').waitFor();
  if (site.kind === 'tool') await main.locator('h1').waitFor();
  const layout = await page.locator('.app').getAttribute('data-layout');
  if (layout === 'columns') await sidebar(page, site.locale).getByLabel(words[site.locale]['worksheet.field.startingCash']).waitFor();
  if (site.kind === 'lesson' && layout !== 'tabs' && (await page.locator('#code-pane').count()) > 0) {
    await page.getByTestId('code-preview').waitFor();
  }
}

/** How far the page and the lesson pane scroll sideways, and the header controls not fully inside the window. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById('main');
    const controls = [...document.querySelectorAll<HTMLElement>('.app-header > a, .header-nav a, .header-actions > button, .offline-menu > summary, .language-option')];
    const shown = controls.filter((c) => c.getClientRects().length > 0);
    return {
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      mainOverflow: main ? main.scrollWidth - main.clientWidth : Number.NaN,
      shownControls: shown.length,
      outside: shown
        .filter((c) => {
          const box = c.getBoundingClientRect();
          return box.left < 0 || box.right > window.innerWidth || box.top < 0 || box.bottom > window.innerHeight;
        })
        .map((c) => c.textContent.trim() || c.className),
    };
  });
}

/** Loads every page of `sites` at `width` and lists what is wider than the window or outside it. */
async function overflowsAt(width: number, sites: readonly SitePage[]): Promise<void> {
  const { page, context, problems } = await freshPage(lab.browser, { viewport: { width, height: 800 } });
  const found: string[] = [];
  for (const site of sites) {
    // A fresh load per page (the share and preset routes act on load); the cache keeps it quick.
    await page.goto(lab.server.url + site.hash);
    await waitForPage(page, site);
    const m = await measure(page);
    // Offline & storage, the theme toggle and the course link are always there; the worksheet button above the tabs' width.
    expect(m.shownControls, `${site.id} @${width}`).toBeGreaterThanOrEqual(3);
    if (m.pageOverflow > 0 || m.mainOverflow > 0 || m.outside.length > 0) {
      found.push(`${site.locale}/${site.id}: page +${m.pageOverflow} px, lesson pane +${m.mainOverflow} px, outside: ${m.outside.join(', ')}`);
    }
  }
  expect(found).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  await context.close();
}

describe('the page fits the window', () => {
  it.each(WIDTHS)('at %i px, no page is wider than the window and the header controls are all inside it', async (width) => {
    await overflowsAt(width, pages);
  });

  it.each(CHINESE_WIDTHS)('at %i px, no page of the Chinese edition is wider than the window and its header controls are inside it', async (width) => {
    await overflowsAt(width, chinesePages);
  });
});

/** A pane's width on screen, in CSS px. */
const widthOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);

describe('splitters', () => {
  it('drag by mouse and move by keyboard; a reload keeps both positions', async () => {
    const { page, context, problems } = await freshPage(lab.browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${lab.server.url}#/lessons/${LESSON_WITH_CODE}`);
    await waitForPage(page, { id: LESSON_WITH_CODE, name: '', hash: '', kind: 'lesson', locale: 'en' });
    const lessonSplitter = page.getByRole('separator', { name: 'Resize the lesson and code panes' });
    const worksheetSplitter = page.getByRole('separator', { name: 'Resize the worksheet' });
    const lessonBefore = await widthOf(page, '#main');
    const worksheetBefore = await widthOf(page, '#worksheet');

    // Drag the lesson | code splitter 150 px to the right with the mouse.
    const box = await lessonSplitter.boundingBox();
    if (!box) throw new Error('the lesson splitter is not on screen');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 75, y, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 4 });
    await page.mouse.up();
    const lessonAfter = await widthOf(page, '#main');
    expect(lessonAfter - lessonBefore).toBeGreaterThan(140);
    expect(lessonAfter - lessonBefore).toBeLessThan(160);
    const lessonValue = await lessonSplitter.getAttribute('aria-valuenow');

    // Three presses of ArrowLeft on the worksheet splitter widen the worksheet by three steps.
    await worksheetSplitter.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    const worksheetAfter = await widthOf(page, '#worksheet');
    expect(worksheetAfter - worksheetBefore).toBeCloseTo(60, 0);
    expect(Number(await worksheetSplitter.getAttribute('aria-valuenow'))).toBe(Math.round(worksheetAfter));
    // The lesson keeps its share of the (now narrower) room lesson and code divide.
    const lessonFinal = await widthOf(page, '#main');
    expect(lessonFinal).toBeLessThan(lessonAfter);

    await page.reload();
    await waitForPage(page, { id: LESSON_WITH_CODE, name: '', hash: '', kind: 'lesson', locale: 'en' });
    expect(await lessonSplitter.getAttribute('aria-valuenow')).toBe(lessonValue);
    expect(await widthOf(page, '#main')).toBeCloseTo(lessonFinal, 0);
    expect(await widthOf(page, '#worksheet')).toBeCloseTo(worksheetAfter, 0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('narrowing the window', () => {
  it('moves the worksheet into a drawer, then a tab, and keeps what was half-typed and opened in it', async () => {
    const { page, context, problems } = await freshPage(lab.browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${lab.server.url}#/lessons/${LESSON_WITH_CODE}`);
    await waitForPage(page, { id: LESSON_WITH_CODE, name: '', hash: '', kind: 'lesson', locale: 'en' });
    // Open a closed section and type a name without saving it: state that lives only in the page.
    const section = sidebar(page).locator('details', { has: page.locator('summary:text-is("Scenario name")') });
    await section.locator('summary').click();
    await sidebar(page).getByLabel('New scenario name').fill('Half-typed plan');
    const stillThere = async () => {
      expect(await section.getAttribute('open')).not.toBeNull();
      expect(await sidebar(page).getByLabel('New scenario name').inputValue()).toBe('Half-typed plan');
    };

    // A small laptop: lesson | code, and the worksheet behind the header's button, in a drawer.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => page.locator('.app').getAttribute('data-layout')).toBe('drawer');
    expect(await sidebar(page).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show the startup worksheet' }).click();
    await expect.poll(() => sidebar(page).isVisible()).toBe(true);
    await stillThere();
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);

    // A phone: Lesson · Code · Worksheet tabs.
    await page.setViewportSize({ width: 390, height: 800 });
    const tabs = page.getByRole('tablist', { name: 'Panes' });
    await expect.poll(() => tabs.getByRole('tab').allTextContents()).toEqual(['Lesson', 'Code', 'Worksheet']);
    await tabs.getByRole('tab', { name: 'Worksheet' }).click();
    await expect.poll(() => sidebar(page).isVisible()).toBe(true);
    expect(await page.locator('#main').isVisible()).toBe(false);
    await stillThere();

    // And back to a wide screen: a column again, with the same state.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => page.locator('.app').getAttribute('data-layout')).toBe('columns');
    expect(await page.locator('#main').isVisible()).toBe(true);
    await stillThere();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a panel that fails', () => {
  /** Makes the named panes throw while they render, from the first script on (the test-only hook). */
  async function failing(page: Page, panes: FailingPane[]): Promise<void> {
    await page.addInitScript((names) => {
      window.__lmlForceThrow = names;
    }, panes);
  }
  const failure = (page: Page, pane: FailingPane) => page.locator(`[data-failed-pane="${pane}"]`);
  const recover = async (page: Page, pane: FailingPane) => {
    await page.evaluate(() => delete window.__lmlForceThrow);
    await failure(page, pane).getByRole('button', { name: 'Reload this panel' }).click();
    await expect.poll(() => failure(page, pane).count()).toBe(0);
  };

  it('the lesson and the output fail: the editor and the worksheet still work, and reload brings both back', async () => {
    const { page, context } = await freshPage(lab.browser, { viewport: { width: 1440, height: 900 } });
    await failing(page, ['lesson', 'output']);
    await page.goto(`${lab.server.url}#/lessons/${LESSON_WITH_CODE}`);
    await failure(page, 'lesson').waitFor();
    expect(await failure(page, 'lesson').textContent()).toContain('The lesson panel stopped working');
    await failure(page, 'output').waitFor();

    // The worksheet computes.
    const finalCash = sidebar(page).locator('[data-summary="finalCash"]');
    const before = await finalCash.textContent();
    await sidebar(page).getByLabel('Starting cash', { exact: true }).fill('123456789');
    await expect.poll(() => finalCash.textContent()).not.toBe(before);
    // The editor opens and takes typing.
    await page.getByTestId('code-preview').locator('pre').click();
    await page.locator('.lml-editor-host .monaco-editor .view-line').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.insertText('// still editable\n');
    await page.getByTestId('edited-marker').waitFor();

    await recover(page, 'lesson');
    await page.locator('main .lesson-body h2').first().waitFor();
    await recover(page, 'output');
    expect(await page.getByTestId('run-status').textContent()).toContain('Press Run');
    // What the reader changed while the lesson had failed was saved as usual.
    expect(await page.evaluate(() => localStorage.getItem('lml.worksheet'))).toContain('123456789');
    await context.close();
  });

  it('the code pane and the worksheet fail: the lesson still reads and navigates, and reload brings both back', async () => {
    const { page, context } = await freshPage(lab.browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${lab.server.url}#/lessons/${LESSON_WITH_CODE}`);
    await waitForPage(page, { id: LESSON_WITH_CODE, name: '', hash: '', kind: 'lesson', locale: 'en' });
    const savedBefore = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    await failing(page, ['code', 'worksheet']);
    await page.reload();
    await failure(page, 'code').waitFor();
    await failure(page, 'worksheet').waitFor();
    expect(await failure(page, 'worksheet').textContent()).toContain('nothing you saved was touched');

    // The lesson: its contents link scrolls to a heading.
    await page.locator('main .lesson-body h2').first().waitFor();
    const heading = page.locator('main .lesson-body h2').last();
    const id = await heading.getAttribute('id');
    await page.getByRole('navigation', { name: 'On this page' }).locator(`a[href$="/${id ?? ''}"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toContain(`/${id ?? ''}`);

    await recover(page, 'code');
    await page.getByTestId('code-preview').waitFor();
    await recover(page, 'worksheet');
    await sidebar(page).getByLabel('Starting cash').waitFor();
    // Nothing saved was touched by the failures. (Progress notes the lesson and heading the reader opened: a write of the
    // reading, not of the failures, and it may come before or after the first snapshot.)
    const withoutProgress = (saved: Record<string, string>) => Object.fromEntries(Object.entries(saved).filter(([key]) => key !== 'lml.progress'));
    expect(withoutProgress(await page.evaluate(() => Object.fromEntries(Object.entries(localStorage))))).toEqual(withoutProgress(savedBefore));
    await context.close();
  });
});
