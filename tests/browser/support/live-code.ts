/**
 * What a person does in the code pane, as helpers for the live-code tests:
 * open the lesson, wait for the editor, replace or read its text, run, stop,
 * and read what the output shows (status, badge, chart tables, metrics).
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage } from './chromium';
import { runtime as enRuntime } from '../../../src/i18n/en/runtime';
import { runtime as zhRuntime } from '../../../src/i18n/zh/runtime';
import { TEST_SCALE_KEY } from '../../../src/editor/test-scale';

/** A button or label in either edition: the helpers work on English and Chinese pages alike. */
const either = (key: 'runtime.run' | 'runtime.backend.label') => new RegExp(`^(${enRuntime[key]}|${zhRuntime[key]})$`);

export const LESSON_ROUTE = '#/lessons/neurons-layers-activations';
/** Shrinks the example's training for SwiftShader (the example reads `lab.scale`). */
export const TEST_SCALE = '0.1';

/** Sets the test scale before any page script runs (on every load, reloads included). */
export async function setTestScale(page: Page, scale: string = TEST_SCALE): Promise<void> {
  await page.addInitScript(([key, value]) => {
    localStorage.setItem(key, value);
  }, [TEST_SCALE_KEY, scale] as const);
}

/** A fresh page at the test scale with the lesson's editor open, and its `close`. */
export async function openEditorPage(browser: Browser, appUrl: string): Promise<{ page: Page; close: () => Promise<void>; problems: { pageErrors: string[] } }> {
  const { page, context, problems } = await freshPage(browser);
  await setTestScale(page);
  await openLessonEditor(page, appUrl);
  return { page, problems, close: () => context.close() };
}

export async function openLessonEditor(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl + LESSON_ROUTE);
  await waitForEditor(page);
}

/**
 * Opens the editor as a reader does (the code pane shows highlighted code
 * until it is clicked) and waits until Monaco is up and shows text.
 */
export async function waitForEditor(page: Page): Promise<void> {
  const editorLine = page.locator('.lml-editor-host .monaco-editor .view-line').first();
  const preview = page.getByTestId('code-preview');
  await editorLine.or(preview).first().waitFor({ timeout: 60_000 });
  if (await preview.isVisible()) await preview.locator('pre').click();
  await editorLine.waitFor({ timeout: 60_000 });
}

/**
 * IntelliSense answers: types `tf.seq` on a new last line and waits for the
 * completion `sequential`. This needs Monaco's TypeScript mode, its worker and
 * the tfjs declarations, the editor's largest lazy chunks, all loaded.
 */
export async function waitForIntelliSense(page: Page): Promise<void> {
  await waitForEditor(page);
  await waitForCompletion(page, 'tf.seq', 'sequential');
}

/** Types `typed` on a new last line, asks for completions, and waits for one that shows `suggestion`. */
export async function waitForCompletion(page: Page, typed: string, suggestion: string): Promise<void> {
  await page.locator('.lml-editor-host .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(typed);
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget .monaco-list-row', { hasText: suggestion }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Escape');
}

/** The text of the editor's first visible lines (Monaco renders spaces as U+00A0). */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.lml-editor-host .view-lines .view-line').evaluateAll((nodes) =>
    nodes
      .map((n) => ({ top: parseFloat((n as HTMLElement).style.top || '0'), text: n.textContent }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Selects everything in the editor and pastes `code` in its place, as a person would. */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.locator('.lml-editor-host .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export async function runStatus(page: Page): Promise<RunStatus> {
  return (await page.locator('.lml-output').getAttribute('data-run-status')) as RunStatus;
}

/** Clicks Run and waits until the run has ended; returns how it ended. */
export async function runToEnd(page: Page, timeout = 90_000): Promise<RunStatus> {
  await page.getByRole('button', { name: either('runtime.run') }).click();
  await page.waitForFunction(
    () => {
      const status = document.querySelector('.lml-output')?.getAttribute('data-run-status');
      return status === 'done' || status === 'error' || status === 'stopped';
    },
    undefined,
    { timeout },
  );
  return runStatus(page);
}

export async function badge(page: Page): Promise<{ backend: string; text: string }> {
  const locator = page.getByTestId('backend-badge');
  return {
    backend: (await locator.getAttribute('data-backend')) ?? '',
    text: (await locator.textContent()) ?? '',
  };
}

export async function chooseBackend(page: Page, choice: 'auto' | 'webgpu' | 'webgl' | 'cpu'): Promise<void> {
  await page.getByLabel(either('runtime.backend.label')).selectOption(choice);
}

/** The numbers behind a chart, from the table under it: rows of [x, ...series]. */
export async function chartTable(page: Page, name: string): Promise<number[][]> {
  return page.locator(`table[data-chart-table="${name}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => Array.from(row.children, (cell) => Number(cell.textContent))),
  );
}

export async function metric(page: Page, name: string): Promise<number> {
  const value = await page.locator(`[data-metric="${name}"]`).getAttribute('data-value');
  return Number(value);
}

/** Every metric the output shows, read at once (a run may report hundreds). */
export async function allMetrics(page: Page): Promise<Record<string, number>> {
  const pairs = await page.locator('[data-metric]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-metric') ?? '', el.getAttribute('data-value') ?? '']));
  return Object.fromEntries(pairs.map(([name = '', value]) => [name, Number(value)]));
}

export async function tensorCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('run-summary').getAttribute('data-num-tensors'));
}
