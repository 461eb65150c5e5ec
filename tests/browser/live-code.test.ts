/**
 * The live-code pane, as a student uses it, on the production build served
 * under a sub-path: open the lesson with the house-prices example, run it on
 * WebGPU (SwiftShader) and on the CPU, stop a runaway loop, see errors marked
 * in the editor, keep edits across a reload, and run repeatedly without
 * leaking tensors. Training is shrunk with the test scale (see support).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  badge,
  chartTable,
  chooseBackend,
  editorText,
  metric,
  openEditorPage,
  replaceCode,
  runStatus,
  runToEnd,
  tensorCount,
  waitForEditor,
} from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

/**
 * Final-loss parity between WebGPU and the CPU backend: same seed, zero
 * initial weights, no shuffling, so only float32 summation order differs;
 * over a few epochs of SGD that stays far below 0.1 % of the loss.
 */
const PARITY_RELATIVE_TOLERANCE = 1e-3;

const open = () => openEditorPage(lab.browser, lab.server.url);

/** The line-number element beside which the error bar is drawn. */
async function markedLine(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const bar = document.querySelector('.lml-editor-host .lml-error-gutter');
    if (!bar) return null;
    const top = bar.getBoundingClientRect().top;
    for (const number of document.querySelectorAll('.lml-editor-host .line-numbers')) {
      if (Math.abs(number.getBoundingClientRect().top - top) < 3) return Number(number.textContent);
    }
    return null;
  });
}

describe('live code', () => {
  it('on Auto passes over the emulated GPU to the CPU and says why; WebGPU chosen by hand runs, the loss falls, and the two agree', async () => {
    const { page, close, problems } = await open();
    expect(await editorText(page)).toContain('House prices');
    // Nothing runs by itself on load; the badge foresees Auto's choice: this browser's WebGPU and WebGL are SwiftShader.
    expect(await runStatus(page)).toBe('idle');
    await expect.poll(async () => (await badge(page)).text, { timeout: 15_000 }).toBe('Will run on CPU');

    expect(await runToEnd(page)).toBe('done');
    const auto = await badge(page);
    expect(auto.backend).toBe('cpu');
    expect(auto.text).toBe('WebGPU is emulated here — running on CPU, which is faster (choose WebGPU to use it anyway)');
    const cpuLoss = await metric(page, 'loss');
    // The CPU backend makes no GPU work to report.
    expect(await page.getByTestId('gpu-work').count()).toBe(0);

    await chooseBackend(page, 'webgpu');
    expect(await runToEnd(page)).toBe('done');
    const gpu = await badge(page);
    expect(gpu.backend).toBe('webgpu');
    expect(gpu.text).toContain('WebGPU');
    const loss = await chartTable(page, 'loss');
    expect(loss.length).toBeGreaterThanOrEqual(5);
    const first = loss[0]?.[1] ?? NaN;
    const last = loss.at(-1)?.[1] ?? NaN;
    expect(last).toBeLessThan(first / 2);
    // The fitted line was drawn too, and the progress bar reached the end.
    expect(await page.locator('figure[data-chart="price vs area"]').count()).toBe(1);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    const gpuLoss = await metric(page, 'loss');
    expect(gpuLoss).toBeCloseTo(last, 4);
    expect(Math.abs(gpuLoss - cpuLoss)).toBeLessThanOrEqual(PARITY_RELATIVE_TOLERANCE * cpuLoss);
    // The GPU work the run made: its dispatches and submits, per training step (every batch fitCallbacks saw).
    const work = page.getByTestId('gpu-work');
    const [dispatches, submits, steps] = await Promise.all(['data-dispatches', 'data-submits', 'data-steps'].map(async (a) => Number(await work.getAttribute(a))));
    expect(steps).toBeGreaterThan(0);
    expect(dispatches).toBeGreaterThan(steps ?? 0);
    expect(submits).toBeGreaterThan(0);
    expect(await work.textContent()).toMatch(/compute dispatches .* per training step/);

    // The choice is remembered.
    await page.reload();
    await waitForEditor(page);
    expect(await page.getByLabel('Backend', { exact: true }).inputValue()).toBe('webgpu');
    expect(problems.pageErrors).toEqual([]);
    await close();
  });

  it('stops `while (true) {}` within a second, the page stays responsive, and the next run works', async () => {
    const { page, close } = await open();
    await chooseBackend(page, 'cpu');
    await replaceCode(page, 'lab.print("spinning");\nwhile (true) {}\n');
    const spinning = async () => {
      await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'running');
      await page.locator('.lml-print', { hasText: 'spinning' }).waitFor({ timeout: 60_000 });
    };
    const stoppedWithin = async (act: () => Promise<void>) => {
      const at = Date.now();
      await act();
      await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'stopped');
      return Date.now() - at;
    };

    // Control+Enter in the editor runs; the Stop button stops.
    await page.keyboard.press('ControlOrMeta+Enter');
    await spinning();
    // The page answers while the worker spins: a DOM round trip is quick.
    const before = Date.now();
    await page.getByRole('button', { name: 'Reset to original' }).focus();
    expect(Date.now() - before).toBeLessThan(1000);
    expect(await stoppedWithin(() => page.getByRole('button', { name: 'Stop', exact: true }).click())).toBeLessThan(1000);

    // Again, stopped with Escape from the editor this time.
    await page.locator('.lml-editor-host .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await spinning();
    expect(await stoppedWithin(() => page.keyboard.press('Escape'))).toBeLessThan(1000);

    await replaceCode(page, 'lab.print("after stop", 6 * 7);\n');
    expect(await runToEnd(page)).toBe('done');
    expect(await page.locator('.lml-print').allTextContents()).toEqual([expect.stringContaining('42')]);
    await close();
  });

  it('shows a syntax error and a thrown error with their message, and marks their line', async () => {
    const { page, close } = await open();
    await chooseBackend(page, 'cpu');

    await replaceCode(page, 'const a = 1;\nconst b = ;\nlab.print(a);\n');
    expect(await runToEnd(page)).toBe('error');
    const syntax = page.locator('.lml-error');
    expect(await syntax.getAttribute('data-error-phase')).toBe('compile');
    expect(await syntax.textContent()).toContain('line 2');
    expect(await page.locator('.lml-editor-frame').getAttribute('data-error-line')).toBe('2');
    await expect.poll(() => markedLine(page), { timeout: 10_000 }).toBe(2);

    await replaceCode(page, 'const a = 1;\nlab.print(a);\nthrow new Error("house prices cannot be negative");\n');
    expect(await runToEnd(page)).toBe('error');
    const thrown = page.locator('.lml-error');
    expect(await thrown.getAttribute('data-error-phase')).toBe('runtime');
    expect(await thrown.textContent()).toContain('house prices cannot be negative');
    expect(await page.locator('.lml-editor-frame').getAttribute('data-error-line')).toBe('3');
    await expect.poll(() => markedLine(page), { timeout: 10_000 }).toBe(3);
    // The student's own error gets no canned help.
    expect(await page.locator('[data-error-help]').count()).toBe(0);
    await close();
  });

  it('explains a shape mismatch and a diverged loss in plain words beside the raw message, in English and in Chinese', async () => {
    const { page, close, problems } = await open();
    await chooseBackend(page, 'cpu');
    await replaceCode(page, 'const x = tf.ones([4, 2]);\nconst w = tf.ones([3, 1]);\nlab.print(tf.matMul(x, w));\n');
    expect(await runToEnd(page)).toBe('error');
    expect(await page.locator('.lml-error-message').textContent()).toContain('inner shapes (2) and (3)');
    const help = page.locator('.lml-error [data-error-help="matMul"]');
    expect(await help.textContent()).toContain('Here the shapes are [4,2] and [3,1]: 2 columns against 3 rows.');
    expect(await help.textContent()).toContain('Likely fix:');

    // The reader switches to Chinese: the help follows; the library's own message stays as it was.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '简体中文' }).click();
    await expect.poll(() => help.textContent()).toContain('这里两个形状是 [4,2] 和 [3,1]：2 列对 3 行。');

    // Training that diverges: a learning rate a million times too big. Not an error, so the run ends; the help shows.
    await replaceCode(
      page,
      [
        'const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });',
        "model.compile({ optimizer: tf.train.sgd(1e6), loss: 'meanSquaredError' });",
        'const xs = tf.tensor2d([[1], [2], [3], [4]]);',
        'await model.fit(xs, xs.mul(2), { epochs: 8, callbacks: lab.fitCallbacks() });',
        '',
      ].join('\n'),
    );
    expect(await runToEnd(page)).toBe('done');
    expect(await page.locator('[data-error-help="nanLoss"]').textContent()).toContain('调低学习率');
    expect(problems.pageErrors).toEqual([]);
    await close();
  });

  it('keeps an edit across a reload, and Reset (confirmed) brings the original back', async () => {
    const { page, close } = await open();
    const original = await editorText(page);
    expect(await page.getByTestId('edited-marker').count()).toBe(0);

    await page.locator('.lml-editor-host .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.insertText('// my own note\n');
    await page.getByTestId('edited-marker').waitFor();

    await page.reload();
    await waitForEditor(page);
    expect(await editorText(page)).toMatch(/^\/\/ my own note\n\/\/ House prices/);
    expect(await page.getByTestId('edited-marker').count()).toBe(1);
    // Saved code is shown, never run, on load.
    expect(await runStatus(page)).toBe('idle');

    // Cancel keeps the edit; confirming resets.
    await page.getByRole('button', { name: 'Reset to original' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the original code?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await editorText(page)).toMatch(/^\/\/ my own note/);
    await page.getByRole('button', { name: 'Reset to original' }).click();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    // Monaco repaints on its next frame: poll rather than read once.
    await expect.poll(() => editorText(page)).toBe(original);
    await expect.poll(() => page.getByTestId('edited-marker').count()).toBe(0);

    await page.reload();
    await waitForEditor(page);
    expect(await editorText(page)).toBe(original);
    await close();
  });

  it('runs the example five times without the tensor count growing after the first run', async () => {
    const { page, close } = await open();
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      expect(await runToEnd(page)).toBe('done');
      counts.push(await tensorCount(page));
    }
    // Not one tensor more after any run than after the first (as the unit test of the runner holds it).
    expect(counts).toEqual(counts.map(() => counts[0]));
    await close();
  });
});

describe('live code without WebGPU', () => {
  // A second Chromium, without WebGPU; the page comes from the file's server.
  const plain = withBrowser({ webgpu: false, serve: false });

  it('runs the same example on WebGL or the CPU and the badge says which', async () => {
    const { page, close, problems } = await openEditorPage(plain.browser, lab.server.url);
    expect(await runToEnd(page)).toBe('done');
    const used = await badge(page);
    expect(['webgl', 'cpu']).toContain(used.backend);
    expect(used.text).toContain(used.backend === 'webgl' ? 'WebGL' : 'CPU');
    const loss = await chartTable(page, 'loss');
    expect(loss.at(-1)?.[1] ?? NaN).toBeLessThan((loss[0]?.[1] ?? NaN) / 2);
    expect(problems.pageErrors).toEqual([]);
    await close();
  });
});
