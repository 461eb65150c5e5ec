/**
 * Two tabs of the app at once (issue 17, fuzz "tabs/*"): two pages in one
 * browser context share localStorage and get each other's `storage` events,
 * as two tabs do. Neither undoes the other's saved work, each shows what the
 * other saved, a deletion is not brought back, and when both change the same
 * example at once both texts are kept and the losing tab says so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshPage } from './support/chromium';
import { editorText, replaceCode, waitForEditor } from './support/live-code';
import { exampleLabel, openSection, saveAsNew, scenarioNames, selectScenario, sidebar, startingCash, storedCodes, storedScenarioNames } from './support/saved-work';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const GRADIENT = 'gradient-descent/learning-rate';
const ATTENTION = 'attention/attention-map';

async function openLesson(page: Page, slug: string): Promise<void> {
  await page.goto(`${lab.server.url}#/lessons/${slug}`);
  await waitForEditor(page);
}

describe('two tabs', () => {
  it('an edit saved in tab B keeps tab A’s edit of another example, also after reloading A; B learns of A’s edit (tabs/different-examples, -after-reload)', async () => {
    const { context, page: a, problems } = await freshPage(lab.browser);
    const b = await context.newPage();
    await openLesson(a, 'gradient-descent');
    await openLesson(b, 'attention');
    const editA = `// tab A's edit\nlab.print('A');\n`;
    const editB = `// tab B's edit\nlab.print('B');\n`;
    await replaceCode(a, editA);
    await expect.poll(() => storedCodes(a)).toEqual({ [GRADIENT]: editA });
    await replaceCode(b, editB);
    await expect.poll(() => storedCodes(b)).toEqual({ [GRADIENT]: editA, [ATTENTION]: editB });

    await a.reload();
    await waitForEditor(a);
    expect(await editorText(a)).toContain("// tab A's edit");
    // Tab B heard of A's edit while it was open: its editor for that example shows it.
    await openLesson(b, 'gradient-descent');
    expect(await editorText(b)).toContain("// tab A's edit");
    expect(await storedCodes(a)).toEqual({ [GRADIENT]: editA, [ATTENTION]: editB });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a tab showing the same example shows the other tab’s saved edit and says where it came from', async () => {
    const { context, page: a } = await freshPage(lab.browser);
    const b = await context.newPage();
    await openLesson(a, 'gradient-descent');
    await openLesson(b, 'gradient-descent');
    await replaceCode(a, `// saved in A\n`);
    await expect.poll(() => editorText(b), { timeout: 10_000 }).toContain('// saved in A');
    expect(await b.getByTestId('external-code-note').textContent()).toContain('changed in another tab');
    await context.close();
  });

  it('both tabs change the same example at once: one version is saved and shown in both, the other is kept aside and the losing tab says so', async () => {
    const { context, page: a } = await freshPage(lab.browser);
    const b = await context.newPage();
    await openLesson(a, 'gradient-descent');
    await openLesson(b, 'gradient-descent');
    const textA = '// typed in A\n';
    const textB = '// typed in B\n';
    // Both select all, then type at the same moment: each edit waits for its save (400 ms) while the other is typed.
    for (const page of [a, b]) {
      await page.locator('.lml-editor-host .view-lines').click();
      await page.keyboard.press('ControlOrMeta+A');
    }
    await Promise.all([a.keyboard.insertText(textA), b.keyboard.insertText(textB)]);
    await expect.poll(async () => (await storedCodes(a))[GRADIENT], { timeout: 10_000 }).toMatch(/typed in [AB]/);
    await a.waitForTimeout(1500);
    const saved = (await storedCodes(a))[GRADIENT] ?? '';
    const kept = await a.evaluate(() =>
      (Object.entries(localStorage) as [string, string][])
        .filter(([k]) => k.startsWith('lml.aside.'))
        .map(([, v]) => (JSON.parse(v) as { text: string; reason: string }))
        .map((e) => [e.reason, e.text]),
    );
    const lost = saved === textA ? textB : textA;
    expect([textA, textB]).toContain(saved);
    expect(kept).toEqual([['conflict', lost]]);
    // Both tabs show the saved version; the losing tab says its text was kept aside.
    await expect.poll(() => editorText(a), { timeout: 10_000 }).toContain(saved.trim());
    await expect.poll(() => editorText(b), { timeout: 10_000 }).toContain(saved.trim());
    // The losing tab says its text was kept aside (whichever tab noticed the clash first).
    const loser = saved === textA ? b : a;
    await expect.poll(() => loser.getByTestId('kept-aside-notice').textContent()).toContain(`Code of ${exampleLabel(GRADIENT)}`);
    // The Offline & storage menu lists it, with a way to get it back.
    await loser.locator('#offline-menu summary').click();
    const list = loser.getByTestId('kept-aside');
    expect(await list.textContent()).toContain(`Code of ${exampleLabel(GRADIENT)}`);
    expect(await list.getByRole('button', { name: 'Restore' }).count()).toBe(1);
    await context.close();
  });

  it('a scenario added in tab A survives tab B changing Starting cash, and tab B lists it (tabs/worksheet)', async () => {
    const { context, page: a, problems } = await freshPage(lab.browser);
    await a.goto(lab.server.url);
    await startingCash(a).waitFor({ timeout: 30_000 });
    const b = await context.newPage();
    await b.goto(lab.server.url);
    await startingCash(b).waitFor({ timeout: 30_000 });
    await saveAsNew(a, 'Added in A');
    await expect.poll(() => storedScenarioNames(a)).toEqual(['Hybrid AI startup', 'Added in A']);
    await startingCash(b).fill('4321000');
    await expect.poll(() => b.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('4321000');
    expect(await storedScenarioNames(b)).toEqual(['Hybrid AI startup', 'Added in A']);
    await expect.poll(() => scenarioNames(b)).toEqual(['Hybrid AI startup', 'Added in A']);
    // And A sees B's Starting cash on its first scenario.
    await selectScenario(a, 'Hybrid AI startup');
    await expect.poll(() => startingCash(a).inputValue()).toMatch(/4[,\s]?321[,\s]?000/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a scenario deleted in tab A does not come back after an edit in tab B; a tab showing it says it was deleted (tabs/delete-resurrected)', async () => {
    const { context, page: a } = await freshPage(lab.browser);
    await a.goto(lab.server.url);
    await startingCash(a).waitFor({ timeout: 30_000 });
    await saveAsNew(a, 'To delete');
    await saveAsNew(a, 'Shown in B');
    const b = await context.newPage();
    await b.goto(lab.server.url);
    await startingCash(b).waitFor({ timeout: 30_000 });
    expect(await scenarioNames(b)).toEqual(['Hybrid AI startup', 'To delete', 'Shown in B']);
    // B shows "To delete"; A deletes it.
    await selectScenario(b, 'To delete');
    await selectScenario(a, 'To delete');
    await openSection(a, 'Scenario name');
    await sidebar(a).getByRole('button', { name: 'Delete scenario' }).click();
    await expect.poll(() => storedScenarioNames(a)).toEqual(['Hybrid AI startup', 'Shown in B']);
    await expect.poll(() => scenarioNames(b)).toEqual(['Hybrid AI startup', 'Shown in B']);
    expect(await b.getByTestId('deleted-elsewhere').textContent()).toContain('“To delete” was deleted in another tab');
    // An edit in B (on the scenario it now shows) does not bring it back.
    await startingCash(b).fill('777000');
    await expect.poll(() => b.evaluate(() => localStorage.getItem('lml.worksheet') ?? '')).toContain('777000');
    expect(await storedScenarioNames(b)).toEqual(['Hybrid AI startup', 'Shown in B']);
    await b.reload();
    await startingCash(b).waitFor({ timeout: 30_000 });
    expect(await scenarioNames(b)).toEqual(['Hybrid AI startup', 'Shown in B']);
    await context.close();
  });
});
