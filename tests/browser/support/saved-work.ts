/**
 * What a person does with saved work, as helpers for the storage, tabs,
 * backup and stored-state tests: the worksheet's scenario list, the Offline
 * & storage menu, export and import of the backup file, and reading what
 * the app stored (as the page sees it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { builtLessons } from './lessons-index';

export const sidebar = (page: Page): Locator => page.getByRole('complementary', { name: 'Startup worksheet' });
export const startingCash = (page: Page): Locator => sidebar(page).getByLabel('Starting cash', { exact: true });
export const scenarioNames = (page: Page): Promise<string[]> =>
  sidebar(page).getByLabel('Scenario', { exact: true }).locator('option').allTextContents();

/** Opens a collapsible section of the worksheet by its title (if closed). */
export async function openSection(page: Page, title: string): Promise<void> {
  const details = sidebar(page).locator('details', { has: page.locator(`summary:text-is("${title}")`) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** Saves the active scenario as a new one with `name` (the worksheet's "Save as new scenario"). */
export async function saveAsNew(page: Page, name: string): Promise<void> {
  await openSection(page, 'Scenario name');
  await sidebar(page).getByLabel('New scenario name').fill(name);
  await sidebar(page).getByRole('button', { name: 'Save as new scenario' }).click();
}

export async function selectScenario(page: Page, name: string): Promise<void> {
  await sidebar(page).getByLabel('Scenario', { exact: true }).selectOption({ label: name });
}

/** The scenarios stored in localStorage (live ones, by name), as the app's item format (3) holds them. */
export async function storedScenarioNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('lml.worksheet') ?? '{"state":{"scenarios":{}}}') as {
      state: { scenarios: Record<string, { gone?: boolean; order?: number; value?: { name: string } }> };
    };
    return Object.values(doc.state.scenarios)
      .filter((e) => !e.gone)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((e) => e.value?.name ?? '?');
  });
}

/** The stored code edits by `lesson/example`. */
export async function storedCodes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('lml.editor') ?? '{"state":{"codes":{}}}') as { state: { codes?: Record<string, { gone?: boolean; value?: string }> } };
    return Object.fromEntries(Object.entries(doc.state.codes ?? {}).filter(([, e]) => !e.gone).map(([k, e]) => [k, e.value ?? '']));
  });
}

export async function openStorageMenu(page: Page): Promise<Locator> {
  const menu = page.locator('#offline-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  return menu;
}

/** Clicks "Export my work" in the menu, then closes the menu; returns the backup file's path and parsed content. */
export async function exportWork(page: Page): Promise<{ file: string; backup: { format: string; items: Record<string, string> } }> {
  const menu = await openStorageMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Export my work' }).click()]);
  // Saved outside the context's artifacts, which are deleted when the context closes.
  const file = join(mkdtempSync(join(tmpdir(), 'lml-export-')), download.suggestedFilename());
  await download.saveAs(file);
  // Closed again, as a person does before going back to their work (the open menu lies over the panes below it).
  await menu.locator('summary').click();
  return { file, backup: JSON.parse(readFileSync(file, 'utf8')) as { format: string; items: Record<string, string> } };
}

/** Writes a backup file with `items` (as a previous export would hold them); returns its path. */
export function backupFile(items: Record<string, string>, exportedAt = new Date()): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lml-backup-')), 'backup.json');
  writeFileSync(file, JSON.stringify({ format: 'large-model-lab-backup', version: 1, exportedAt: exportedAt.toISOString(), items }));
  return file;
}

/** Picks `file` with "Import work…" in the menu. */
export async function importWork(page: Page, file: string): Promise<void> {
  const menu = await openStorageMenu(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu.getByRole('button', { name: 'Import work…' }).click()]);
  await chooser.setFiles(file);
}

/** Every `lml.*` item in localStorage, sorted (to compare before and after). */
export async function savedItems(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => (Object.entries(localStorage) as [string, string][]).filter(([k]) => k.startsWith('lml.')).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** How the app names an example (`lesson/example`) in the kept-aside list: “Lesson title” › Example title (from the build's lesson index). */
export function exampleLabel(key: string): string {
  const [slug, id] = key.split('/');
  const lesson = builtLessons().find((l) => l.slug === slug);
  const example = lesson?.examples.find((e) => e.id === id);
  if (!lesson || !example) throw new Error(`no example ${key} in the build`);
  return `“${lesson.title}” › ${example.title}`;
}
