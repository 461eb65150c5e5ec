/**
 * The course helpers in the real app, as a student meets them: code that
 * declares settings and draws heat maps and pictures, offers a file and a
 * measured cost. Changing a setting runs the example again with the new
 * value; the measured cost lands in the worksheet with its provenance; the
 * settings and their values survive a reload. CPU backend: these are
 * page features, not GPU ones.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { chooseBackend, openLessonEditor, replaceCode, runStatus, runToEnd, waitForEditor } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const CODE = `const act = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu'] });
const lr = lab.control('learning rate', { value: 0.03, min: 0.001, max: 3, log: true });
lab.print('settings:', act, lr);
const grid = [];
for (let r = 0; r < 40; r++) grid.push(Array.from({ length: 40 }, (_, c) => (r + c) / 78));
lab.heatmap('boundary', { values: grid, colors: 'diverging', extent: { x: [-1, 1], y: [-1, 1] }, points: { x: [0, 0.5], y: [0, -0.5], label: [0, 1] } });
lab.heatmap('confusion', { values: [[40, 2], [3, 55]], showValues: true, rowLabels: ['no', 'yes'], columnLabels: ['no', 'yes'], xTitle: 'predicted', yTitle: 'actual' });
lab.images('digits', [{ pixels: [[0, 1], [1, 0]], caption: 'a 2×2 check', tone: 'good' }]);
lab.download('notes.txt', 'hello');
lab.offerWorksheetCost({ costPer1000Calls: 0.042, provenance: '1.5 ms per call on cpu × $0.10 per hour', callsPerSecond: 650 });
`;

/** The text of the printed lines. */
const printed = (page: Page) => page.locator('.lml-prints').allTextContents();

describe('course helpers in the output', () => {
  it('draws heat maps, pictures, a download and a worksheet offer; a setting reruns; values survive a reload', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openLessonEditor(page, lab.server.url);
    await chooseBackend(page, 'cpu');
    await replaceCode(page, CODE);
    expect(await runToEnd(page)).toBe('done');
    expect((await printed(page)).join('\n')).toContain('settings: tanh 0.03');

    // The boundary: a canvas (40×40 cells) with a description; the confusion matrix: a table with its numbers.
    const boundary = page.locator('[data-heatmap="boundary"] canvas');
    expect(await boundary.getAttribute('aria-label')).toContain('40 × 40 values');
    const confusion = page.locator('[data-heatmap="confusion"] table');
    expect(await confusion.locator('td[data-value]').allTextContents()).toEqual(['40', '2', '3', '55']);
    expect(await confusion.locator('th[scope="row"]').allTextContents()).toEqual(['no', 'yes']);
    expect(await page.locator('[data-images="digits"] figcaption').textContent()).toBe('a 2×2 check');
    // Pixels really drawn: the top-left of the 2×2 picture is black, the top-right white.
    const pixels = await page.locator('[data-images="digits"] canvas').evaluate((c) => {
      const data = (c as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 2, 1).data;
      return data ? [data[0], data[4]] : [];
    });
    expect(pixels).toEqual([0, 255]);
    const link = page.getByRole('link', { name: /Download notes\.txt/ });
    expect(await link.getAttribute('download')).toBe('notes.txt');

    // Settings: changing one runs again with it.
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByLabel('activation').selectOption('relu');
    await expect.poll(async () => (await printed(page)).join('\n'), { timeout: 30_000 }).toContain('settings: relu 0.03');
    await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'done');
    // The log slider moves by keyboard too; each step reruns with the value shown.
    await settings.getByLabel('learning rate').focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await printed(page)).join('\n'), { timeout: 30_000 }).toContain('settings: relu 3');

    // The measured cost goes into the worksheet's inference cost, with where it came from.
    await page.getByRole('button', { name: /Use \$0\.042 per 1,000 calls in the worksheet/ }).click();
    await page.getByTestId('worksheet-cost').getByRole('status').filter({ hasText: 'Copied to the worksheet' }).waitFor();
    const sidebar = page.getByRole('complementary', { name: 'Startup worksheet' });
    const inference = sidebar.locator('details', { has: page.locator('summary:text-is("Inference cost")') });
    if ((await inference.getAttribute('open')) === null) await inference.locator('summary').click();
    expect(await sidebar.getByLabel('Inference cost per 1,000 calls').inputValue()).toBe('0.042');
    expect(await sidebar.locator('[data-measured-cost]').textContent()).toContain('1.5 ms per call on cpu × $0.10 per hour');
    // The measured calls per second become the GPU-capacity throughput: 650 calls/s × the scenario's 1,000 tokens per call.
    await page.getByRole('button', { name: 'Use 650 calls/s as the worksheet’s throughput per GPU (GPU capacity)' }).click();
    await page.getByTestId('worksheet-cost').getByRole('status').filter({ hasText: 'Copied to the worksheet’s GPU capacity' }).waitFor();
    const capacity = sidebar.locator('details', { has: page.locator('summary:text-is("GPU capacity at peak")') });
    if ((await capacity.getAttribute('open')) === null) await capacity.locator('summary').click();
    expect(await sidebar.getByLabel('Throughput per GPU').inputValue()).toBe('650000');
    expect(await sidebar.getByLabel('Throughput source').inputValue()).toMatch(/^650 calls\/s \(1\.5 ms per call on cpu × \$0\.10 per hour, in .+\) × 1000 tokens per call$/);
    expect(await sidebar.getByLabel('Throughput measured or checked').inputValue()).toMatch(/^\d{4}-\d{2}$/);

    // After a reload: nothing runs by itself, and the settings show with the chosen values.
    await page.reload();
    await waitForEditor(page);
    expect(await runStatus(page)).toBe('idle');
    expect(await page.getByRole('region', { name: 'Settings' }).getByLabel('activation').inputValue()).toBe('relu');
    // Typing the cost by hand forgets the measurement.
    const cost = sidebar.getByLabel('Inference cost per 1,000 calls');
    if ((await inference.getAttribute('open')) === null) await inference.locator('summary').click();
    expect(await sidebar.locator('[data-measured-cost]').count()).toBe(1);
    await cost.fill('0.05');
    await expect.poll(() => sidebar.locator('[data-measured-cost]').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a progress bar for a training loop written by hand, to the end', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openLessonEditor(page, lab.server.url);
    await chooseBackend(page, 'cpu');
    await replaceCode(page, `const w = tf.variable(tf.scalar(0));
const optimizer = tf.train.sgd(0.1);
const epochs = 3, batches = 4;
for (let e = 0; e < epochs; e++) {
  for (let b = 0; b < batches; b++) {
    optimizer.minimize(() => w.sub(2).square() as tf.Scalar);
    await lab.sleep(20);
    lab.progress({ epoch: e + 1, epochs, batch: b + 1, batches });
  }
}
lab.print('w', (await w.data())[0]);
`);
    expect(await runToEnd(page)).toBe('done');
    const bar = page.getByRole('progressbar', { name: 'Training progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await bar.getAttribute('aria-valuetext')).toContain('Epoch 3 of 3 · batch 4 of 4');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
