/**
 * Keeping the user's work (issue 7): the app asks for persistent storage on
 * the first save of work (not for a theme change); when storage is really
 * full (localStorage filled until the browser throws QuotaExceededError) it
 * says so and its export holds the latest edit, which the import restores in
 * a fresh browser profile.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

declare global {
  interface Window {
    __persistCalls?: number;
  }
}

/** Counts navigator.storage.persist() calls. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      window.__persistCalls = (window.__persistCalls ?? 0) + 1;
      return persist();
    };
  });
}

/** Fills localStorage with other keys until the browser refuses even one more character; returns how many it took. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
}

/** What the browser throws when another key is written now. */
const probeWrite = (page: Page) =>
  page.evaluate(() => {
    try {
      localStorage.setItem('another-site-feature', 'x'.repeat(100));
      return 'stored';
    } catch (error) {
      return error instanceof DOMException ? error.name : String(error);
    }
  });

const startingCash = (page: Page) =>
  page.getByRole('complementary', { name: 'Startup worksheet' }).getByLabel('Starting cash', { exact: true });

describe('saved work', () => {
  it('asks the browser to keep storage on the first save of work, once, and not for a theme change', async () => {
    const { context, page } = await freshPage(lab.browser);
    await instrument(page);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__persistCalls)).toBe(0);
    await startingCash(page).fill('2500000');
    await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);
    await startingCash(page).fill('3000000');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__persistCalls)).toBe(1);
    // The storage menu shows how much is used.
    await page.locator('.offline-menu summary').click();
    await expect.poll(() => page.locator('.offline-usage').textContent()).toMatch(/Storage used: [\d.]+ [KMG]?B of [\d.]+ [KMGT]?B/);
    await context.close();
  });

  it('on a full quota says so, exports the latest edit, and the import restores it elsewhere', async () => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    expect(await fillStorage(page)).toBeGreaterThan(4);
    await startingCash(page).fill('987654321');

    const notice = page.getByTestId('storage-problem');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Storage is full');
    // The real error, and it is not only the app's keys that fail.
    expect(await probeWrite(page)).toBe('QuotaExceededError');
    expect(await page.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).not.toContain('987654321');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export my work' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^large-model-lab-\d{4}-\d{2}-\d{2}\.json$/);
    // Saved outside the context's artifacts, which are deleted when the context closes.
    const file = join(mkdtempSync(join(tmpdir(), 'lml-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; items: Record<string, string> };
    expect(backup.format).toBe('large-model-lab-backup');
    // The edit that could not be stored is in the export; the filler (not the app's) is not.
    expect(backup.items['lml.worksheet']).toContain('987654321');
    expect(Object.keys(backup.items).filter((k) => !k.startsWith('lml.'))).toEqual([]);

    // Space freed: the next edit is saved, with the one that failed, and the notice goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await startingCash(page).fill('987654322');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('987654322');
    await expect.poll(() => page.getByTestId('storage-problem').count()).toBe(0);
    await context.close();

    // A fresh profile imports the file and, after a reload, has the work back.
    const fresh = await freshPage(lab.browser);
    await fresh.page.goto(lab.server.url);
    await startingCash(fresh.page).waitFor({ timeout: 30_000 });
    expect(await startingCash(fresh.page).inputValue()).not.toContain('987');
    await fresh.page.locator('.offline-menu summary').click();
    const [chooser] = await Promise.all([fresh.page.waitForEvent('filechooser'), fresh.page.getByRole('button', { name: 'Import work…' }).click()]);
    await chooser.setFiles(file);
    // The import is live at once: no reload.
    await fresh.page.getByTestId('import-result').filter({ hasText: 'Imported from the backup' }).waitFor();
    await expect.poll(() => startingCash(fresh.page).inputValue(), { timeout: 30_000 }).toMatch(/987[,\s]?654[,\s]?321/);
    await fresh.page.reload();
    await expect.poll(() => startingCash(fresh.page).inputValue(), { timeout: 30_000 }).toMatch(/987[,\s]?654[,\s]?321/);
    await fresh.context.close();
  });

  it('refuses a file that is not an export, and changes nothing', async () => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await page.locator('.offline-menu summary').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import work…' }).click()]);
    await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).textContent()).toContain('not a Large Model Lab export');
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
    await context.close();
  });
});
