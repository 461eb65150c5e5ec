/**
 * Hand-ins without a server (issue 15): a student answers two exercises
 * (one after seeing its solution) and exports a hand-in under their name
 * (the download is captured; the name is remembered, in the storage menu
 * too); an instructor, in another browser profile, opens a folder with it
 * and a hand-in made for another course version, then drops a malformed
 * file on the page. The table shows the scores and the marks, the other
 * version's warning names it, the malformed file gets its message and the
 * others are read; a student's hand-in opens with their answers; the CSV
 * download holds the table; the page reads in Chinese too.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../content/lessons/neurons-layers-activations/exercises';
import type { Handin } from '../../src/handin/format';
import { freshPage, type PageProblems } from './support/chromium';
import { openStorageMenu } from './support/saved-work';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });
const SLUG = 'neurons-layers-activations';
const housePrice = exercises.find((e) => e.id === 'house-price');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('hand-ins', () => {
  const opened: BrowserContext[] = [];
  let student: { page: Page; problems: PageProblems };
  let instructor: { page: Page; problems: PageProblems };
  /** The folder of hand-ins the instructor opens. */
  const folder = join(mkdtempSync(join(tmpdir(), 'lml-handins-')), 'handins');
  let handin: Handin;

  beforeAll(async () => {
    for (const who of ['student', 'instructor'] as const) {
      const { context, page, problems } = await freshPage(lab.browser);
      opened.push(context);
      if (who === 'student') student = { page, problems };
      else instructor = { page, problems };
    }
  });
  afterAll(async () => {
    for (const context of opened) await context.close();
  });

  it('a student answers two exercises and exports a hand-in under their name', async () => {
    if (housePrice?.kind !== 'number') throw new Error('the lesson lost its house-price exercise');
    const { page } = student;
    await page.goto(`${lab.server.url}#/lessons/${SLUG}`);
    await page.locator('.exercises-slot').scrollIntoViewIfNeeded();
    await page.getByTestId('exercises').waitFor();
    const house = page.locator('[data-exercise="house-price"]');
    await house.getByLabel('Your answer').fill('300,000');
    await house.getByRole('button', { name: 'Check', exact: true }).click();
    await house.getByLabel('Your answer').fill(String(housePrice.answer));
    await house.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => house.getByTestId('exercise-status').textContent()).toBe('Done');
    // The second after seeing its solution: recorded as such.
    const choice = page.locator('[data-exercise="why-activations"]');
    await choice.getByRole('button', { name: 'Show the solution' }).click();
    await choice.getByRole('radio', { name: /Only a linear/ }).check();
    await choice.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => choice.getByTestId('exercise-status').textContent()).toBe('Done');

    await page.getByRole('link', { name: 'Back to the course', exact: true }).click();
    await expect.poll(() => page.getByTestId('course-done').textContent()).toMatch(/^Exercises done: 2 of \d+\.$/);
    expect(await page.getByRole('link', { name: 'Instructors: read your students’ hand-ins →' }).getAttribute('href')).toBe('#/en/instructor');
    await page.getByRole('button', { name: 'Export hand-in' }).click();
    await page.getByLabel('Your name').fill('Ada Lovelace');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    const name = `ada-lovelace-handin-${today()}.json`;
    expect(download.suggestedFilename()).toBe(name);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe(`Saved “${name}”: hand it in to your instructor.`);
    handin = JSON.parse(readFileSync(await download.path(), 'utf8')) as Handin;
    expect(handin).toMatchObject({ format: 'lml-handin', version: 1, student: 'Ada Lovelace', course: { version: expect.stringMatching(/^[0-9a-f]{10}$/) as unknown } });
    expect(handin.exercises[`${SLUG}/house-price`]).toMatchObject({ status: 'done', tries: 2, solutionShown: false, answer: String(housePrice.answer) });
    expect(handin.exercises[`${SLUG}/why-activations`]).toMatchObject({ status: 'done', tries: 1, solutionShown: true });
    expect(Object.keys(handin.lessons)).toEqual([SLUG]);
    expect(handin.course.lessons.find((l) => l.slug === SLUG)?.exercises).toContainEqual({ id: 'sigmoid-neuron', kind: 'code' });

    // The storage menu has the same button, and the name is remembered.
    const menu = await openStorageMenu(page);
    await menu.getByRole('button', { name: 'Export hand-in' }).click();
    expect(await menu.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
    await menu.getByRole('button', { name: 'Cancel' }).click();
    expect(student.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('the instructor opens a folder of hand-ins and drops a malformed one: the table, the warning, the message', async () => {
    const { page } = instructor;
    // The student's file, and one made for another version of the course (an exercise this course lacks, one it has).
    mkdirSync(folder);
    writeFileSync(join(folder, `ada-lovelace-handin-${today()}.json`), JSON.stringify(handin));
    const older: Handin = {
      ...handin,
      student: 'Bo',
      course: { version: 'deadbeef00', lessons: [] },
      exercises: { [`${SLUG}/house-price`]: { status: 'tried', tries: 3, hints: 2, solutionShown: false, answer: '12' }, 'old-lesson/gone': { status: 'done', tries: 1, hints: 0, solutionShown: false, doneAt: 1 } },
    };
    writeFileSync(join(folder, 'bo-handin.json'), JSON.stringify(older));

    await page.goto(`${lab.server.url}#/instructor`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hand-ins');
    expect(await page.title()).toBe('Hand-ins · Large Model Lab');
    await page.locator('input[type="file"]').first().setInputFiles(folder);
    const rows = page.locator('.handin-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // A malformed file dropped on the page: its message, the others still read.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{"format": "lml-handin", "version": 1,'], 'broken.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/^“broken\.json” was not read: it is not valid JSON \(.+\)\.$/);
    expect(await rows.count()).toBe(2);

    const warning = await page.locator('.handin-warn').textContent();
    expect(warning).toBe(
      `“Bo” (handins/bo-handin.json) was made for another version of the course (deadbeef00; this one is ${handin.course.version}): exercises it has that this course does not are listed separately.`,
    );
    // Sorted by student: Ada, then Bo (marked); scores are exercises done.
    const cells = (row: number) => rows.nth(row).locator('th, td').allTextContents();
    const ada = await cells(0);
    const bo = await cells(1);
    expect([ada[0], ada[1], bo[0], bo[1]]).toEqual(['Ada Lovelace', '2', '⚠ Bo', '0']);
    expect(ada.filter((c) => c === '✓')).toHaveLength(1);
    expect(ada.filter((c) => c === '✓*')).toHaveLength(1);
    expect(bo).toContain('tried');
    // The other way round, then back.
    await page.getByRole('button', { name: /^Student/ }).click();
    expect(await rows.first().locator('th').textContent()).toBe('⚠ Bo');
    await page.getByRole('button', { name: /^Student/ }).click();
    expect(instructor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('a student’s hand-in opens with their answers; the other version’s exercises are listed apart', async () => {
    const { page } = instructor;
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    const detail = page.getByTestId('handin-student');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Ada Lovelace');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(`course version ${handin.course.version}`);
    expect(text).toMatch(/1\. house-price Done · tries 2, hints 0 · answer: 201,?000 · done /);
    expect(text).toMatch(/2\. why-activations Done · tries 1, hints 0 · solution seen before solving · answer: option \d · done /);
    expect(text).toMatch(/Lessons opened: L\d+ Neurons, layers, activations \(/);
    await page.getByRole('button', { name: '⚠ Bo', exact: true }).click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Bo');
    expect(await detail.locator('.handin-warn').count()).toBe(1);
    expect(await page.getByTestId('handin-extra').textContent()).toMatch(/^Not in this course\s*old-lesson\/gone Done · tries 1, hints 0 · done /);
    await detail.getByRole('button', { name: 'Close' }).click();
    expect(await detail.count()).toBe(0);
  });

  it('the table downloads as CSV', async () => {
    const { page } = instructor;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^handins-\d{4}-\d\d-\d\d\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').trim().split('\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 6)).toEqual(['student', 'file', 'course_version', 'exported_at', 'score', 'required_done']);
    expect(header.at(-1)).toBe('other_exercises');
    const at = (column: string) => header.indexOf(column);
    const ada = lines[1]?.split(',') ?? [];
    const bo = lines[2]?.split(',') ?? [];
    expect([ada[0], ada[4], ada[at(`${SLUG}/house-price`)], ada[at(`${SLUG}/why-activations`)]]).toEqual(['Ada Lovelace', '2', 'done', 'done-solution-seen']);
    expect([bo[0], bo[2], bo[4], bo[at(`${SLUG}/house-price`)], bo.at(-1)]).toEqual(['Bo', 'deadbeef00', '0', 'tried', 'old-lesson/gone']);
  });

  it('reads in Chinese', async () => {
    const { page } = instructor;
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('学生作业');
    expect(await page.locator('.handin-warn').textContent()).toContain('是为另一个版本的课程做的');
    expect(await page.locator('.notice-error').textContent()).toMatch(/^“broken\.json”未能读取：不是有效的 JSON/);
    expect(await page.locator('.handin-table thead th').first().textContent()).toBe('学生 ▲');
    expect(instructor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
