/**
 * The startup worksheet as a founder uses it, on the production build served
 * under a sub-path: edit inputs, save and reload, share a link into a fresh
 * browser profile, import a broken file, export CSV and compare it with the
 * table. Nothing is mocked. The worksheet needs no GPU, so Chromium runs
 * without WebGPU.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/format/money';
import { DEFAULT_PRESET, presetScenario } from '../../src/worksheet/model/presets';
import { project } from '../../src/worksheet/model/project';
import { SCALARS, type ScalarId } from '../../src/worksheet/model/scalars';
import { tornado } from '../../src/worksheet/model/sensitivity';
import { summarize } from '../../src/worksheet/model/summary';
import type { Scenario } from '../../src/worksheet/model/types';
import { freshPage } from './support/chromium';
import { sampleSharePayload } from './support/site-pages';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

/** The scenario a fresh profile starts with (the default preset), with the inputs a test typed. */
function typedScenario(typed: Partial<Record<ScalarId, number>> = {}): Scenario {
  let scenario = presetScenario(DEFAULT_PRESET, 'test', 'test');
  for (const [id, value] of Object.entries(typed) as [ScalarId, number][]) scenario = SCALARS[id].set(scenario, value);
  return scenario;
}
/** Money as the sidebar writes it in English, in dollars (a fresh profile's display), by the app's own formatter. */
const dollars = (usd: number): string => formatMoney(usd, { currency: 'USD', cnyPerUsd: 1, checked: '' }, 'en');
/** The pure model's final cash for those inputs, as the sidebar should show it. */
const modelFinalCash = (typed: Partial<Record<ScalarId, number>> = {}): string => {
  const scenario = typedScenario(typed);
  return dollars(summarize(scenario, project(scenario)).finalCash);
};

const sidebar = (page: Page): Locator => page.getByRole('complementary', { name: 'Startup worksheet' });
const summaryValue = (page: Page, key: string) => sidebar(page).locator(`[data-summary="${key}"]`).textContent();
const summaryValues = (page: Page) => sidebar(page).locator('[data-summary]').allTextContents();
const scenarioNames = (page: Page) => sidebar(page).getByLabel('Scenario', { exact: true }).locator('option').allTextContents();

async function openWorksheet(page: Page, hash = ''): Promise<void> {
  await page.goto(lab.server.url + hash);
  await sidebar(page).getByLabel('Starting cash').waitFor();
}

/** Opens a collapsible section of the sidebar by its title (if closed). */
async function openSection(page: Page, title: string): Promise<void> {
  const details = sidebar(page).locator('details', { has: page.locator(`summary:text-is("${title}")`) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** Charts are drawn when scrolled into view, as a person would scroll to them. */
async function chartPixels(page: Page, label: string): Promise<string> {
  for (const placeholder of await sidebar(page).locator('.ws-chart-placeholder').all()) await placeholder.scrollIntoViewIfNeeded().catch(() => undefined);
  return sidebar(page).getByRole('img', { name: label }).locator('canvas').first().evaluate((c) => (c as HTMLCanvasElement).toDataURL());
}

describe('startup worksheet', () => {
  it('changing an input changes the summary and the charts; invalid text is refused at the field', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    const before = await summaryValue(page, 'finalCash');
    // The shown figure is the pure model's, for the default inputs and then for the typed price.
    expect(before).toBe(modelFinalCash());
    expect(modelFinalCash({ subPrice: 60 })).not.toBe(before);
    const revenueBefore = await chartPixels(page, 'Revenue by stream (stacked), per month');
    const cashBefore = await chartPixels(page, 'Cash over time, with the zero line and the break-even month');

    await sidebar(page).getByLabel('Subscription price').fill('60');
    await expect.poll(() => summaryValue(page, 'finalCash')).toBe(modelFinalCash({ subPrice: 60 }));
    await expect.poll(() => chartPixels(page, 'Revenue by stream (stacked), per month')).not.toBe(revenueBefore);
    await expect.poll(() => chartPixels(page, 'Cash over time, with the zero line and the break-even month')).not.toBe(cashBefore);
    const valid = await summaryValues(page);

    // Text, a negative price and churn above 100 % are refused where typed; the projection keeps its last valid state.
    const price = sidebar(page).getByLabel('Subscription price');
    await price.fill('abc');
    await sidebar(page).getByRole('alert').filter({ hasText: '“abc” is not a number' }).waitFor();
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    await price.fill('-5');
    await sidebar(page).getByRole('alert').filter({ hasText: 'Must be at least 0' }).waitFor();
    await sidebar(page).getByLabel('Monthly churn').fill('150');
    await sidebar(page).getByRole('alert').filter({ hasText: 'Must be at most 100' }).waitFor();
    expect(await summaryValues(page)).toEqual(valid);

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('a saved scenario is still there after a reload, with its inputs', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    await openSection(page, 'Scenario name');
    await sidebar(page).getByLabel('New scenario name').fill('Growth plan');
    await sidebar(page).getByRole('button', { name: 'Save as new scenario' }).click();
    await expect.poll(() => scenarioNames(page)).toContain('Growth plan');
    const copied = await summaryValues(page);
    await sidebar(page).getByLabel('Subscription price').fill('55');
    await expect.poll(() => summaryValues(page)).not.toEqual(copied);
    const summary = await summaryValues(page);

    await page.reload();
    await sidebar(page).getByLabel('Starting cash').waitFor();
    expect(await scenarioNames(page)).toEqual(['Hybrid AI startup', 'Growth plan']);
    expect(await sidebar(page).getByLabel('Scenario', { exact: true }).locator('option:checked').textContent()).toBe('Growth plan');
    expect(await sidebar(page).getByLabel('Subscription price').inputValue()).toBe('55');
    expect(await summaryValues(page)).toEqual(summary);

    // Delete, then undo: the scenario comes back.
    await openSection(page, 'Scenario name');
    await sidebar(page).getByRole('button', { name: 'Delete scenario' }).click();
    await expect.poll(() => scenarioNames(page)).toEqual(['Hybrid AI startup']);
    await sidebar(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => scenarioNames(page)).toEqual(['Hybrid AI startup', 'Growth plan']);

    // Compare the two: overlaid cash curves and one summary row each, with different final cash.
    await openSection(page, 'Compare scenarios');
    await sidebar(page).getByLabel('Compare “Hybrid AI startup”').check();
    await sidebar(page).getByLabel('Compare “Growth plan”').check();
    await sidebar(page).getByRole('img', { name: 'Cash over time for the compared scenarios' }).locator('canvas').first().waitFor();
    await sidebar(page).getByRole('img', { name: 'Revenue over time for the compared scenarios' }).locator('canvas').first().waitFor();
    // One column per scenario, one row per summary figure (every figure the summary shows) and per stream figure.
    const compare = sidebar(page).getByRole('region', { name: 'Compare scenarios' });
    expect(await compare.locator('thead th').allTextContents()).toEqual(['Figure', 'Hybrid AI startup', 'Growth plan']);
    const figures = await compare.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-figure')));
    const summaryKeys = await sidebar(page).locator('.ws-summary [data-summary]').evaluateAll((dds) => dds.map((dd) => dd.getAttribute('data-summary')));
    expect(figures.slice(0, summaryKeys.length)).toEqual(summaryKeys);
    expect(figures).toContain('subscription.cac');
    // Final cash of each: the model's for the default inputs and for the saved copy at price 55 (two different figures).
    const finalCash = await compare.locator('[data-figure="finalCash"] td').allTextContents();
    expect(finalCash).toEqual([modelFinalCash(), modelFinalCash({ subPrice: 55 })]);
    expect(finalCash[0]).not.toBe(finalCash[1]);

    // Sensitivity: a tornado bar per key input; the widest first.
    await openSection(page, 'Sensitivity (±20 %)');
    const bars = sidebar(page).locator('.ws-tornado li');
    // Computed when the section opens, for the scenario in use (Growth plan): the model's bars, widest first.
    const expected = tornado(typedScenario({ subPrice: 55 }), 'finalCash');
    expect(expected.bars.length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => bars.count()).toBe(expected.bars.length);
    const widest = expected.bars[0];
    if (!widest) throw new Error('the model gives no tornado bar');
    expect(await bars.first().textContent()).toContain(`−20 % → ${dollars(widest.low)}, +20 % → ${dollars(widest.high)}`);
    // The GPU-price bar says when the prices in use were checked.
    expect(await bars.filter({ hasText: 'GPU prices' }).textContent()).toMatch(/GPU prices \(checked \d{4}-\d{2}\)/);

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('a share link opened in a fresh browser profile gives the same numbers; a tampered one changes nothing', async () => {
    const { page, context } = await freshPage(lab.browser);
    await openWorksheet(page);
    await sidebar(page).getByLabel('Subscription price').fill('33');
    await sidebar(page).getByLabel('Starting cash').fill('1500000');
    await openSection(page, 'Export, import and share');
    await sidebar(page).getByRole('button', { name: 'Create share link' }).click();
    const link = await sidebar(page).getByLabel('Share link').inputValue();
    expect(link.startsWith(lab.server.url + '#/en/share/v2:')).toBe(true);
    const original = await summaryValues(page);
    await context.close();

    const fresh = await freshPage(lab.browser);
    await fresh.page.goto(link);
    await fresh.page.getByRole('status').filter({ hasText: 'to your scenarios' }).waitFor();
    await sidebar(fresh.page).getByLabel('Starting cash').waitFor();
    expect(await summaryValues(fresh.page)).toEqual(original);
    expect(await sidebar(fresh.page).getByLabel('Subscription price').inputValue()).toBe('33');
    expect(await fresh.page.locator('[data-shared="finalCash"]').textContent()).toBe(await summaryValue(fresh.page, 'finalCash'));
    const names = await scenarioNames(fresh.page);
    expect(names).toHaveLength(2); // the default plus the shared copy

    // Damage the link: a message, and the saved scenarios stay as they were.
    await fresh.page.goto(link.slice(0, link.length - 25) + 'XX');
    await fresh.page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
    // One character changed in the middle (share/bit-flips-integrity): the check refuses it.
    const middle = Math.floor((link.length + link.indexOf('#/en/share/v2:') + 20) / 2);
    const flipped = link.slice(0, middle) + (link[middle] === 'Q' ? 'R' : 'Q') + link.slice(middle + 1);
    await fresh.page.goto(flipped);
    await fresh.page.getByRole('alert').filter({ hasText: /check does not match|damaged or incomplete/ }).waitFor();
    await fresh.page.goto(lab.server.url + '#/share/v7:abc');
    await fresh.page.getByRole('alert').filter({ hasText: 'encoding “v7”, which this app does not know' }).waitFor();
    expect(await scenarioNames(fresh.page)).toEqual(names);
    expect(fresh.problems.pageErrors).toEqual([]);
    await fresh.context.close();
  });

  it('a share or preset link asks for its page’s code and its language’s words from index.html, before the app’s code has run; other links do not', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    // The entry chunk never arrives, so every preload link on the page comes from index.html's own script (scripts/vite/link-preload.ts).
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    const preloadsFor = async (hash: string) => {
      // From a blank page, so that each link is a new page load (not a hash change of the same document).
      await page.goto('about:blank');
      await page.goto(lab.server.url + hash);
      const hrefs = await page.$$eval('link[rel="modulepreload"], link[rel="preload"][as="style"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
      for (const href of hrefs) expect((await fetch(href)).status, href).toBe(200);
      return hrefs.map((href) => href.replace(/^.*\//, ''));
    };
    const featureWords = (files: string[]) => files.filter((f) => f.startsWith('features-'));

    const english = await preloadsFor('#/en/share/v2:any');
    expect(english.some((f) => f.startsWith('SharedScenarioRoute-')), english.join(' ')).toBe(true);
    expect(english.some((f) => f.endsWith('.css')), english.join(' ')).toBe(true);
    expect(featureWords(english), english.join(' ')).toHaveLength(1);
    const chinese = await preloadsFor('#/zh/share/v2:any');
    expect(featureWords(chinese), chinese.join(' ')).toHaveLength(1);
    expect(featureWords(chinese)).not.toEqual(featureWords(english));
    expect((await preloadsFor('#/zh/worksheet/preset/api-startup')).some((f) => f.startsWith('PresetRoute-'))).toBe(true);
    expect((await preloadsFor('#/en/lessons/any')).filter((f) => /Route-|^features-/.test(f))).toEqual([]);
    // The inline script runs under the page's Content-Security-Policy (its hash is in it).
    expect(problems.consoleErrors.filter((e) => /Content Security Policy|Refused to execute/.test(e))).toEqual([]);
    await context.close();
  });

  it('a share link shows its page before the worksheet’s code is fetched, however slowly the page’s code comes', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    const events: string[] = [];
    const file = (url: string) => new URL(url).pathname.replace(/^.*\//, '').replace(/-[\w-]+\.js$/, '');
    page.on('request', (request) => events.push(`request ${file(request.url())}`));
    page.on('response', (response) => events.push(`response ${file(response.url())}`));
    // The page's chunk comes a second late (a slow network); the worksheet column is open (the default at this width).
    await page.route(/\/SharedScenarioRoute-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(`${lab.server.url}#/en/share/${sampleSharePayload()}`);
    await page.getByRole('status').filter({ hasText: 'to your scenarios' }).waitFor();
    await sidebar(page).getByLabel('Starting cash').waitFor();
    const pageArrived = events.indexOf('response SharedScenarioRoute');
    expect(pageArrived, events.join(', ')).toBeGreaterThan(-1);
    expect(events.indexOf('request WorksheetPanel'), events.join(', ')).toBeGreaterThan(pageArrived);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a broken or hostile import is refused with a message and saved work is intact; an exported file imports back', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    await openSection(page, 'Export, import and share');
    const input = sidebar(page).getByLabel('Import scenario (JSON)');
    const before = await scenarioNames(page);
    const summary = await summaryValues(page);

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "large-model-lab/worksheet-scenario", "version": 1, "scenario": {') });
    await sidebar(page).getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
    await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": {"polluted": 1}, "format": "x"}') });
    await sidebar(page).getByRole('alert').filter({ hasText: 'forbidden key “__proto__”' }).waitFor();
    await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 32) });
    await sidebar(page).getByRole('alert').filter({ hasText: 'too large' }).waitFor();
    expect(await page.evaluate(() => ({}))).not.toHaveProperty('polluted');
    expect(await scenarioNames(page)).toEqual(before);
    expect(await summaryValues(page)).toEqual(summary);

    const [download] = await Promise.all([page.waitForEvent('download'), sidebar(page).getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
    const json = await readFile(await download.path());
    await input.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: json });
    await sidebar(page).getByRole('status').filter({ hasText: 'Imported “Hybrid AI startup” as a new scenario' }).waitFor();
    expect(await scenarioNames(page)).toEqual([...before, 'Hybrid AI startup']);
    expect(await summaryValues(page)).toEqual(summary);

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('the CSV export has the table’s columns and numbers', async () => {
    const { page, context } = await freshPage(lab.browser);
    await openWorksheet(page);
    await openSection(page, 'Export, import and share');
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar(page).getByRole('button', { name: 'Export projection (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('hybrid-ai-startup.csv');
    const [monthly = '', figures = ''] = (await readFile(await download.path(), 'utf8')).split('\n\n');
    const lines = monthly.trim().split('\n');
    const header = lines[0]?.split(',') ?? [];
    // The new columns, and after the months a table of figures with their definitions.
    for (const column of ['newApiAccounts', 'modelCalls', 'gpusAtPeak', 'cumulativeCashFlow']) expect(header).toContain(column);
    const figureLines = figures.trim().split('\n');
    expect(figureLines[0]).toBe('figure,value,definition');
    const sustained = figureLines.find((l) => l.startsWith('sustainedBreakEvenMonth,'));
    expect(sustained).toMatch(/^sustainedBreakEvenMonth,\d+,Sustained break-even: /);
    expect(await summaryValue(page, 'breakEven')).toContain(`month ${sustained?.split(',')[1]}`);
    expect(figureLines.some((l) => /^api\.cac,[\d.]+,CAC = /.test(l))).toBe(true);
    expect(figureLines.some((l) => l.startsWith('column.gpusAtPeak,,'))).toBe(true);

    // The table's rows are drawn when it comes into view: scroll to it, as a reader would.
    const region = sidebar(page).getByRole('region', { name: 'Monthly table' });
    await region.scrollIntoViewIfNeeded();
    await sidebar(page).locator('[data-rows="shown"]').waitFor();
    const table = region.locator('table');
    const columns = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')));
    expect(header).toEqual(columns);
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
    expect(lines.length - 1).toBe(cells.length);
    expect(cells.length).toBe(36);
    cells.forEach((row, r) => {
      const csv = lines[r + 1]?.split(',').map(Number) ?? [];
      row.forEach((text, c) => {
        const shown = Number(text.replace(/,/g, ''));
        // The table rounds to whole units from 100 up and to cents below; the CSV keeps cents.
        expect(Math.abs(shown - (csv[c] ?? NaN))).toBeLessThanOrEqual(0.5);
      });
    });
    await context.close();
  });

  it('a preset link loads that preset; an unknown preset gets a message', async () => {
    const { page, context } = await freshPage(lab.browser);
    await openWorksheet(page, '#/worksheet/preset/pay-per-use-api');
    await page.getByRole('status').filter({ hasText: 'Loaded the “Pay-per-use API” preset' }).waitFor();
    expect(await sidebar(page).getByLabel('Scenario', { exact: true }).locator('option:checked').textContent()).toBe('Pay-per-use API');
    // Reloading the link (twice) adds no duplicate (share/preset-reload-duplicates), edited or not.
    await sidebar(page).getByLabel('Starting cash').fill('2500000');
    for (const _reload of [1, 2]) {
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'reloading does not add it again' }).waitFor();
      await sidebar(page).getByLabel('Starting cash').waitFor();
      await expect.poll(() => scenarioNames(page), { timeout: 10_000 }).toEqual(['Hybrid AI startup', 'Pay-per-use API']);
    }
    await page.goto(lab.server.url + '#/worksheet/preset/nope');
    await page.getByRole('alert').filter({ hasText: 'no worksheet preset called “nope”' }).waitFor();
    await context.close();
  });

  it('a GPU added to the price table can be named, priced and used for inference; GPUs in use cannot be removed', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    await openSection(page, 'Inference cost');
    await sidebar(page).getByLabel('Derive it from the model and a GPU').check();
    const derived = sidebar(page).locator('[data-derived="inference"]');
    await derived.waitFor();

    await openSection(page, 'GPU price table');
    const table = sidebar(page).locator('.ws-gpus');
    const rowsBefore = await table.locator('fieldset').count();
    await table.getByRole('button', { name: 'Add a GPU' }).click();
    await expect.poll(() => table.locator('fieldset').count()).toBe(rowsBefore + 1);
    await sidebar(page).getByLabel('Custom GPU 1: name').fill('Campus cluster');
    await sidebar(page).getByLabel('Campus cluster: price', { exact: true }).fill('12.5');

    // The in-use GPU offers no Remove; the new one does until inference uses it.
    const inferenceGpu = sidebar(page).getByLabel('Inference GPU');
    // Options read "NVIDIA L4 — $0.80/h (2026-11)": the name is before the dash.
    const usedName = ((await inferenceGpu.locator('option:checked').textContent()) ?? '').split(' — ')[0] ?? '';
    expect(usedName).not.toBe('');
    expect(await table.getByRole('button', { name: `Remove ${usedName}` }).count()).toBe(0);
    expect(await table.getByRole('button', { name: 'Remove Campus cluster' }).count()).toBe(1);

    const costBefore = await derived.textContent();
    await inferenceGpu.selectOption('custom-1');
    await expect.poll(() => derived.textContent()).toContain('Campus cluster');
    expect(await derived.textContent()).not.toBe(costBefore);
    expect(await table.getByRole('button', { name: 'Remove Campus cluster' }).count()).toBe(0);

    // Now only the training GPU is in use besides the new one: every other row can be removed. Remove one.
    await openSection(page, 'Training runs');
    const trainingName = ((await sidebar(page).getByLabel('Training GPU').locator('option:checked').textContent()) ?? '').split(' — ')[0] ?? '';
    expect(await table.getByRole('button', { name: `Remove ${trainingName}` }).count()).toBe(0);
    const removable = await table.getByRole('button', { name: /^Remove / }).allTextContents();
    expect(removable.length).toBe(rowsBefore + 1 - new Set([trainingName, 'Campus cluster']).size);
    await table.getByRole('button', { name: removable[0] ?? '', exact: true }).click();
    await expect.poll(() => table.locator('fieldset').count()).toBe(rowsBefore);
    await page.reload();
    await sidebar(page).getByLabel('Starting cash').waitFor();
    await openSection(page, 'Inference cost');
    await expect.poll(() => sidebar(page).locator('[data-derived="inference"]').textContent()).toContain('Campus cluster');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });
});
