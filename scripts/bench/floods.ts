/**
 * Output floods (issue 17, fuzz findings flood/*): each flood runs in the
 * editor of the production build while the page records its longest main-
 * thread task and longest gap between frames, and how long Stop takes for
 * the flood that never ends. Lower is better; the fuzzing round measured,
 * before the fix, 5.7 s (20 MB print), 6.9 s (20 MB error), 1.3–1.5 s frame
 * gaps (a million prints, a million-point plot) and 3.5 s to stop a chart
 * fed forever. tests/browser/floods.test.ts holds generous bounds.
 *
 * `npx tsx scripts/bench/index.ts floods` runs it alone on dist/.
 */
import { freshPage } from '../../tests/browser/support/chromium';
import { FLOODS, measureFlood, watchMainThread, type FloodId } from '../../tests/browser/support/floods';
import { chooseBackend, openLessonEditor, setTestScale } from '../../tests/browser/support/live-code';
import type { BenchContext, BenchRow } from './types';

const TIMEOUT_MS = 120_000;

export default async function floods(ctx: BenchContext): Promise<BenchRow[]> {
  const browser = await ctx.launch({ webgpu: true });
  const rows: BenchRow[] = [];
  try {
    for (const id of Object.keys(FLOODS) as FloodId[]) {
      // A page of its own per flood: a flood that wrecks the page must not spoil the next figure.
      const { page, context } = await freshPage(browser);
      await setTestScale(page);
      await watchMainThread(page);
      await openLessonEditor(page, ctx.appUrl);
      await chooseBackend(page, 'cpu');
      let figures;
      try {
        figures = await measureFlood(page, FLOODS[id], TIMEOUT_MS);
      } catch {
        // A page that stops answering (an old build under a flood) is a figure too.
        rows.push({ name: `${id}: page answered`, value: 0, unit: '', note: `no: it did not finish or stop within ${TIMEOUT_MS / 1000} s` });
        continue;
      } finally {
        await context.close();
      }
      const note = `ended ${figures.status}`;
      rows.push({ name: `${id}: longest task`, value: figures.longestTaskMs, unit: 'ms', note });
      rows.push({ name: `${id}: longest frame gap`, value: figures.longestFrameGapMs, unit: 'ms', note });
      if (figures.stopMs !== null) rows.push({ name: `${id}: Stop to stopped`, value: figures.stopMs, unit: 'ms', note });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
