/**
 * Reading the course in Chinese, as a person does it: open a lesson (the
 * browser speaks English, so it opens in English), press 简体中文 in the
 * header, read the Chinese lesson and header, reload and come back later by a
 * link without a language (still Chinese: the choice is remembered), open a
 * lesson not yet translated (English with a notice in Chinese), switch back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../content/glossary';
import { scenario } from '../../content/lessons/life-of-a-model/facts';
import { app as enApp } from '../../src/i18n/en/app';
import { app as zhApp } from '../../src/i18n/zh/app';
import type { LessonMeta } from '../../src/lessons/types';
import { freshPage } from './support/chromium';
import { TEST_DIST } from './support/build';
import { withBrowser } from './support/with-browser';

const lab = withBrowser({ webgpu: false });

const SLUG = 'life-of-a-model';
const index = JSON.parse(readFileSync(join(TEST_DIST, 'lessons-index.json'), 'utf8')) as { editions: Record<'en' | 'zh', { lessons: LessonMeta[] }> };
const edition = (locale: 'en' | 'zh', slug: string) => {
  const meta = index.editions[locale].lessons.find((l) => l.slug === slug);
  if (!meta) throw new Error(`the build has no ${locale} edition of ${slug}`);
  return meta;
};
const en = edition('en', SLUG);
const zh = edition('zh', SLUG);

const hash = (page: Page) => new URL(page.url()).hash;
const h1 = (page: Page) => page.locator('h1#lesson-title').textContent();
const brand = (page: Page) => page.locator('header .brand').textContent();

describe('the language switch', () => {
  it('switches a lesson and the UI to Chinese, remembers it, and switches back', async () => {
    expect(zh.translated).toBe(true);
    expect(zh.title).not.toBe(en.title);
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1280, height: 900 } });

    // An old link without a language opens in the browser's (English) and gets its prefix.
    await page.goto(`${lab.server.url}#/lessons/${SLUG}`);
    await expect.poll(() => h1(page)).toBe(en.title);
    await expect.poll(() => hash(page)).toBe(`#/en/lessons/${SLUG}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await brand(page)).toContain(enApp['app.title']);

    // The reader presses 简体中文.
    await page.getByRole('group', { name: enApp['app.language.label'] }).getByRole('button', { name: '简体中文' }).click();
    await expect.poll(() => h1(page)).toBe(zh.title);
    expect(hash(page)).toBe(`#/zh/lessons/${SLUG}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await brand(page)).toContain(zhApp['app.title']);
    expect(await page.locator('header .header-nav a').textContent()).toBe(zhApp['app.courseIndex']);
    const zhHeadings = zh.toc.filter((entry) => entry.depth === 2).map((entry) => entry.text);
    expect(zhHeadings.length).toBeGreaterThan(3);
    expect(await page.locator('.lesson-body h2').allTextContents()).toEqual(zhHeadings);
    // Facts come from the shared facts.ts, formatted for Chinese: 300,000 requests read as 30 万.
    expect(await page.locator('.lesson-body').textContent()).toContain(`每月 ${scenario.requestsPerMonth / 10_000} 万个请求`);
    expect(await page.getByTestId('untranslated').count()).toBe(0);
    // The switch is in Chinese now too, with 简体中文 pressed.
    const switcher = page.getByRole('group', { name: zhApp['app.language.label'] });
    expect(await switcher.getByRole('button', { name: '简体中文' }).getAttribute('aria-pressed')).toBe('true');

    // A reload keeps Chinese.
    await page.reload();
    await expect.poll(() => h1(page)).toBe(zh.title);
    expect(await brand(page)).toContain(zhApp['app.title']);

    // Coming back later by a link without a language: the remembered choice, Chinese.
    await page.goto(`${lab.server.url}#/`);
    await expect.poll(() => hash(page)).toBe('#/zh/');
    // The course index in Chinese: every lesson's Chinese title.
    const zhTitles = index.editions.zh.lessons.map((l) => l.title);
    await expect.poll(() => page.locator('.course-list .course-title').allTextContents()).toEqual(zhTitles);
    expect(zhTitles.filter((title) => !/[\u4e00-\u9fff]/.test(title))).toEqual([]);
    // Every lesson of the course has its Chinese edition.
    expect(index.editions.zh.lessons.filter((l) => !l.translated).map((l) => l.slug)).toEqual([]);

    // A lesson without its Chinese edition (an instructor's English-only lesson) says so in Chinese: content-fixture.test.ts.

    // And back to English, on the translated lesson.
    await page.goto(`${lab.server.url}#/zh/lessons/${SLUG}`);
    await expect.poll(() => h1(page)).toBe(zh.title);
    await switcher.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => h1(page)).toBe(en.title);
    expect(hash(page)).toBe(`#/en/lessons/${SLUG}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect.poll(() => h1(page)).toBe(en.title);

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });

  it('shows a glossary term\'s Chinese definition on hover and on keyboard focus, and hides it with Escape', async () => {
    const { context, page, problems } = await freshPage(lab.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${lab.server.url}#/zh/lessons/${SLUG}`);
    await expect.poll(() => h1(page)).toBe(zh.title);
    const link = page.locator('.lesson-body .term-link').first();
    const id = await link.getAttribute('data-term');
    const term = glossary.find((t) => t.id === id);
    if (!term) throw new Error(`the first linked term "${id ?? ''}" is not in the glossary`);
    const tip = page.locator('.lesson-body .term-tip').first();
    expect(await tip.isVisible()).toBe(false);

    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(term.definition.zh);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);

    await link.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // The link leads to the term's entry on the glossary page, in Chinese.
    expect(await link.getAttribute('href')).toBe(`#/glossary/term-${term.id}`);
    await link.click();
    await expect.poll(() => hash(page)).toBe(`#/zh/glossary/term-${term.id}`);
    await expect.poll(() => page.locator(`#term-${term.id} dfn`).textContent()).toBe(term.zh);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await context.close();
  });
});
