/**
 * The run history under the code pane's output, as a student uses it on the
 * production build: run the house-prices example, run it again with another
 * learning rate, open "Run history", pick both runs and read the overlaid
 * loss curves and the comparison table, restore the first run's code (the
 * text it replaces is kept aside), reload and find the history still there.
 * On the CPU backend, at the test scale, to keep it quick.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleEdition } from '../../src/lessons/pipeline/example-editions';
import { freshPage } from './support/chromium';
import { chooseBackend, editorText, openLessonEditor, replaceCode, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const starter = exampleEdition(readFileSync(resolve(import.meta.dirname, '../../content/lessons/neurons-layers-activations/examples/house-prices.ts'), 'utf8'), 'en');
const withRate = (rate: string) => {
  const code = starter.replace('tf.train.sgd(0.1)', `tf.train.sgd(${rate})`);
  if (code === starter) throw new Error('the example no longer trains with tf.train.sgd(0.1)');
  // Marked on its first line too, where the editor shows it.
  return `// learning rate ${rate}\n${code}`;
};

const history = (page: Page) => page.getByTestId('run-history');

/** Rows of the hidden table under the overlaid chart: [header, …rows], each cell as text. */
async function overlayTable(page: Page): Promise<string[][]> {
  return page.locator('table[data-history-table="loss"] tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent.trim())));
}

/** The editor's text from its first line (a restored text keeps the editor's scroll position). */
async function editorTop(page: Page): Promise<string> {
  await page.locator('.lml-editor-host .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  return editorText(page);
}

async function compareRows(page: Page): Promise<Record<string, { differs: boolean; values: string[] }>> {
  return page.getByTestId('history-compare').locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-row') ?? '',
        { differs: row.getAttribute('data-differs') === 'true', values: Array.from(row.querySelectorAll('td'), (td) => td.textContent.trim()) },
      ]),
    ),
  );
}

describe('run history', () => {
  it('keeps finished runs, overlays and compares picked ones, restores a run’s code, and survives a reload', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await openLessonEditor(page, lab.server.url);
    await chooseBackend(page, 'cpu');

    // Run 1: the starter code; run 2: a smaller learning rate.
    expect(await runToEnd(page)).toBe('done');
    await expect.poll(() => history(page).locator('summary').textContent()).toBe('Run history (1)');
    await replaceCode(page, withRate('0.02'));
    expect(await runToEnd(page)).toBe('done');
    await expect.poll(() => history(page).locator('summary').textContent()).toBe('Run history (2)');

    await history(page).locator('summary').click();
    const runs = history(page).locator('li[data-run]');
    await expect.poll(() => runs.count()).toBe(2);
    // Newest first; run 1's code is not the editor's any more.
    expect(await runs.evaluateAll((items) => items.map((li) => li.getAttribute('data-run')))).toEqual(['2', '1']);
    expect(await runs.nth(1).getByTestId('code-differs').count()).toBe(1);
    expect(await runs.nth(0).getByTestId('code-differs').count()).toBe(0);
    expect(await runs.nth(0).textContent()).toContain('CPU');

    // Pick both: their loss curves in one chart, one line per run, labelled "run n · hh:mm".
    await runs.nth(0).getByRole('checkbox').check();
    await runs.nth(1).getByRole('checkbox').check();
    const [header = [], ...rows] = await overlayTable(page);
    expect(header[0]).toBe('x');
    expect(header.slice(1).map((label) => label.replace(/\d\d:\d\d$/, 'hh:mm'))).toEqual(['run 1 · hh:mm', 'run 2 · hh:mm']);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const first = rows[0]?.map(Number) ?? [];
    const last = rows.at(-1)?.map(Number) ?? [];
    // Both runs fall; the larger learning rate (run 1) falls faster.
    expect(last[1]).toBeLessThan(first[1] ?? NaN);
    expect(last[2]).toBeLessThan(first[2] ?? NaN);
    expect(last[1]).toBeLessThan(last[2] ?? NaN);
    // Drawn (uPlot draws when the chart nears the viewport and the page is idle).
    await expect.poll(() => page.locator('figure[data-history-chart="loss"] canvas').count()).toBeGreaterThan(0);

    // The comparison table: the same backend and seed, different code and final loss (marked).
    const compared = await compareRows(page);
    expect(compared['backend']).toEqual({ differs: false, values: ['CPU', 'CPU'] });
    expect(compared['seed']).toEqual({ differs: false, values: ['42', '42'] });
    expect(compared['code']?.differs).toBe(true);
    expect(compared['metric:loss']?.differs).toBe(true);
    expect(Number(compared['metric:loss']?.values[0])).toBeLessThan(Number(compared['metric:loss']?.values[1]));
    expect(await page.locator('tr.lml-history-differs').count()).toBeGreaterThanOrEqual(2);

    // Typed but never run, then replaced by run 1's code: that text is kept aside, and the pane says so.
    await replaceCode(page, withRate('0.03'));
    await runs.nth(1).getByRole('button', { name: 'Restore this code' }).click();
    await expect.poll(() => page.getByTestId('history-message').textContent()).toMatch(/^Restored the code of run 1 · \d\d:\d\d; the code it replaced is kept aside/);
    await expect.poll(() => editorTop(page)).toContain('House prices');
    expect(await page.evaluate(() => localStorage.getItem('lml.editor'))).not.toContain('sgd(0.03)');
    const aside = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('lml.aside.'))
        .map((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { kind: string; reason: string; source: string; text: string }),
    );
    expect(aside.map((a) => [a.kind, a.reason, a.source, a.text.includes('tf.train.sgd(0.03)')])).toEqual([['code', 'replaced', 'lml.runs', true]]);
    // The editor holds run 1's code (the starter) again: now run 2's code is the one that differs.
    await expect.poll(() => runs.nth(0).getByTestId('code-differs').count()).toBe(1);
    expect(await runs.nth(1).getByTestId('code-differs').count()).toBe(0);

    // Restoring run 2's code now: the code it replaces is run 1's, still in the history (nothing more kept aside).
    await runs.nth(0).getByRole('button', { name: 'Restore this code' }).click();
    await expect.poll(() => page.getByTestId('history-message').textContent()).toMatch(/^Restored the code of run 2 · \d\d:\d\d; the code it replaced is that of run 1 · \d\d:\d\d, still here\.$/);
    await expect.poll(() => editorTop(page)).toContain('// learning rate 0.02');

    // Reload: the history is still there, and so is the restored code.
    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => history(page).locator('summary').textContent(), { timeout: 15_000 }).toBe('Run history (2)');
    await history(page).locator('summary').click();
    await expect.poll(() => runs.count()).toBe(2);
    expect(await editorText(page)).toContain('// learning rate 0.02');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('clears an example’s history after asking', async () => {
    const { page, context } = await freshPage(lab.browser);
    await setTestScale(page);
    await openLessonEditor(page, lab.server.url);
    await chooseBackend(page, 'cpu');
    expect(await runToEnd(page)).toBe('done');
    await history(page).locator('summary').click();
    await history(page).getByRole('button', { name: 'Clear history' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the run history?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await history(page).locator('li[data-run]').count()).toBe(1);
    await history(page).getByRole('button', { name: 'Clear history' }).click();
    await dialog.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => history(page).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('lml.runs'))).not.toContain('"value"');
    await context.close();
  });
});
