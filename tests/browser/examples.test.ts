/**
 * Every runnable example of every published lesson, run to completion the
 * way a student does it: open the lesson, pick the example's tab, choose the
 * backend, press Run, wait, at the test scale (examples shrink their data and
 * epochs with `lab.scale`). Twice: on the CPU backend (what a laptop without
 * WebGPU uses) and on WebGPU, here SwiftShader — a GPU emulated on the CPU,
 * many times slower than a real one, so the budget per run is generous.
 * Both passes train at the examples' floors (see FLOOR_SCALE).
 * `LML_SMOKE_BACKEND=cpu|webgl|webgpu` runs them on that backend only.
 *
 * What each example must reach is asserted in its Node test
 * (tests/unit/examples/); this test proves the same code runs in the real
 * worker on the real GPU path, with no error box and no page error.
 *
 * Each example runs in Chinese in one pass and in English in the other:
 * the examples alternate language (even ones in Chinese on the CPU and in
 * English on WebGPU, odd ones the other way round), so with both passes
 * every example runs once in each language in the real worker at no extra
 * run (doubling the pass would add ~5 minutes); with one backend half run in
 * each. A Chinese run must print Chinese and no English sentence. The unit
 * tests (tests/unit/examples/) run both editions of each example in Node
 * and compare their figures.
 *
 * It also records every request the page, the runtime worker and the
 * service worker make while the examples run, and fails if one leaves the
 * origin (the rest of that promise: lessons.test.ts, which reads the whole course in one tab).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage, type PageProblems } from './support/chromium';
import { untranslated, visibleTexts } from './support/english-text';
import { builtLessons } from './support/lessons-index';
import { badge, chooseBackend, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { TEST_DIST } from './support/build';
import { isOwnOrigin } from './support/static-server';
import { closeIfOpened } from './support/teardown';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: true });
import type { LessonMeta } from '../../src/lessons/types';
import type { Locale } from '../../src/i18n/locales';

type Backend = 'cpu' | 'webgl' | 'webgpu';
const SMOKE_BACKENDS: readonly Backend[] = ((): Backend[] => {
  const wanted = process.env['LML_SMOKE_BACKEND'];
  if (wanted === undefined || wanted === '') return ['cpu', 'webgpu'];
  if (wanted === 'cpu' || wanted === 'webgl' || wanted === 'webgpu') return [wanted];
  throw new Error(`LML_SMOKE_BACKEND must be cpu, webgl or webgpu, not "${wanted}"`);
})();

/** A generous bound for one example at the floor scale on a 2-core machine; the slowest (the tiny transformer on SwiftShader) took 16 s alone, 76 s before the floors were lowered. */
const RUN_TIMEOUT_MS = 240_000;
/**
 * Both passes only have to prove the example runs in the real worker on that
 * backend (what it must reach is its Node test's claim, at full scale), so they
 * train at the examples' floors (every example clamps its work from below):
 * far fewer steps, on SwiftShader above all. Each floor is as small as still
 * runs every line once (one epoch, a few steps): both passes together took
 * 150 s alone on 2 cores (233 CPU-seconds), 252 s (416) with the old floors.
 */
const FLOOR_SCALE = '0.01';

const lessonsWithExamples = builtLessons(TEST_DIST).filter((lesson) => lesson.examples.length > 0);
/** Every example once, numbered in course order (which language it runs in follows from its number). */
const examples = lessonsWithExamples.flatMap((lesson) => lesson.examples.map((example, index) => ({ lesson, example, index })));
const zhIndex = JSON.parse(readFileSync(join(TEST_DIST, 'lessons-index.json'), 'utf8')) as { editions: { zh: { lessons: LessonMeta[] } } };
/** The example's title in `locale`'s edition (the tab a reader of that language clicks). */
function titleIn(locale: Locale, slug: string, index: number, english: string): string {
  if (locale === 'en') return english;
  const title = zhIndex.editions.zh.lessons.find((l) => l.slug === slug)?.examples[index]?.title;
  if (title === undefined) throw new Error(`no Chinese edition of ${slug}'s example ${index + 1}`);
  return title;
}
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

let page: Page;
let problems: PageProblems;
let closeContext: () => Promise<void>;
/** Every request made while the examples ran (pages, their workers, the service worker). */
const requested: string[] = [];

beforeAll(async () => {
  // With the service worker: its requests are recorded too (one profile, so one precache).
  const fresh = await freshPage(lab.browser, { serviceWorkers: 'allow' });
  page = fresh.page;
  problems = fresh.problems;
  closeContext = () => fresh.context.close();
  fresh.context.on('request', (request: Request) => requested.push(request.url()));
  await setTestScale(page, FLOOR_SCALE);
});

afterAll(async () => {
  await closeIfOpened(closeContext);
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

  for (const backend of SMOKE_BACKENDS) {
    examples.forEach(({ lesson, example, index }, n) => {
      const locale: Locale = (n % 2 === 0) === (backend === 'cpu') ? 'zh' : 'en';
      const title = titleIn(locale, lesson.slug, index, example.title);
      it(`${backend}, ${locale}: ${lesson.slug}: "${title}" runs to completion`, { timeout: RUN_TIMEOUT_MS + 60_000 }, async () => {
        const consoleErrorsBefore = problems.consoleErrors.length;
        await page.goto(`${lab.server.url}#/${locale}/lessons/${lesson.slug}`);
        await waitForEditor(page);
        if (lesson.examples.length > 1) {
          await page.getByRole('tab', { name: title, exact: true }).click();
          await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(title);
          await waitForEditor(page);
        }
        await chooseBackend(page, backend);
        const status = await runToEnd(page, RUN_TIMEOUT_MS);
        expect(await shownError(page), 'error box').toBeNull();
        expect(status).toBe('done');
        expect((await badge(page)).backend).toBe(backend);
        if (locale === 'zh') {
          const output = await visibleTexts(page.locator('.lml-output'));
          expect(hasChinese(output.join('\n')), 'Chinese in the output').toBe(true);
          expect(untranslated(output, { ui: false }), 'English in the output').toEqual([]);
        }
        expect(problems.pageErrors).toEqual([]);
        // Nothing logged as an error while this example loaded and ran (TensorFlow.js on SwiftShader included).
        expect(problems.consoleErrors.slice(consoleErrorsBefore)).toEqual([]);
      });
    });
  }

  it('made no request to another origin while the examples ran', () => {
    // The recording works: the lessons, the editor and the runtime's chunks were seen.
    expect(requested.filter((url) => url.startsWith(lab.server.origin)).length).toBeGreaterThan(lessonsWithExamples.length);
    expect(requested.filter((url) => !isOwnOrigin(url, lab.server.origin))).toEqual([]);
  });
});
