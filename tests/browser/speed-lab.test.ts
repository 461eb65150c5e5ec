/**
 * Issue 14's speed lab and measuring Auto, as a reader meets them, on
 * SwiftShader (WebGPU and WebGL both emulated on the CPU here):
 * - the speed lab trains every model on every backend this browser offers
 *   to the end, every GPU loss matches the CPU's, the chart and the
 *   crossover sentence appear, and the exported file imports again (a broken
 *   one gets a message);
 * - Auto measures before an example's first run (Stop ends the measuring),
 *   runs on what it chose, and after a reload remembers the choice and shows
 *   its reason without measuring again.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { speed } from '../../src/i18n/en/speed';
import { speedHead } from '../../src/i18n/en/speedHead';
import { speed as zhSpeed } from '../../src/i18n/zh/speed';
import { speedHead as zhSpeedHead } from '../../src/i18n/zh/speedHead';
import { LAB_STEPS, SPEED_MODELS } from '../../src/speed/models';
import { freshPage } from './support/chromium';
import { LESSON_ROUTE, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

async function measureAll(page: Page): Promise<void> {
  await page.getByTestId('speed-start').click();
  // Every model on up to three backends, two timed steps each at the test scale: SwiftShader's shader compiles dominate.
  await page.waitForFunction(() => document.querySelector('[data-testid="speed-start"]')?.hasAttribute('disabled') === false, undefined, { timeout: 300_000 });
}

describe('the speed lab', () => {
  it('shows its heading and lead, in either language, while its working part and the feature words are still on the way', async () => {
    for (const [path, head, words] of [['#/speed-lab', speedHead, speed], ['#/zh/speed-lab', zhSpeedHead, zhSpeed]] as const) {
      const { page, context, problems } = await freshPage(lab.browser);
      // Hold the feature dictionaries (the working part waits for them) until the heading has been checked.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/features-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${lab.server.url}${path}`);
      await page.getByRole('heading', { name: head['speed.title'], level: 1 }).waitFor();
      expect(await page.locator('.speed-lab .lead').innerText()).toBe(head['speed.lead'].replace('{steps}', String(LAB_STEPS)));
      expect(await page.getByTestId('speed-start').count()).toBe(0);
      release();
      expect(await page.getByTestId('speed-start').innerText()).toBe(words['speed.start']);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    }
  });

  it('trains every model on every backend here to the end, GPU losses match the CPU’s, and its export imports again', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await page.goto(`${lab.server.url}#/speed-lab`);
    await page.getByRole('heading', { name: speedHead['speed.title'], level: 1 }).waitFor();
    await measureAll(page);

    const rows = page.getByTestId('speed-table').locator('tbody tr');
    const backends = [...new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-backend') ?? '')))];
    // This Chromium offers all three (WebGPU and WebGL on SwiftShader).
    expect(backends.sort()).toEqual(['cpu', 'webgl', 'webgpu']);
    expect(await rows.count()).toBe(SPEED_MODELS.length * 3);
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-model')}/${tr.getAttribute('data-backend')}: ${tr.getAttribute('data-kind')} ${tr.textContent}`));
    for (const kind of kinds) expect(kind, kind).toContain(': measured');
    const parity = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-backend'), tr.querySelector('[data-parity]')?.getAttribute('data-parity'), (tr as HTMLElement).innerText] as const),
    );
    for (const [backend, verdict, text] of parity) expect(verdict, text).toBe(backend === 'cpu' ? 'reference' : 'match');
    // WebGPU's dispatches per step are counted; the fused Playground step is 2L + 3 = 9 for its three layers.
    const playgroundDispatches = await page.locator('tr[data-model="playground"][data-backend="webgpu"] td').nth(4).innerText();
    expect(Number(playgroundDispatches)).toBe(9);

    // The chart's numbers, and the crossover put in words for both GPU backends.
    const chartRows = await page.locator('table[data-chart-table="speed"] tbody tr').count();
    expect(chartRows).toBe(SPEED_MODELS.filter((m) => m.sweep).length);
    const crossover = await page.getByTestId('speed-crossover').locator('p').allInnerTexts();
    expect(crossover).toHaveLength(2);
    expect(crossover.join(' ')).toMatch(/WebGPU/);
    expect(crossover.join(' ')).toMatch(/WebGL/);

    // Export, then import the same file: every pair side by side, 1× apart.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: speed['speed.export'] }).click()]);
    const path = await download.path();
    const exported = await readFile(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'lml-speed-lab', version: 1 });
    const input = page.getByTestId('speed-import');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "lml-speed-lab", "version": 1, "rows": 3}') });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('“broken.json” was not read');
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const compared = page.getByTestId('speed-compare').locator('tbody tr');
    await compared.first().waitFor();
    expect(await compared.count()).toBe(SPEED_MODELS.length * 3);
    const ratios = await compared.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent));
    expect(new Set(ratios)).toEqual(new Set(['1×']));
    expect(await page.getByRole('alert').count()).toBe(0);

    // Kept: a reload shows the same results.
    await page.reload();
    await page.getByTestId('speed-table').waitFor();
    expect(await page.getByTestId('speed-table').locator('tbody tr').count()).toBe(SPEED_MODELS.length * 3);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * Makes this page's WebGPU adapter look hardware-backed (its `isFallbackAdapter`
 * false), so that Auto has two candidates to measure here: WebGPU and the
 * CPU. Only the page's view changes: the worker still runs SwiftShader.
 */
async function pretendHardwareAdapter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const gpu = (navigator as unknown as { gpu?: { requestAdapter: (...args: unknown[]) => Promise<object | null> } }).gpu;
    if (!gpu) return;
    const request = gpu.requestAdapter.bind(gpu);
    gpu.requestAdapter = async (...args: unknown[]) => {
      const adapter = await request(...args);
      if (!adapter) return adapter;
      const info = { vendor: 'test', architecture: 'pretend-hardware', description: '', isFallbackAdapter: false };
      return new Proxy(adapter, {
        get: (target, property) => (property === 'info' ? info : property === 'isFallbackAdapter' ? false : Reflect.get(target, property, target) as unknown),
      });
    };
  });
}

describe('Auto that measures', () => {
  it('measures before the first run, runs on its choice, and after a reload remembers it and says why', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await pretendHardwareAdapter(page);
    await page.goto(lab.server.url + LESSON_ROUTE);
    await waitForEditor(page);

    // Stop while Auto measures: the measuring ends, nothing runs, nothing is remembered.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('auto-measuring').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByTestId('auto-measuring').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('.lml-output').getAttribute('data-run-status')).not.toBe('running');
    expect((await page.evaluate(() => localStorage.getItem('lml.auto-picks'))) ?? '').not.toMatch(/"backend"/);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('auto-measuring').waitFor({ timeout: 30_000 });
    const reason = page.getByTestId('auto-reason');
    await reason.waitFor({ timeout: 120_000 });
    const chosen = await reason.getAttribute('data-backend');
    const measuredAt = await reason.getAttribute('data-measured-at');
    expect(['webgpu', 'cpu']).toContain(chosen);
    // "Auto chose CPU: 2.4× faster than WebGPU for this small network here. Measured 3 Dec 2026."
    expect(await reason.innerText()).toMatch(/^Auto chose (CPU|WebGPU): \d+(\.\d)?× faster than (WebGPU|CPU) for this small network here\. (Not measured: WebGL \(emulated in software\)\. )?Measured /);
    await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'done', undefined, { timeout: 120_000 });
    expect(await page.getByTestId('backend-badge').getAttribute('data-backend')).toBe(chosen);

    // A reload: the choice and its reason are back, and the next run uses it without measuring.
    await page.reload();
    await waitForEditor(page);
    await reason.waitFor();
    expect(await reason.getAttribute('data-measured-at')).toBe(measuredAt);
    // The badge forecasts the remembered choice, not the first backend offered.
    expect(await page.getByTestId('backend-badge').innerText()).toBe(`Will run on ${chosen === 'cpu' ? 'CPU' : 'WebGPU'}`);
    expect(await runToEnd(page, 120_000)).toBe('done');
    expect(await page.getByTestId('backend-badge').getAttribute('data-backend')).toBe(chosen);
    expect(await reason.getAttribute('data-measured-at')).toBe(measuredAt);
    expect(await page.getByTestId('auto-measuring').count()).toBe(0);

    // "Measure again" forgets it: the next run measures anew.
    await reason.getByRole('button', { name: 'Measure again' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('auto-measuring').waitFor({ timeout: 30_000 });
    await reason.waitFor({ timeout: 120_000 });
    expect(await reason.getAttribute('data-measured-at')).not.toBe(measuredAt);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
