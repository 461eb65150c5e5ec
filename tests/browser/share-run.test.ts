/**
 * Sharing a run (issue 15), as two people do it: one edits an example, sets
 * a setting, runs it and clicks "Share this run"; the other, with code of
 * their own saved for the same example, opens the link: the shared code is
 * shown beside theirs, one click runs it with the shared setting and seed,
 * and their saved code is untouched. A tampered link is refused with a
 * message and changes nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { replaceCode, runToEnd, setTestScale, waitForEditor } from './support/live-code';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });
const LESSON = '#/lessons/neurons-layers-activations';
const SHARED_CODE = "const act = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu'] });\nlab.print(`shared run: ${act}, seed ${lab.seed}`);\n";
const OWN_CODE = "lab.print('my own code');\n";

async function savedCode(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('lml.editor') ?? 'null') as { state?: { codes?: Record<string, { value: string }> } } | null;
    return doc?.state?.codes?.['neurons-layers-activations/house-prices']?.value ?? null;
  });
}

describe('sharing a run', () => {
  let link = '';

  it('the sharer edits, sets a setting, runs and gets a link', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await page.goto(lab.server.url + LESSON);
    await waitForEditor(page);
    await replaceCode(page, SHARED_CODE);
    expect(await runToEnd(page)).toBe('done');
    // The setting the code declared: choose relu (a rerun follows).
    await page.getByRole('region', { name: 'Settings' }).getByLabel('activation').selectOption('relu');
    await expect.poll(() => page.locator('.lml-output').textContent(), { timeout: 30_000 }).toContain('shared run: relu, seed 42');
    await page.getByRole('button', { name: 'Share this run' }).click();
    const input = page.getByTestId('run-link');
    await input.waitFor();
    link = await input.inputValue();
    expect(link).toMatch(/#\/en\/run\/r1:[0-9a-f]{8}:/);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('the reader sees the shared code beside their own, runs it in one click, and keeps their own', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await setTestScale(page);
    await page.goto(lab.server.url + LESSON);
    await waitForEditor(page);
    await replaceCode(page, OWN_CODE);
    expect(await runToEnd(page)).toBe('done');
    await expect.poll(() => savedCode(page)).toBe(OWN_CODE);

    await page.goto(link);
    await page.getByTestId('shared-code').waitFor();
    expect(await page.getByTestId('shared-code').textContent()).toBe(SHARED_CODE);
    expect(await page.getByTestId('own-code').textContent()).toBe(OWN_CODE);
    expect(await page.getByTestId('shared-settings').textContent()).toBe('Settings: activation = "relu". Seed: 42.');
    await page.getByRole('button', { name: 'Run the shared code' }).click();
    await expect.poll(() => page.locator('.lml-output').getAttribute('data-run-status'), { timeout: 60_000 }).toBe('done');
    expect(await page.locator('.lml-output').textContent()).toContain('shared run: relu, seed 42');
    expect(await savedCode(page)).toBe(OWN_CODE);

    // A link altered by one character in the middle of its data is refused, and nothing changes.
    const payload = link.split('/run/')[1] ?? '';
    const at = Math.floor((payload.length + 12) / 2);
    const tampered = link.replace(payload, payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1));
    await page.goto(tampered);
    await expect.poll(() => page.getByTestId('run-link-failed').textContent()).toMatch(/^This run link cannot be opened: (its content does not match its check|it is damaged).* Nothing was changed\.$/);
    expect(await page.getByTestId('shared-code').count()).toBe(0);
    expect(await savedCode(page)).toBe(OWN_CODE);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });
});
