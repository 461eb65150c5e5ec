/**
 * The worksheet's newer tools as a founder uses them, on the production
 * build: ranges → Monte Carlo fan chart and risk; Chinese text → tokens,
 * price, and tokens per call sent to the scenario; the token panel's
 * message when its vocabulary cannot be fetched; and old saved scenarios
 * and v1 share links opening migrated, with nothing lost.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/worksheet/model/presets';
import { scenarioToFileObject } from '../../src/worksheet/io/scenarioFile';
import { freshPage } from './support/chromium';
import { waitForServiceWorkerControl } from './support/offline';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const sidebar = (page: Page): Locator => page.getByRole('complementary', { name: 'Startup worksheet' });

async function openWorksheet(page: Page, hash = ''): Promise<void> {
  await page.goto(lab.server.url + hash);
  await sidebar(page).getByLabel('Starting cash').waitFor();
}

async function openSection(page: Page, title: string): Promise<void> {
  const details = sidebar(page).locator('details', { has: page.locator(`summary:text-is("${title}")`) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** A scenario as the first release saved it: no per-stream acquisition, fees, accounts, capacity, token prices or ranges. */
function v1Scenario(name: string): Record<string, unknown> {
  const { scenario } = scenarioToFileObject(presetScenario('subscription-saas', 'x', name));
  const { acquisitionByStream: _a, paymentFeeStreams: _f, capacity: _c, tokenPrices: _t, uncertainty: _u, ...old } = scenario;
  const { newAccountsMonth1: _n, accountChurn: _ac, ...api } = old.api;
  const { newAdvertisersMonth1: _v, advertiserChurn: _vc, ...ads } = old.ads;
  return { ...old, api, ads, acquisitionMonthly: 25_000, subscription: { ...old.subscription, pricePerMonth: 27 } };
}

describe('worksheet: ranges and risk, tokens, migration', () => {
  it('a range on an input brings the Monte Carlo fan chart and the risk figures', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    await openSection(page, 'Ranges and risk (Monte Carlo)');
    await sidebar(page).getByText('No input has a range yet').waitFor();
    await sidebar(page).getByLabel('Input', { exact: true }).selectOption('subChurn');
    await sidebar(page).getByRole('button', { name: 'Add a range' }).click();
    // ±20 % around the likely 5 %: 4 % … 6 %. Widen it to 2 % … 12 %.
    await sidebar(page).getByLabel('Monthly churn: low').fill('2');
    await sidebar(page).getByLabel('Monthly churn: high').fill('12');
    const result = sidebar(page).locator('[data-risk-result][aria-busy="false"]');
    await result.waitFor({ timeout: 60_000 });
    // The fan chart is drawn when it comes into view: scroll to it, as a reader would.
    const fan = sidebar(page).getByRole('img', { name: 'Cash over time: median with the 10th–90th percentile band' });
    await fan.scrollIntoViewIfNeeded();
    await fan.locator('canvas').first().waitFor();
    expect(await sidebar(page).locator('[data-risk="probCashOut"]').textContent()).toMatch(/Chance of running out of cash within 36 months: \d+(\.\d+)? %/);
    expect(await sidebar(page).locator('[data-risk-percentiles="breakEven"]').textContent()).toMatch(/10th (month \d+|never) · median (month \d+|never) · 90th (month \d+|never)/);
    expect(await sidebar(page).locator('[data-risk="done"]').textContent()).toMatch(/^4,000 draws in \d+ ms \(seed 1\)\.$/);

    // Low above high is refused where typed; the range is kept.
    await sidebar(page).getByLabel('Monthly churn: low').fill('20');
    await sidebar(page).getByRole('alert').filter({ hasText: 'The low value must not be above the high value' }).waitFor();
    // The tornado is still there beside it.
    await openSection(page, 'Sensitivity (±20 %)');
    // Computed when the section opens.
    await expect.poll(() => sidebar(page).locator('.ws-tornado li').count()).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('Chinese text → tokens, tokens per character and a price; one click sends tokens per call to the scenario', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    const vocabRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('tokenizer/')) vocabRequests.push(r.url());
    });
    await openWorksheet(page);
    expect(vocabRequests).toEqual([]); // nothing of the tokenizer loads before the panel is opened
    await openSection(page, 'Tokens priced from real text');
    await sidebar(page).getByLabel('Prompt (input) text').fill('请用三句话解释什么是大模型，以及它如何赚钱。');
    await sidebar(page).getByLabel('Answer (output) text').fill('大模型是用海量文本训练的神经网络。');
    const count = sidebar(page).locator('[data-tokens="count"]');
    await count.waitFor({ timeout: 60_000 });
    const match = /Input: (\d+) tokens for (\d+) characters \(([\d.]+) tokens per character\)\. Output: (\d+) tokens for (\d+) characters/.exec((await count.textContent()) ?? '');
    expect(match).not.toBeNull();
    const [, inTokens, inChars, , outTokens, outChars] = (match ?? []).map(Number);
    expect(inChars).toBe(22); // 13 characters, a comma, 7 characters, a full stop
    expect(outChars).toBe(17); // 16 characters and a full stop
    expect(inTokens).toBeGreaterThan(10);
    expect(outTokens).toBeGreaterThan(8);
    expect(await sidebar(page).locator('[data-tokens="price"]').textContent()).toMatch(/GPT-3\.5 Turbo \(0125\): \$0\.5 per million input tokens, \$1\.5 per million output tokens \(checked 2024-01\) → \$[\d.]+ per call/);
    expect(vocabRequests).toHaveLength(1);

    const total = (inTokens ?? NaN) + (outTokens ?? NaN);
    await sidebar(page).getByRole('button', { name: `Send ${total} tokens per call to the scenario` }).click();
    await sidebar(page).getByRole('status').filter({ hasText: `Tokens per call set to ${total}` }).waitFor();
    await openSection(page, 'Inference cost');
    expect(await sidebar(page).getByLabel('Tokens per call').first().inputValue()).toBe(String(total));
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('when the vocabulary cannot be fetched, the panel says it needs a connection the first time', async () => {
    const { page, context } = await freshPage(lab.browser);
    await page.route('**/tokenizer/cl100k_base.bin', (route) => route.abort('internetdisconnected'));
    await openWorksheet(page);
    await openSection(page, 'Tokens priced from real text');
    await sidebar(page).getByRole('alert').filter({ hasText: 'needs a connection the first time, then it works offline' }).waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('after one use online, the token panel works offline (its vocabulary is kept on first use)', async () => {
    const { page, context, problems } = await freshPage(lab.browser, { serviceWorkers: 'allow' });
    await openWorksheet(page);
    await waitForServiceWorkerControl(page);
    await sidebar(page).getByLabel('Starting cash').waitFor();
    await openSection(page, 'Tokens priced from real text');
    await sidebar(page).getByLabel('Prompt (input) text').fill('hello world');
    await sidebar(page).locator('[data-tokens="count"]').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    await sidebar(page).getByLabel('Starting cash').waitFor();
    await openSection(page, 'Tokens priced from real text');
    await sidebar(page).getByLabel('Prompt (input) text').fill('hello world');
    // cl100k_base: "hello world" → [15339, 1917], 2 tokens for 11 characters.
    expect(await sidebar(page).locator('[data-tokens="count"]').textContent({ timeout: 60_000 })).toContain('Input: 2 tokens for 11 characters');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a scenario saved by the first release (store v1) opens migrated, nothing lost', async () => {
    const { page, context, problems } = await freshPage(lab.browser);
    await openWorksheet(page);
    const stored = { state: { scenarios: [{ ...v1Scenario('Old SaaS'), id: 'old-1' }], activeId: 'old-1', compareIds: [] }, version: 1 };
    await page.evaluate((value) => localStorage.setItem('lml.worksheet', value), JSON.stringify(stored));
    await page.reload();
    await sidebar(page).getByLabel('Starting cash').waitFor();
    expect(await sidebar(page).getByLabel('Scenario', { exact: true }).locator('option:checked').textContent()).toBe('Old SaaS');
    expect(await sidebar(page).getByLabel('Subscription price').inputValue()).toBe('27');
    // Its $25k of acquisition now belongs to the one stream it had; nothing is left unattributed.
    expect(await sidebar(page).getByLabel('Acquisition spend for subscribers').inputValue()).toBe('25000');
    await openSection(page, 'Team and operating costs');
    expect(await sidebar(page).getByLabel('Acquisition spend not tied to a stream').inputValue()).toBe('0');
    expect(await sidebar(page).locator('[data-unit="subscription.cac"]').textContent()).toMatch(/^\$\d/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a v1 share link (file version 1) still opens, migrated', async () => {
    const { page, context } = await freshPage(lab.browser);
    const payload = 'v1:' + compressToEncodedURIComponent(JSON.stringify({ format: 'large-model-lab/worksheet-scenario', version: 1, scenario: v1Scenario('Linked SaaS') }));
    await openWorksheet(page, '#/share/' + payload);
    await page.getByRole('status').filter({ hasText: 'to your scenarios' }).waitFor();
    expect(await sidebar(page).getByLabel('Subscription price').inputValue()).toBe('27');
    expect(await sidebar(page).getByLabel('Acquisition spend for subscribers').inputValue()).toBe('25000');
    await context.close();
  });
});
