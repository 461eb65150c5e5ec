/**
 * The translation plan (content/translations.json): which Chinese editions may
 * still be missing, and the Chinese titles of those for the course index.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/lessons/pipeline/load';
import { checkDictionaries, editionProblem, loadTranslationPlan } from '../../../src/lessons/pipeline/translations';

const root = resolve(import.meta.dirname, '../../..');
let dir: string | null = null;
afterEach(() => {
  delete process.env['LML_TRANSLATIONS_FILE'];
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function planFile(json: unknown): string {
  dir = mkdtempSync(join(tmpdir(), 'lml-plan-'));
  const path = join(dir, 'translations.json');
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  process.env['LML_TRANSLATIONS_FILE'] = path;
  return path;
}

describe('loadTranslationPlan', () => {
  it('reads the pending list and the index titles', () => {
    planFile({ zh: { pending: ['a', 'b'], index: { a: { title: '甲', summary: '关于甲。' } } } });
    const plan = loadTranslationPlan(root);
    expect(plan.problems).toEqual([]);
    expect([...plan.pending]).toEqual(['a', 'b']);
    expect(plan.index.get('a')).toEqual({ title: '甲', summary: '关于甲。' });
  });

  it('rejects an index title for a lesson that is not pending, broken JSON, and a bad slug, with clear messages', () => {
    planFile({ zh: { pending: ['a'], index: { b: { title: '乙', summary: '关于乙。' } } } });
    expect(loadTranslationPlan(root).problems.map((p) => p.message)).toEqual([
      'zh.index has "b", which is not pending: its title and summary belong in its Chinese edition now',
    ]);
    planFile('{ "zh": ');
    expect(loadTranslationPlan(root).problems[0]?.message).toMatch(/^not valid JSON/);
    planFile({ zh: { pending: ['Not A Slug'] } });
    expect(loadTranslationPlan(root).problems[0]?.message).toMatch(/^zh\.pending\.0:/);
  });
});

describe('editionProblem', () => {
  const plan = { pending: new Set(['late']), index: new Map(), problems: [], file: 'content/translations.json' };
  it('warns for a pending lesson, fails an unlisted one, and fails a listed one that is translated', () => {
    expect(editionProblem(plan, 'late', 'late/index.md', false, 'late/index.zh.md')?.severity).toBe('warning');
    expect(editionProblem(plan, 'other', 'other/index.md', false, 'other/index.zh.md')).toMatchObject({ severity: 'error', message: expect.stringMatching(/^untranslated: write other\/index\.zh\.md/) as unknown });
    expect(editionProblem(plan, 'late', 'late/index.md', true, 'late/index.zh.md')).toMatchObject({ severity: 'error', message: expect.stringMatching(/take it off the pending list/) as unknown });
    expect(editionProblem(plan, 'other', 'other/index.md', true, 'other/index.zh.md')).toBeNull();
  });
});

describe('checkDictionaries', () => {
  const en = { 'a.save': 'Save the scenario', 'a.gpu': 'WebGPU', 'a.count': '{count} runs', 'a.name': 'Large Model Lab' };
  const where = (key: string) => ({ file: 'zh.ts', line: Object.keys(en).indexOf(key) + 1 });
  it('reports a UI string left in English, at its line, and lets names and placeholders be', () => {
    const zh = { 'a.save': 'Save the scenario', 'a.gpu': 'WebGPU', 'a.count': '{count} 次运行', 'a.name': 'Large Model Lab' };
    expect(checkDictionaries(en, zh, new Set(['a.name']), where)).toEqual([
      { file: 'zh.ts', line: 1, message: '"a.save" is not translated: "Save the scenario"', severity: 'error' },
    ]);
  });

  it('passes a dictionary in Chinese', () => {
    const zh = { 'a.save': '保存情景', 'a.gpu': 'WebGPU', 'a.count': '{count} 次运行', 'a.name': '大模型实验室' };
    expect(checkDictionaries(en, zh, new Set(), where)).toEqual([]);
  });
});

describe('the course as shipped', () => {
  it('has a Chinese title for every lesson in the Chinese course index, and no problems', async () => {
    const { lessons, problems } = await buildContent(root);
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    const plan = loadTranslationPlan(root);
    const published = lessons.filter((l) => !l.draft);
    expect(published.length).toBeGreaterThan(10);
    for (const lesson of published) {
      const zh = lesson.editions.zh.meta;
      expect(zh.title, lesson.meta.slug).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.translated, lesson.meta.slug).toBe(!plan.pending.has(lesson.meta.slug));
    }
  }, 120_000);
});
