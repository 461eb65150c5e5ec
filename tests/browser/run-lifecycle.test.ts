/**
 * Runs end cleanly in the real worker, whatever the code does (issue 17,
 * fuzz findings code/*): Stop works at any moment, "Starting the runtime…"
 * included; timers, globals and tfjs changes of one run do not reach the
 * next; thrown values that cannot be printed and errors thrown from timers
 * end the run with a message.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { chooseBackend, openLessonEditor, replaceCode, runToEnd, setTestScale } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });

async function open(): Promise<{ page: Page; close: () => Promise<void>; problems: { pageErrors: string[] } }> {
  const { page, context, problems } = await freshPage(lab.browser);
  await setTestScale(page);
  await openLessonEditor(page, lab.server.url);
  await chooseBackend(page, 'cpu');
  return { page, problems, close: () => context.close() };
}

const status = (page: Page): Promise<string | null> => page.locator('.lml-output').getAttribute('data-run-status');
const printed = (page: Page): Promise<string[]> => page.locator('.lml-print').allTextContents();

describe('Stop at any moment (code/stop-before-runtime-ready)', () => {
  it('Run then Stop after 0, 50, 150 or 300 ms ends the run every time, and a later Run works', async () => {
    const delays = [0, 50, 150, 300];
    const outcomes: string[] = [];
    for (const delay of delays) {
      // A fresh page: its first Run starts the runtime, so Stop lands while it is starting.
      const { page, close, problems } = await open();
      await replaceCode(page, `lab.print('ran');\nwhile (true) await lab.sleep(20);`);
      for (let attempt = 0; attempt < 2; attempt++) {
        // The second attempt stops the worker spawned by the first Stop while it loads.
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        const starting = await page.getByTestId('run-status').textContent();
        await page.waitForTimeout(delay);
        await page.getByRole('button', { name: 'Stop', exact: true }).click();
        await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'stopped', undefined, { timeout: 5_000 });
        outcomes.push(`${delay} ms (${starting ?? ''}): ${(await status(page)) ?? ''}`);
      }
      await replaceCode(page, `lab.print('after stop', 6 * 7);`);
      expect(await runToEnd(page)).toBe('done');
      expect(await printed(page)).toEqual(['after stop 42']);
      expect(problems.pageErrors).toEqual([]);
      await close();
    }
    expect(outcomes).toHaveLength(8);
    expect(outcomes.every((o) => o.endsWith(': stopped'))).toBe(true);
    // At least one Stop landed while the runtime was starting (the case that used to stick).
    expect(outcomes.some((o) => o.includes('Starting the runtime'))).toBe(true);
  });
});

describe('what one run leaves does not reach the next', () => {
  it('timers are stopped at the end of a run: live tensors at the start of ten runs stay flat (code/leak-timer-x10)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `lab.print('live', tf.memory().numTensors);\nsetInterval(() => { tf.ones([100, 100]); }, 5);\nawait lab.sleep(30);`);
    const starts: number[] = [];
    for (let i = 0; i < 10; i++) {
      expect(await runToEnd(page)).toBe('done');
      const [first] = await printed(page);
      starts.push(Number(first?.split(' ')[1]));
      await page.waitForTimeout(50);
    }
    expect(starts.every((n) => Number.isInteger(n))).toBe(true);
    expect(starts).toEqual(Array.from({ length: 10 }, () => starts[0]));
    expect(await page.locator('.lml-print-warn').first().textContent()).toMatch(/^Stopped 1 setInterval timer\(s\)/);
    await close();
  });

  it('globals one run sets, replaces or deletes are put back (code/globals)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `lab.print('set');\nglobalThis.hijacked = () => hijacked();\nglobalThis.setTimeout = () => hijacked();\ndelete globalThis.JSON;\nglobalThis.Promise = undefined;`);
    // Its own run still ends (the runtime kept what it needs), …
    expect(await runToEnd(page)).toBe('done');
    // … and the next two runs see the scope as it was.
    for (let i = 0; i < 2; i++) {
      await replaceCode(page, `await lab.sleep(5);\nlab.print(typeof hijacked, typeof Promise, JSON.stringify([${i}]));`);
      expect(await runToEnd(page)).toBe('done');
      expect(await printed(page)).toEqual([`undefined function [${i}]`]);
    }
    await close();
  });

  it('tf.removeBackend("cpu") in one run does not break the next: the worker is replaced (code/removeBackend-cpu)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `tf.removeBackend('cpu');\nlab.print('removed');`);
    // That run ends (tfjs itself complains that the backend in use is gone) …
    expect(['done', 'error']).toContain(await runToEnd(page));
    expect(await printed(page)).toEqual(['removed']);
    // … and the next runs, in a fresh worker, have their cpu backend.
    for (let i = 0; i < 2; i++) {
      await replaceCode(page, `lab.print(tf.getBackend(), tf.tensor1d([1, 2]).sum().arraySync(), ${i});`);
      expect(await runToEnd(page)).toBe('done');
      expect(await printed(page)).toEqual([`cpu 3 ${i}`]);
    }
    await close();
  });

  it('a built-in changed by one run is gone in the next (the worker is replaced)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `Array.prototype.map = function () { return 'hijacked'; };\nlab.print([1].map((x) => x));`);
    expect(await runToEnd(page)).toBe('done');
    await replaceCode(page, `lab.print([1, 2].map((x) => x * 2).join());`);
    expect(await runToEnd(page)).toBe('done');
    expect(await printed(page)).toEqual(['2,4']);
    await close();
  });
});

describe('errors that used to escape the run', () => {
  it('a thrown value that cannot be printed ends the run with a message (code/throw-null-prototype)', async () => {
    const { page, close } = await open();
    await replaceCode(page, `const kept = tf.keep(tf.ones([10]));\nthrow Object.create(null);`);
    expect(await runToEnd(page)).toBe('error');
    expect(await page.locator('.lml-error-message').textContent()).toBe('Thrown value: [object Object]');
    await replaceCode(page, `lab.print(tf.memory().numTensors);`);
    expect(await runToEnd(page)).toBe('done');
    expect(await printed(page)).toEqual(['0']);
    await close();
  });

  it('an error thrown from a timer ends the run at once with its message', async () => {
    const { page, close } = await open();
    await replaceCode(page, `setTimeout(() => { throw new Error('late boom'); }, 20);\nawait lab.sleep(60_000);`);
    const started = Date.now();
    expect(await runToEnd(page, 30_000)).toBe('error');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await page.locator('.lml-error-message').textContent()).toBe('late boom');
    await close();
  });
});
