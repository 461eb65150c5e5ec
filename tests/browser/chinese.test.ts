/**
 * The lab in 简体中文, as a Chinese reader uses it (issue 13, "Tests
 * (browser)"), on the production build:
 *   - every lesson, reference page and UI surface shows no English outside
 *     code, formulas and names (support/english-text.ts says what is allowed
 *     and why);
 *   - the worksheet computes in yuan at the rate the reader typed, and its
 *     CSV has Chinese headers and the model's numbers at that rate;
 *   - switching language keeps the code edit, the worksheet input, the
 *     example's settings and the place in the lesson;
 *   - offline after one visit, a lesson with math and a diagram renders in
 *     Chinese and its example trains with Chinese messages.
 * Every example running in Chinese is covered by examples.test.ts (each runs
 * in one language per backend; see there).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { app as zhApp } from '../../src/i18n/zh/app';
import { zh } from '../../src/i18n/zh';
import { offline as zhOffline } from '../../src/i18n/zh/offline';
import { worksheet as zhWorksheet } from '../../src/i18n/zh/worksheet';
import { worksheetMoney as zhMoney } from '../../src/i18n/zh/worksheetMoney';
import { app as enApp } from '../../src/i18n/en/app';
import { worksheet as enWorksheet } from '../../src/i18n/en/worksheet';
import type { LessonMeta } from '../../src/lessons/types';
import { OUTPUT_COLUMNS } from '../../src/worksheet/model/project';
import { project } from '../../src/worksheet/model/project';
import { summarize } from '../../src/worksheet/model/summary';
import { DEFAULT_PRESET, presetScenario } from '../../src/worksheet/model/presets';
import { MONEY_COLUMNS } from '../../src/worksheet/money-figures';
import { TEST_DIST } from './support/build';
import { freshPage } from './support/chromium';
import { scrollThroughDiagrams } from './support/diagrams';
import { untranslated, visibleTexts } from './support/english-text';
import { chooseBackend, editorText, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { waitForServiceWorkerControl } from './support/offline';
import { sitePages } from './support/site-pages';
import { withBrowser } from './support/with-browser';

const index = JSON.parse(readFileSync(join(TEST_DIST, 'lessons-index.json'), 'utf8')) as { editions: Record<'en' | 'zh', { lessons: LessonMeta[] }> };
const zhLessons = index.editions.zh.lessons;
const zhLesson = (slug: string): LessonMeta => {
  const meta = zhLessons.find((l) => l.slug === slug);
  if (!meta) throw new Error(`the build has no Chinese edition of ${slug}`);
  return meta;
};
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

const lab = withBrowser({ webgpu: false });

const sidebar = (page: Page): Locator => page.getByRole('complementary', { name: zhApp['app.worksheet.title'] });
const languageButton = (page: Page, name: 'English' | '简体中文') =>
  page.getByRole('group', { name: new RegExp(`^(${enApp['app.language.label']}|${zhApp['app.language.label']})$`) }).getByRole('button', { name });

/** Opens every closed section of the worksheet, as a reader looking for everything would. */
async function openEverySection(page: Page): Promise<void> {
  const closed = sidebar(page).locator('details:not([open]) > summary').filter({ visible: true });
  // Each click may show more (sections inside sections): open until none is left, a bounded number of times.
  for (let clicks = 0; (await closed.count()) > 0; clicks++) {
    if (clicks > 100) throw new Error('the worksheet keeps showing closed sections');
    await closed.first().click();
  }
}

/** What in `root` (less what `also` matches) a Chinese reader would still read in English. */
async function englishIn(root: Locator, ui: boolean, also?: string): Promise<string[]> {
  return untranslated(await visibleTexts(root, also), { ui });
}

describe('简体中文: no English UI text', () => {
  it('every lesson, reference page, the index, a shared scenario, a preset and the not-found page', { timeout: 600_000 }, async () => {
    const pages = sitePages(TEST_DIST, 'zh');
    expect(pages.filter((p) => p.kind === 'lesson').length).toBe(zhLessons.length);
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1280, height: 900 } });
    const found: Record<string, string[]> = {};
    for (const site of pages) {
      await page.goto(`${lab.server.url}${site.hash}`);
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      if (site.kind === 'lesson') await scrollThroughDiagrams(page);
      const english = [...(await englishIn(page.locator('main'), false)), ...(await englishIn(page.locator('header'), true))];
      if (english.length > 0) found[site.id] = english;
    }
    expect(found).toEqual({});
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('the storage menu, the worksheet with every section open, the code pane after a run, and the narrow layout’s tabs', { timeout: 300_000 }, async () => {
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1400, height: 900 } });
    await setTestScale(page);
    const slug = 'evaluating-models';
    await page.goto(`${lab.server.url}#/zh/lessons/${slug}`);
    await waitForEditor(page);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    // Open the menu and every worksheet section, then read all of them.
    await page.locator('#offline-menu summary').click();
    const menu = await englishIn(page.locator('#offline-menu'), true);
    await page.locator('#offline-menu summary').click();
    await openEverySection(page);
    const worksheet = await englishIn(sidebar(page), true);
    const code = page.locator('.lml-code-pane');
    // The output is what the example printed and drew: Chinese messages, no English sentence. Its single
    // English words are the example's identifiers (metric keys such as accuracyLow, tf's loss / val_loss).
    const output = code.locator('.lml-output');
    expect(hasChinese((await output.textContent()) ?? '')).toBe(true);
    const pane = { toolbar: await englishIn(code, true, '.lml-output'), output: await englishIn(output, false) };
    expect({ menu, worksheet, pane }).toEqual({ menu: [], worksheet: [], pane: { toolbar: [], output: [] } });

    // Narrow: the Lesson · Code · Worksheet tabs, and the worksheet behind its tab.
    await page.setViewportSize({ width: 390, height: 800 });
    const tabs = page.getByRole('tablist', { name: zhApp['app.pane.tabs'] });
    await tabs.waitFor();
    expect(await englishIn(tabs, true)).toEqual([]);
    await tabs.getByRole('tab', { name: zhApp['app.pane.worksheet'] }).click();
    await sidebar(page).getByLabel(zhWorksheet['worksheet.field.startingCash'], { exact: true }).waitFor();
    expect(await englishIn(sidebar(page), true)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/** "¥1.23亿" / "¥-45.6万" / "¥7,890" → yuan, with the place of the last digit shown (for the rounding bound). */
function parseYuan(text: string): { value: number; step: number } {
  const match = /^(-?)¥(-?)([\d,]+)(?:\.(\d+))?(万|亿)?$/.exec(text.trim());
  if (!match) throw new Error(`not an amount in yuan: "${text}"`);
  const unit = match[5] === '亿' ? 1e8 : match[5] === '万' ? 1e4 : 1;
  const decimals = match[4] ?? '';
  const sign = match[1] === '-' || match[2] === '-' ? -1 : 1;
  return { value: sign * Number(`${(match[3] ?? '').replace(/,/g, '')}.${decimals || '0'}`) * unit, step: unit / 10 ** decimals.length };
}

describe('简体中文: the worksheet in yuan', () => {
  it('shows the model’s figures converted at the rate typed, and exports them with Chinese headers', { timeout: 120_000 }, async () => {
    const rate = 7.25;
    const checked = '2026-10';
    // The pure model, in dollars: the default scenario the worksheet opens with.
    const scenario = presetScenario(DEFAULT_PRESET, 'test', 'test');
    const projection = project(scenario);
    const summary = summarize(scenario, projection);
    const last = projection.rows.at(-1);
    if (!last) throw new Error('the projection has no months');

    const { context, page, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/zh/`);
    await sidebar(page).getByLabel(zhWorksheet['worksheet.field.startingCash'], { exact: true }).waitFor();
    // Dollars first, then the reader picks yuan and types the rate and its date.
    const currency = sidebar(page).locator('details.ws-currency');
    await currency.locator('summary').click();
    await currency.getByLabel(zhMoney['worksheet.currency.USD']).check();
    await expect.poll(() => sidebar(page).locator('[data-summary="finalCash"]').textContent()).toMatch(/^-?\$/);
    await currency.getByLabel(zhMoney['worksheet.currency.CNY']).check();
    await currency.getByLabel(zhMoney['worksheet.money.rate'], { exact: true }).fill(String(rate));
    await currency.getByLabel(zhMoney['worksheet.money.rateChecked'], { exact: true }).fill(checked);
    await currency.getByLabel(zhMoney['worksheet.money.rateChecked'], { exact: true }).press('Tab');
    await expect.poll(() => currency.locator('[data-money-note]').textContent()).toContain(checked);
    expect(await currency.locator('[data-money-note]').textContent()).toContain(String(rate));

    // The headline: final cash in yuan, the model's dollars × the rate, to the digits shown.
    const shown = parseYuan((await sidebar(page).locator('[data-summary="finalCash"]').textContent()) ?? '');
    expect(Math.abs(shown.value - summary.finalCash * rate)).toBeLessThanOrEqual(shown.step / 2 + 1e-9);

    // The CSV: Chinese column names, yuan in money columns, counts unchanged, and the rate said.
    await openEverySection(page);
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar(page).getByRole('button', { name: zhWorksheet['worksheet.io.exportCsv'] }).click()]);
    const [monthly = '', figures = ''] = (await readFile(await download.path(), 'utf8')).split('\n\n');
    const lines = monthly.trim().split('\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header).toEqual([zhWorksheet['worksheet.table.month'], ...OUTPUT_COLUMNS.map((c) => zh[`worksheet.col.${c}`])]);
    expect(header.filter((h) => !hasChinese(h))).toEqual([]);
    expect(lines.length - 1).toBe(projection.rows.length);
    const cashColumn = header.indexOf(zhWorksheet['worksheet.col.cash']);
    const lastRow = lines.at(-1)?.split(',').map(Number) ?? [];
    expect(lastRow[cashColumn]).toBeCloseTo(last.cash * rate, 1);
    projection.rows.forEach((row, r) => {
      const cells = lines[r + 1]?.split(',').map(Number) ?? [];
      expect(cells[0]).toBe(row.month);
      OUTPUT_COLUMNS.forEach((column, c) => {
        const expected = row[column] * (MONEY_COLUMNS.has(column) ? rate : 1);
        expect(Math.abs((cells[c + 1] ?? NaN) - expected), `${column}, month ${row.month}`).toBeLessThanOrEqual(0.005 + 1e-9);
      });
    });
    // Not every column is money: the counts (customers, GPUs) are not multiplied.
    expect(OUTPUT_COLUMNS.filter((c) => !MONEY_COLUMNS.has(c)).length).toBeGreaterThan(0);
    const figureLines = figures.trim().split('\n');
    expect(figureLines[0]).toBe([zhMoney['worksheet.csv.figure'], zhMoney['worksheet.csv.value'], zhMoney['worksheet.csv.definition']].join(','));
    expect(figureLines[1]).toMatch(/^currency,,/);
    expect(figureLines[1]).toContain(String(rate));
    expect(figureLines[1]).toContain(checked);
    const finalCash = figureLines.find((l) => l.startsWith('finalCash,'))?.split(',')[1];
    expect(Number(finalCash)).toBeCloseTo(summary.finalCash * rate, 1);
    // The English names of the columns are not in the Chinese file.
    expect(monthly).not.toContain(enWorksheet['worksheet.col.cash']);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('switching language', () => {
  it('keeps the code edit, the worksheet input and the heading in view, both ways', { timeout: 180_000 }, async () => {
    const slug = 'evaluating-models';
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${lab.server.url}#/en/lessons/${slug}`);
    await waitForEditor(page);
    const note = '// my note, kept across languages';
    await page.locator('.lml-editor-host .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type(`${note}\n`);
    const cash = (label: string) => page.getByRole('complementary').getByLabel(label, { exact: true });
    await cash(enWorksheet['worksheet.field.startingCash']).fill('3456789');
    // Scroll the lesson to its fourth heading, as a reader scrolling down would reach it.
    const headingIndex = 3;
    await page.locator('.lesson-body h2').nth(headingIndex).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    const headingInView = () =>
      page.locator('.lesson-body h2').evaluateAll((hs) => hs.findIndex((h) => {
        const top = h.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight / 3;
      }));
    await expect.poll(headingInView).toBe(headingIndex);

    for (const [language, title] of [['简体中文', zhLesson(slug).title], ['English', null]] as const) {
      await languageButton(page, language).click();
      if (title !== null) await expect.poll(() => page.locator('h1#lesson-title').textContent()).toBe(title);
      else await expect.poll(() => page.locator('h1#lesson-title').textContent()).not.toBe(zhLesson(slug).title);
      await waitForEditor(page);
      await expect.poll(() => editorText(page)).toContain(note);
      const label = language === '简体中文' ? zhWorksheet['worksheet.field.startingCash'] : enWorksheet['worksheet.field.startingCash'];
      // Chinese shows yuan by default: the input reads the same dollars converted; switch to dollars to read it back.
      if (language === '简体中文') {
        const currency = sidebar(page).locator('details.ws-currency');
        await currency.locator('summary').click();
        await currency.getByLabel(zhMoney['worksheet.currency.USD']).check();
      }
      await expect.poll(() => cash(label).inputValue()).toBe('3456789');
      await expect.poll(headingInView).toBe(headingIndex);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps a setting changed in English when the Chinese edition of the example runs', { timeout: 240_000 }, async () => {
    const slug = 'evaluating-models';
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1400, height: 900 } });
    await setTestScale(page);
    await page.goto(`${lab.server.url}#/en/lessons/${slug}`);
    await waitForEditor(page);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    const settings = page.locator('.lml-controls');
    const epochs = settings.locator('select').first();
    expect(await epochs.inputValue()).not.toBe('10');
    await epochs.selectOption('10');
    await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'done');

    await languageButton(page, '简体中文').click();
    await expect.poll(() => page.locator('h1#lesson-title').textContent()).toBe(zhLesson(slug).title);
    await waitForEditor(page);
    expect(await runToEnd(page)).toBe('done');
    // The Chinese edition names the setting in Chinese; its value is the one chosen in English.
    expect(hasChinese((await settings.locator('label').first().textContent()) ?? '')).toBe(true);
    expect(await settings.locator('select').first().inputValue()).toBe('10');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('offline, in Chinese', () => {
  it('after one visit, with the network off and no reload, a lesson with math and a diagram renders in Chinese and its example trains with Chinese messages', { timeout: 300_000 }, async () => {
    const target = zhLessons.find((l) => l.hasDiagrams && l.examples.length > 0 && l.slug === 'gradient-descent');
    if (!target) throw new Error('no Chinese lesson with a diagram and an example');
    const { context, page, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await setTestScale(page);
    await page.goto(`${lab.server.url}#/zh/`);
    const ready = page.getByTestId('offline-ready');
    await ready.waitFor({ timeout: 60_000 });
    expect(await ready.textContent()).toContain(zhOffline['offline.ready']);
    await waitForServiceWorkerControl(page);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));

    await context.setOffline(true);
    await page.getByRole('link', { name: target.title, exact: false }).first().click();
    await page.locator('.lesson-body h2').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe(target.title);
    expect(await page.locator('.lesson-body h2').allTextContents()).toEqual(target.toc.filter((e) => e.depth === 2).map((e) => e.text));
    expect(await page.locator('.lesson-body .katex').count()).toBeGreaterThan(0);
    await page.locator('figure.mermaid-diagram').first().scrollIntoViewIfNeeded();
    const diagram = page.locator('figure.mermaid-diagram[data-state="drawn"] svg').first();
    await diagram.waitFor({ timeout: 60_000 });
    expect(hasChinese((await diagram.textContent()) ?? '')).toBe(true);
    await waitForEditor(page);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    const output = (await page.locator('.lml-output').textContent()) ?? '';
    expect(hasChinese(output)).toBe(true);
    expect(untranslated([output], { ui: false })).toEqual([]);
    expect(loads).toEqual([]);
    expect(failed).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
