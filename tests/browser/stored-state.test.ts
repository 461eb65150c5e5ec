/**
 * Nothing stored can blank the app (issue 17, fuzz "storage/*"): saved state
 * planted as the previous build saved it (format 1) or damaged, or written by
 * a newer build. The lesson and the worksheet still work, what could not be
 * used is kept aside and the app says so, a newer build's data is left as it
 * was, and what the previous build saved is all still there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { editorText, waitForEditor } from './support/live-code';
import { exampleLabel, openStorageMenu, scenarioNames, sidebar, startingCash } from './support/saved-work';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

/** Writes `items` to the site's localStorage before the app ever runs (from a plain file of the same origin). */
async function plant(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto(`${lab.server.url}favicon.svg`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

/** How the previous build saved a store: zustand persist, format 1. */
const v1 = (state: unknown) => JSON.stringify({ state, version: 1 });

const BOUNDARY = 'binary-classifier/decision-boundary';
const KERNEL = 'convolution-and-pooling/kernel-editor';

async function openLesson(page: Page, slug: string): Promise<void> {
  await page.goto(`${lab.server.url}#/lessons/${slug}`);
  await page.locator('.lesson-body h2').first().waitFor({ timeout: 30_000 });
  await waitForEditor(page);
}

describe('stored state', () => {
  it.each([
    ['an object (storage/control-spec-number-options-object)', {}],
    ['a text (storage/control-spec-number-options-string)', 'abc'],
  ])('a saved setting whose options are %s: the lesson works, the setting is kept aside and named', async (_name, options) => {
    const { context, page, problems } = await freshPage(lab.browser);
    await plant(page, {
      'lml.editor': v1({
        controlSpecs: {
          [BOUNDARY]: [
            { name: 'learning rate', spec: { kind: 'number', value: 0.1, options } },
            { name: 'data set', spec: { kind: 'choice', value: 'circles', options: ['circles', 'xor'] } },
          ],
        },
        controlValues: { [BOUNDARY]: { 'data set': 'xor' } },
      }),
    });
    await openLesson(page, 'binary-classifier');
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.waitFor();
    expect(await settings.locator('[data-control]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-control')))).toEqual(['data set']);
    expect(await settings.getByLabel('data set').inputValue()).toBe('xor');
    const notice = page.getByTestId('kept-aside-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Declared settings of ${exampleLabel(BOUNDARY)}`);
    const menu = await openStorageMenu(page);
    expect(await menu.getByTestId('kept-aside').textContent()).toMatch(/Could not be used: settings left out: “learning rate”/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a matrix setting whose saved value is the number 7 shows the matrix with its default (storage/control-value-wrong-kind)', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await plant(page, {
      'lml.editor': v1({
        controlSpecs: { [KERNEL]: [{ name: 'custom kernel', spec: { kind: 'matrix', value: [[0, 1, 0], [1, -4, 1], [0, 1, 0]] } }] },
        controlValues: { [KERNEL]: { 'custom kernel': 7 } },
      }),
    });
    await openLesson(page, 'convolution-and-pooling');
    const cell = page.getByLabel('custom kernel: row 2, column 2');
    await cell.waitFor();
    expect(await cell.inputValue()).toBe('-4');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['lml.worksheet', 'not json{', 'scenarios', 'it is not readable JSON'],
    ['lml.worksheet', '[1,2]', 'scenarios', 'it is not an object of saved work'],
    ['lml.editor', '{"version":2,"state":{"codes":{"a/b":{"at":1,"value":"x"}', 'code edits', 'it is not readable JSON'],
    ['lml.settings', 'null', 'settings', 'it is not an object of saved work'],
  ])('damaged %s (%s): kept aside as it was, reported, and the app works (storage/*/says-what-happened)', async (key, text, what, why) => {
    const { context, page, problems } = await freshPage(lab.browser);
    await plant(page, { [key]: text });
    await openLesson(page, 'gradient-descent');
    await startingCash(page).waitFor({ timeout: 30_000 });
    const notice = page.getByTestId('kept-aside-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`All your saved ${what}, as they were stored`);
    const menu = await openStorageMenu(page);
    expect(await menu.getByTestId('kept-aside').textContent()).toContain(`Could not be used: ${why}`);
    // The first edit saves normally; the damaged text is still there, aside.
    await startingCash(page).fill('4444444');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('4444444');
    const kept = await page.evaluate(() => (Object.entries(localStorage) as [string, string][]).filter(([k]) => k.startsWith('lml.aside.')).map(([, v]) => (JSON.parse(v) as { text: string }).text));
    expect(kept).toEqual([text]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('saved by a newer build: left exactly as it was, this build works from a copy and says so (storage/worksheet-version-2-from-newer-build, storage/editor-version-2-from-newer-build)', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    const worksheet = JSON.stringify({
      version: 4,
      state: { scenarios: {}, somethingNew: { x: 1 } },
    });
    const editor = JSON.stringify({ version: 3, state: { codes: { 'gradient-descent/learning-rate': { at: 5, value: '// saved by build 3\n' } }, tabs: {} } });
    await plant(page, { 'lml.worksheet': worksheet, 'lml.editor': editor });
    await openLesson(page, 'gradient-descent');
    await startingCash(page).waitFor({ timeout: 30_000 });
    const notices = await page.getByTestId('sync-mode-newer').allTextContents();
    expect(notices).toEqual([
      expect.stringContaining('Your saved code edits were saved by a newer version of the app (format 3; this one reads format 2)'),
      expect.stringContaining('Your saved scenarios were saved by a newer version of the app (format 4; this one reads format 3)'),
    ]);
    expect(notices.join(' ')).not.toContain('undefined');
    // What this build can read of it is shown.
    expect(await editorText(page)).toContain('// saved by build 3');
    // Edits go to this build's copy; the newer build's data is untouched.
    await startingCash(page).fill('6060606');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lml.worksheet.v3') ?? '')).toContain('6060606');
    expect(await page.evaluate(() => [localStorage.getItem('lml.worksheet'), localStorage.getItem('lml.editor')])).toEqual([worksheet, editor]);
    await page.reload();
    await startingCash(page).waitFor({ timeout: 30_000 });
    expect(await startingCash(page).inputValue()).toMatch(/6[,\s]?060[,\s]?606/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('everything the previous build saved (persist: editor format 1, worksheet format 2) is still there, and is now stored item by item', async () => {
    // Two scenarios as the previous build's worksheet (persist, format 2) held them: this build's default scenario, renamed, in a list.
    const fresh = await freshPage(lab.browser);
    await fresh.page.goto(lab.server.url);
    await startingCash(fresh.page).waitFor({ timeout: 30_000 });
    const first = await fresh.page.evaluate(() => {
      const doc = JSON.parse(localStorage.getItem('lml.worksheet') ?? '{}') as { state: { scenarios: Record<string, { value: unknown }> } };
      return Object.values(doc.state.scenarios)[0]?.value;
    });
    await fresh.context.close();
    expect(first).toMatchObject({ name: 'Hybrid AI startup' });
    const scenarioA = { ...(first as object), id: 'old-a', name: 'Old plan A' };
    const scenarioB = { ...(first as object), id: 'old-b', name: 'Old plan B', startingCash: 7_654_321 };

    const { context: ctx, page: p, problems } = await freshPage(lab.browser);
    await plant(p, {
      'lml.worksheet': JSON.stringify({ state: { scenarios: [scenarioA, scenarioB], activeId: 'old-b', compareIds: ['old-a'] }, version: 2 }),
      'lml.editor': v1({
        codes: { 'gradient-descent/learning-rate': '// my edit from the old build\n' },
        controlValues: { [BOUNDARY]: { 'data set': 'xor' } },
        controlSpecs: {},
        backend: 'cpu',
      }),
    });
    await openLesson(p, 'gradient-descent');
    await startingCash(p).waitFor({ timeout: 30_000 });
    expect(await editorText(p)).toContain('// my edit from the old build');
    expect(await scenarioNames(p)).toEqual(['Old plan A', 'Old plan B']);
    expect(await sidebar(p).getByLabel('Scenario', { exact: true }).locator('option:checked').textContent()).toBe('Old plan B');
    expect(await startingCash(p).inputValue()).toMatch(/7[,\s]?654[,\s]?321/);
    const versions = await p.evaluate(() => ['lml.worksheet', 'lml.editor'].map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { version: number }).version));
    expect(versions).toEqual([3, 2]);
    expect(await p.evaluate(() => localStorage.getItem('lml.editor') ?? '')).toContain('"controlValues":{"binary-classifier/decision-boundary"');
    expect(await p.getByTestId('kept-aside-notice').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await ctx.close();
  });
});
