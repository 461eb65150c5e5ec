/**
 * Exercises as a student does them (issue 15): answer a number wrong, read
 * the feedback, take a hint, answer right; pick a wrong option and read why;
 * open the code exercise in the editor, check the starter (it fails, each
 * check listed), write the solution, check again (it passes). The lesson's
 * exercises then show done after a reload, the course index shows the lesson
 * done with "continue where you left off"; the Chinese edition shows the
 * same progress in Chinese; a check that loops forever is stopped at its time
 * limit; reset starts an exercise over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../content/lessons/neurons-layers-activations/exercises';
import { TEST_CHECK_LIMIT_KEY } from '../../src/exercises/check-limit';
import { exampleEdition } from '../../src/lessons/pipeline/example-editions';
import { freshPage, type PageProblems } from './support/chromium';
import { editorText, replaceCode } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });
const SLUG = 'neurons-layers-activations';
const housePrice = exercises.find((e) => e.id === 'house-price');
const solution = exampleEdition(readFileSync(resolve(import.meta.dirname, `../../content/lessons/${SLUG}/exercises/sigmoid-neuron.solution.ts`), 'utf8'), 'en');

describe('exercises', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  const card = (id: string): Locator => page.locator(`[data-exercise="${id}"]`);
  const status = (id: string) => card(id).getByTestId('exercise-status');
  /** "Open in the editor" opens the editor itself (no click on the code's preview needed): wait for it to show text. */
  const editorOpened = () => page.locator('.lml-editor-host .monaco-editor .view-line').first().waitFor({ timeout: 60_000 });

  beforeAll(async () => {
    ({ context, page, problems } = await freshPage(lab.browser));
    await page.addInitScript(([key]) => localStorage.setItem(key, '1500'), [TEST_CHECK_LIMIT_KEY] as const);
    await page.goto(`${lab.server.url}#/lessons/${SLUG}`);
    await page.locator('.exercises-slot').scrollIntoViewIfNeeded();
    await page.getByTestId('exercises').waitFor();
  });
  afterAll(async () => {
    await context.close();
  });

  it('a number: wrong, a hint, then right; the solution shows and the exercise is done', async () => {
    if (housePrice?.kind !== 'number') throw new Error('the lesson lost its house-price exercise');
    const house = card('house-price');
    await expect.poll(() => status('house-price').textContent()).toBe('Not started');
    await house.getByLabel('Your answer').fill('300,000');
    await house.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => house.getByRole('status').textContent()).toContain('Not quite: 300,000 is not the answer');
    expect(await status('house-price').textContent()).toBe('In progress');
    await house.getByRole('button', { name: 'Show a hint' }).click();
    expect(await house.locator('.exercise-hints li').count()).toBe(1);
    expect(await house.getByTestId('exercise-solution').count()).toBe(0);
    await house.getByLabel('Your answer').fill(String(housePrice.answer));
    await house.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => status('house-price').textContent()).toBe('Done');
    expect(await house.getByRole('status').textContent()).toBe('Right.');
    expect(await house.getByTestId('exercise-solution').textContent()).toContain('201,000');
  });

  it('a choice: each option chosen says why; the right one finishes it', async () => {
    const choice = card('why-activations');
    await choice.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => choice.getByRole('status').textContent()).toBe('Choose an answer first.');
    await choice.getByRole('radio', { name: /Anything a deep network can learn/ }).check();
    await choice.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => choice.getByRole('status').textContent()).toContain('Speed is not the issue');
    expect(await status('why-activations').textContent()).toBe('In progress');
    await choice.getByRole('radio', { name: /Only a linear/ }).check();
    await choice.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => status('why-activations').textContent()).toBe('Done');
  });

  it('code: the starter fails check by check; the solution typed in the editor passes', async () => {
    const code = card('sigmoid-neuron');
    await code.getByRole('button', { name: 'Open in the editor' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Exercise: Write a neuron');
    await editorOpened();
    expect(await editorText(page)).toContain('function neuronOutput');
    await code.getByRole('button', { name: 'Check my code' }).click();
    await expect.poll(() => code.getByRole('status').textContent(), { timeout: 60_000 }).toContain('3 of 4 checks failed.');
    expect(await code.locator('.check-failed').first().textContent()).toContain('got 0, expected 0.5');
    await replaceCode(page, solution);
    await code.getByRole('button', { name: 'Check my code' }).click();
    await expect.poll(() => code.getByRole('status').textContent(), { timeout: 60_000 }).toBe('All 4 checks passed.✓Passed: neuronOutput is a function✓Passed: neuronOutput([1,2], …)✓Passed: neuronOutput([0.4,-1.5,2], …)✓Passed: neuronOutput([3], …)');
    await expect.poll(() => status('sigmoid-neuron').textContent()).toBe('Done');
  });

  it('after a reload the lesson’s exercises are done, and the index shows it with a link to continue', async () => {
    await page.reload();
    await page.locator('.exercises-slot').scrollIntoViewIfNeeded();
    await page.getByTestId('exercises').waitFor();
    await expect.poll(() => page.getByTestId('exercise-status').allTextContents()).toEqual(['Done', 'Done', 'Done']);
    await page.getByRole('link', { name: 'Back to the course', exact: true }).click();
    const progress = page.getByTestId(`progress-${SLUG}`);
    await expect.poll(() => progress.textContent()).toBe('Done3 of 3 exercises done');
    expect(await page.getByTestId('progress-losses-and-softmax').textContent()).toBe('Not started0 of 3 exercises done');
    const resume = page.getByTestId('continue');
    expect(await resume.textContent()).toBe('Continue where you left off: Neurons, layers, activations →');
    await resume.click();
    await expect.poll(() => page.locator('#lesson-title').textContent()).toBe('Neurons, layers, activations');
  });

  it('in Chinese the same progress shows in Chinese', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    // The section comes again with the Chinese lesson, when the reader scrolls to it.
    await expect
      .poll(async () => {
        await page.locator('.exercises-slot').scrollIntoViewIfNeeded();
        return page.locator('#exercises-heading').textContent({ timeout: 1000 }).catch(() => null);
      })
      .toBe('练习');
    await expect.poll(() => page.getByTestId('exercise-status').allTextContents()).toEqual(['已完成', '已完成', '已完成']);
    expect(await card('why-activations').locator('.exercise-prompt').textContent()).toContain('你叠了三个 Dense 层');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('a check that never ends is stopped at its time limit, and says so', async () => {
    const code = card('sigmoid-neuron');
    await code.getByRole('button', { name: 'Open in the editor' }).click();
    await editorOpened();
    // No braces: Monaco closes a typed `{` itself.
    await replaceCode(page, 'let spins = 0;\nwhile (spins >= 0) spins += 1;\n');
    await code.getByRole('button', { name: 'Check my code' }).click();
    await expect.poll(() => code.getByRole('status').textContent(), { timeout: 60_000 }).toBe('The check took longer than 1.5 s and was stopped. Does the code loop forever?');
    // Done stays done: a later failed check does not undo a solved exercise.
    expect(await status('sigmoid-neuron').textContent()).toBe('Done');
  });

  it('reset starts an exercise over (the code exercise’s code too)', async () => {
    const code = card('sigmoid-neuron');
    await code.getByRole('button', { name: 'Reset exercise (and its code)' }).click();
    await expect.poll(() => status('sigmoid-neuron').textContent()).toBe('Not started');
    await editorOpened();
    await expect.poll(() => editorText(page)).toContain('return 0;');
    await card('house-price').getByRole('button', { name: 'Reset exercise' }).click();
    await expect.poll(() => status('house-price').textContent()).toBe('Not started');
    expect(await card('house-price').getByLabel('Your answer').inputValue()).toBe('');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
