/**
 * Whole-work backups as a person uses them (issue 17, fuzz "backup/*"):
 * an older backup never silently replaces newer work (it names it and asks),
 * the import is live at once and nothing typed afterwards undoes it; an
 * import is all or nothing, its message is true, a refused one leaves no
 * trace (not in storage, not in the export, no "storage is full"); damaged
 * items and keys that are not the app's are refused or left out.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { editorText, replaceCode, waitForEditor } from './support/live-code';
import {
  backupFile,
  exampleLabel,
  exportWork,
  importWork,
  openStorageMenu,
  saveAsNew,
  savedItems,
  scenarioNames,
  selectScenario,
  startingCash,
  storedCodes,
} from './support/saved-work';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const GRADIENT = 'gradient-descent/learning-rate';
const cash = (page: Page) => startingCash(page).inputValue().then((v) => Number(v.replace(/[^\d.]/g, '')));

/** Fills localStorage with other keys until a real QuotaExceededError, then frees `room` characters. */
async function fillStorage(page: Page, room: number): Promise<void> {
  await page.evaluate((free) => {
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
    // Free `free` characters: shorten the first filler.
    const first = localStorage.getItem('filler-0') ?? '';
    localStorage.setItem('filler-0', first.slice(0, Math.max(0, first.length - free)));
  }, room);
}

describe('backups', () => {
  it('an older backup names what is newer here and asks; either answer is live at once and true; nothing typed after undoes it (backup/older-replaces-newer)', async () => {
    const { context, page, problems } = await freshPage(lab.browser);
    await page.goto(`${lab.server.url}#/lessons/gradient-descent`);
    await waitForEditor(page);
    await startingCash(page).waitFor({ timeout: 30_000 });
    await saveAsNew(page, 'Plan B');
    await startingCash(page).fill('1000000');
    await replaceCode(page, '// version in the backup\n');
    await expect.poll(() => storedCodes(page)).toEqual({ [GRADIENT]: '// version in the backup\n' });
    const { file } = await exportWork(page);

    // Newer work after the backup: Plan B and the code changed, Plan C added.
    await startingCash(page).fill('2000000');
    await replaceCode(page, '// newer version\n');
    await expect.poll(() => storedCodes(page)).toEqual({ [GRADIENT]: '// newer version\n' });
    await saveAsNew(page, 'Plan C');

    await importWork(page, file);
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    const listed = await confirm.locator('li').allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed.join('\n')).toContain(`Code of ${exampleLabel(GRADIENT)}, changed here`);
    expect(listed.join('\n')).toMatch(/Scenario “Plan B”, changed here/);
    await confirm.getByRole('button', { name: 'Keep my newer versions' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Your 2 newer version(s) here were kept.');
    expect(await scenarioNames(page)).toEqual(['Hybrid AI startup', 'Plan B', 'Plan C']);
    await selectScenario(page, 'Plan B');
    expect(await cash(page)).toBe(2_000_000);
    expect(await storedCodes(page)).toEqual({ [GRADIENT]: '// newer version\n' });

    // Again, and take the backup's versions: live at once, the newer ones kept aside.
    await importWork(page, file);
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Use the backup’s versions (keep mine aside)' }).click();
    await expect.poll(() => result.textContent()).toContain('replaced and kept aside');
    await expect.poll(() => cash(page)).toBe(1_000_000);
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('// version in the backup');
    expect(await scenarioNames(page)).toEqual(['Hybrid AI startup', 'Plan B', 'Plan C']);
    const menu = await openStorageMenu(page);
    const kept = await menu.getByTestId('kept-aside').locator('li').allTextContents();
    expect(kept.find((item) => item.includes(`Code of ${exampleLabel(GRADIENT)}`))).toContain('Your newer version, replaced by an import.');
    expect(kept.find((item) => item.includes('Scenario “Plan B”'))).toContain('Your newer version, replaced by an import.');

    // An edit before any reload does not undo the import.
    await selectScenario(page, 'Plan C');
    await startingCash(page).fill('3000000');
    await page.reload();
    await startingCash(page).waitFor({ timeout: 30_000 });
    await selectScenario(page, 'Plan B');
    expect(await cash(page)).toBe(1_000_000);
    expect(await storedCodes(page)).toEqual({ [GRADIENT]: '// version in the backup\n' });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('an import that does not fit writes nothing, says so, claims no full storage, and the export still holds the user’s work (backup/10MB-partial-write, backup/export-after-failed-import, backup/quota-notice-after-import)', async () => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    await startingCash(page).fill('1234567');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('1234567');
    await fillStorage(page, 200_000);
    const before = await savedItems(page);

    // A valid backup: a small code edit (fits) and a 3-million-character item kept aside (does not).
    const big = JSON.stringify({ v: 1, at: 1, reason: 'conflict', source: 'lml.editor', kind: 'code', item: `codes/${GRADIENT}`, name: GRADIENT, detail: '', text: 'y'.repeat(3_000_000) });
    const file = backupFile({
      'lml.editor': JSON.stringify({ version: 2, state: { codes: { [GRADIENT]: { at: 1, value: '// from the backup' } } } }),
      'lml.aside.big': big,
    });
    await importWork(page, file);
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('does not fit in this browser’s storage');
    expect(await savedItems(page)).toEqual(before);
    expect(await page.getByTestId('storage-problem').count()).toBe(0);

    const { backup } = await exportWork(page);
    expect(Object.keys(backup.items).sort()).toEqual(['lml.worksheet']);
    expect(backup.items['lml.worksheet']).toContain('1234567');
    await context.close();
  });

  it.each([
    ['a garbage worksheet (backup/corrupt-item-accepted)', { 'lml.worksheet': '{"version":3,"state":{"scenarios":"garbage"}}' }, /“lml\.worksheet”, scenarios is not valid/],
    [
      'a setting that blanks a lesson (backup/bricks-lesson)',
      { 'lml.editor': JSON.stringify({ version: 1, state: { controlSpecs: { 'binary-classifier/decision-boundary': [{ name: 'learning rate', spec: { kind: 'number', value: 0.1, options: {} } }] } } }) },
      /controlSpecs\/binary-classifier\/decision-boundary is not valid/,
    ],
  ])('refuses a backup with %s, naming it, and changes nothing', async (_name, items, message) => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    await startingCash(page).fill('555000');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('555000');
    const before = await savedItems(page);
    await importWork(page, backupFile(items));
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await savedItems(page)).toEqual(before);
    await context.close();
  });

  it('leaves out keys that are not the app’s saved work, lml.testScale included, and says how many (backup/arbitrary-keys)', async () => {
    const { context, page } = await freshPage(lab.browser);
    await page.goto(lab.server.url);
    await startingCash(page).waitFor({ timeout: 30_000 });
    const junk = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`lml.junk${i}`, 'x']));
    const items = {
      ...junk,
      'lml.testScale': '0.01',
      'lml.editor': JSON.stringify({ version: 2, state: { codes: { [GRADIENT]: { at: 1, value: '// imported' } } } }),
    };
    await importWork(page, backupFile(items));
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('1 code edit(s)');
    expect(await result.textContent()).toContain('2001 item(s) in the file are not saved work of this app and were left out');
    const keys = (await savedItems(page)).map(([k]) => k);
    expect(keys.filter((k) => k.startsWith('lml.junk') || k === 'lml.testScale')).toEqual([]);
    expect(await storedCodes(page)).toEqual({ [GRADIENT]: '// imported' });
    await context.close();
  });
});
