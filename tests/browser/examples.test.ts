/**
 * Every runnable example of every published lesson, run to completion the
 * way a student does it: open the lesson, pick the example's tab, press Run,
 * wait, at the test scale (examples shrink their data and epochs with
 * `lab.scale`). On the CPU backend: SwiftShader emulates a GPU on the CPU
 * and runs the bigger examples (the live decision boundary, the CNN) many
 * times slower than the CPU backend itself, beyond any reasonable CI budget;
 * the WebGPU path is exercised by the live-code tests and `npm run bench`.
 *
 * What each example must reach is asserted in its Node test
 * (tests/unit/examples/); this test proves the same code runs in the real
 * worker on the real GPU path, with no error box and no page error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage, launchChromium, type PageProblems } from './support/chromium';
import { builtLessons } from './support/lessons-index';
import { badge, chooseBackend, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { TEST_DIST } from './support/offline';
import { serveStatic, type StaticServer } from './support/static-server';

/** A generous bound for one example at the test scale on the CPU backend of a 2-core machine. */
const RUN_TIMEOUT_MS = 120_000;

const lessonsWithExamples = builtLessons(TEST_DIST).filter((lesson) => lesson.examples.length > 0);

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;
let closeContext: () => Promise<void>;

beforeAll(async () => {
  server = await serveStatic(TEST_DIST);
  browser = await launchChromium({ webgpu: true });
  const fresh = await freshPage(browser);
  page = fresh.page;
  problems = fresh.problems;
  closeContext = () => fresh.context.close();
  await setTestScale(page);
});

afterAll(async () => {
  await closeContext?.();
  await browser?.close();
  await server?.close();
});

/** The error box's text, or null when the run shows none. */
async function shownError(p: Page): Promise<string | null> {
  const box = p.locator('.lml-output .lml-error');
  return (await box.count()) > 0 ? box.first().textContent() : null;
}

describe('every runnable example', () => {
  it('has at least one lesson with examples to run', () => {
    expect(lessonsWithExamples.length).toBeGreaterThan(0);
  });

  for (const lesson of lessonsWithExamples) {
    for (const example of lesson.examples) {
      it(`${lesson.slug}: "${example.title}" runs to completion`, { timeout: RUN_TIMEOUT_MS + 60_000 }, async () => {
        await page.goto(`${server.url}#/lessons/${lesson.slug}`);
        await waitForEditor(page);
        if (lesson.examples.length > 1) {
          await page.getByRole('tab', { name: example.title, exact: true }).click();
          await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(example.title);
          await waitForEditor(page);
        }
        await chooseBackend(page, 'cpu');
        const status = await runToEnd(page, RUN_TIMEOUT_MS);
        expect(await shownError(page), 'error box').toBeNull();
        expect(status).toBe('done');
        expect((await badge(page)).backend).toBe('cpu');
        expect(problems.pageErrors).toEqual([]);
      });
    }
  }
});
