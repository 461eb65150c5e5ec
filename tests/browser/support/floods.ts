/**
 * Output floods from student code, and how the page's main thread bears
 * them: the longest task (PerformanceObserver 'longtask') and the longest
 * gap between animation frames while the flood runs, and how long Stop
 * takes. Shared by tests/browser/floods.test.ts (generous bounds) and
 * scripts/bench/floods.ts (the figures).
 */
import type { Page } from 'playwright-core';
import { replaceCode } from './live-code';

export interface Flood {
  readonly code: string;
  /** Press Stop this long after the run starts (for floods that never end). */
  readonly stopAfterMs?: number;
}

/** The fuzz findings' floods, by id (shared/reviews/fuzz-findings.md). */
export const FLOODS = {
  'flood/print-20MB-string': { code: `lab.print('x'.repeat(20_000_000));` },
  'flood/error-20MB-message': { code: `throw new Error('y'.repeat(20_000_000));` },
  'flood/print-spam-1M': { code: `for (let i = 0; i < 1_000_000; i++) lab.print(i);` },
  'flood/plot-1M-points': { code: `const x = Array.from({ length: 1_000_000 }, (_, i) => i);\nlab.plot('big', { name: 'line', x, y: x.map(Math.sin) });` },
  'flood/chart-forever': {
    code: `for (let i = 0; ; i++) { lab.chart('sine', 'sin', i, Math.sin(i / 100)); if (i % 20000 === 0) await lab.nextFrame(); }`,
    stopAfterMs: 3_000,
  },
} as const satisfies Record<string, Flood>;

export type FloodId = keyof typeof FLOODS;

export interface FloodFigures {
  /** How the run ended: done, error or stopped. */
  readonly status: string;
  readonly longestTaskMs: number;
  readonly longestFrameGapMs: number;
  /** From the Stop click to the stopped status (floods that never end). */
  readonly stopMs: number | null;
}

interface MainThreadState {
  longest: number;
  gap: number;
  last: number;
  looping: boolean;
}

/** Starts recording long tasks in every page load (call before the page opens). */
export async function watchMainThread(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { longest: 0, gap: 0, last: 0, looping: false };
    (window as unknown as { __lmlMain: typeof state }).__lmlMain = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/**
 * Zeroes the figures and makes sure the frame clock runs: one
 * requestAnimationFrame loop measuring the gap between frames (started
 * here, from the loaded page: a loop requested by the init script, before
 * the document had a body, never got a frame in headless Chromium).
 */
/** Page-side code of `resetMainThread`, as text: tsx's name-keeping helpers do not exist in the page. */
const RESET_SCRIPT = `(() => {
  const s = window.__lmlMain;
  s.longest = 0;
  s.gap = 0;
  s.last = performance.now();
  if (s.looping) return;
  s.looping = true;
  requestAnimationFrame(function frame(t) {
    s.gap = Math.max(s.gap, t - s.last);
    s.last = t;
    requestAnimationFrame(frame);
  });
})()`;

const resetMainThread = async (page: Page): Promise<void> => {
  await page.evaluate(RESET_SCRIPT);
};

/** Polled on a 50 ms timer, not on animation frames: frames are what a flood may starve. */
const ended = (page: Page, timeout: number): Promise<unknown> =>
  page.waitForFunction(
    () => ['done', 'error', 'stopped'].includes(document.querySelector('.lml-output')?.getAttribute('data-run-status') ?? ''),
    undefined,
    { timeout, polling: 50 },
  );

/** Runs one flood in the open editor and measures it. */
export async function measureFlood(page: Page, flood: Flood, timeout = 120_000): Promise<FloodFigures> {
  await replaceCode(page, flood.code);
  await resetMainThread(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  let stopMs: number | null = null;
  if (flood.stopAfterMs !== undefined) {
    await page.waitForFunction(() => document.querySelector('.lml-output')?.getAttribute('data-run-status') === 'running', undefined, { polling: 50 });
    await page.waitForTimeout(flood.stopAfterMs);
    const at = Date.now();
    // A real click, without waiting for the button to be "stable" over two animation frames:
    // what is measured is the page's answer to the click, not the frame rate.
    await page.getByRole('button', { name: 'Stop', exact: true }).click({ timeout, force: true });
    await ended(page, timeout);
    stopMs = Date.now() - at;
  } else {
    await ended(page, timeout);
  }
  // Let the last batch of output render, then read.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const figures = await page.evaluate(() => (window as unknown as { __lmlMain: MainThreadState }).__lmlMain);
  const status = (await page.locator('.lml-output').getAttribute('data-run-status')) ?? '';
  return { status, longestTaskMs: figures.longest, longestFrameGapMs: figures.gap, stopMs };
}
