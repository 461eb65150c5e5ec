/**
 * Drift between a lesson's English and Chinese editions (pipeline/drift.ts,
 * run by check:content): a fixture whose English changed after its Chinese was
 * written must fail, naming what changed; a fixture in step must pass.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareEditions, diagramSkeleton, englishLeft } from '../../../src/lessons/pipeline/drift';
import { buildLesson } from '../../../src/lessons/pipeline/load';
import { formatProblem } from '../../../src/lessons/pipeline/problems';
import { KEEP_ENGLISH } from '../../../src/lessons/pipeline/translations';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = join(root, 'tests/fixtures/editions');
const read = (slug: string, file: string) => readFileSync(join(fixtures, slug, file), 'utf8').replace(/^---[\s\S]*?---\n/, '');

describe('compareEditions on the fixtures', () => {
  it('finds nothing when the editions are in step (prose and \\text{} translated, labels translated)', () => {
    expect(compareEditions(read('in-step', 'index.md'), read('in-step', 'index.zh.md'), KEEP_ENGLISH)).toEqual([]);
  });

  it('names every kind of change when the English changed after the Chinese was written', () => {
    const messages = compareEditions(read('drifted', 'index.md'), read('drifted', 'index.zh.md'), KEEP_ENGLISH).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^heading 2 of the English edition \(a level-2 heading, line \d+\) is missing here$/),
      expect.stringMatching(/^diagram 1 differs from the English edition's/),
      expect.stringMatching(/^display formula 1 differs from the English edition's/),
      'facts used by the English edition only: {{steps}}',
    ]);
  });
});

describe('buildLesson with a drifted Chinese edition', () => {
  it('reports the drift as errors in index.zh.md (so check:content fails)', async () => {
    const { lesson, problems } = await buildLesson(root, join(fixtures, 'drifted'), 'drifted');
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors.length).toBe(4);
    for (const error of errors) expect(error).toMatch(/^tests\/fixtures\/editions\/drifted\/index\.zh\.md/);
    // The Chinese reader still gets the Chinese edition, with the shared facts in it.
    expect(lesson?.editions.zh.meta.title).toBe('英文版改过之后');
    expect(lesson?.editions.zh.body.html).toContain('1,024');
  });

  it('builds both editions without problems when they are in step', async () => {
    const { lesson, problems } = await buildLesson(root, join(fixtures, 'in-step'), 'in-step');
    // The fixture has no exercises: only that warning.
    expect(problems.map((p) => [p.severity, p.message.split(':')[0]])).toEqual([['warning', 'the lesson has no exercises yet']]);
    expect(lesson?.editions.en.meta.title).toBe('Editions in step');
    expect(lesson?.editions.zh.meta).toMatchObject({ title: '两个版本同步', translated: true });
    // Same heading ids in both editions, so a deep link to a section works in either language.
    expect(lesson?.editions.zh.meta.toc.map((t) => t.id)).toEqual(lesson?.editions.en.meta.toc.map((t) => t.id));
  });
});

describe('pieces of the comparison', () => {
  it('a diagram keeps its nodes and edges once its labels are blanked', () => {
    expect(diagramSkeleton('flowchart LR\n  A[Data] -->|yes| B(Model)')).toBe(diagramSkeleton('flowchart LR\n  A[数据] -->|是| B(模型)'));
    expect(diagramSkeleton('flowchart LR\n  A[Data] --> B[Model]')).not.toBe(diagramSkeleton('flowchart LR\n  A[数据] --> C[模型]'));
  });

  it('finds English prose left in the Chinese, but not names the course keeps in Latin letters', () => {
    expect(englishLeft('The loss goes down as training goes on.', KEEP_ENGLISH)).toBe('The loss goes down as training goes on.');
    expect(englishLeft('损失随着训练下降，but then it goes back up again.', KEEP_ENGLISH)).toBe('but then it goes back');
    expect(englishLeft('用 TensorFlow.js 和 WebGPU 训练。', KEEP_ENGLISH)).toBeNull();
    expect(englishLeft('ReLU, sigmoid', KEEP_ENGLISH)).toBeNull();
  });
});
