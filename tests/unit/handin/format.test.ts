/**
 * The hand-in file (src/handin/format.ts, parse.ts): made from the stores'
 * values, read back unchanged; every malformed file gives a problem with a
 * message (problems.ts), in both languages; the file name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadMessages, setLocale } from '../../../src/i18n';
import { handinFileName, makeHandin, MAX_STUDENT_NAME, type HandinInputs } from '../../../src/handin/format';
import { handinFromJson, MAX_HANDIN_BYTES, parseHandin, readHandinFile, type FileProblem } from '../../../src/handin/parse';
import { handinProblemMessage } from '../../../src/handin/problems';

const NOW = new Date(2026, 11, 4, 9, 30);
const course = {
  version: '3f9a1c0b2e',
  lessons: [
    { slug: 'losses-and-softmax', exercises: [{ id: 'softmax-by-hand', kind: 'number' as const }, { id: 'pick-loss', kind: 'choice' as const }] },
    { slug: 'neurons-layers-activations', exercises: [{ id: 'sigmoid-neuron', kind: 'code' as const }] },
  ],
};
const inputs: HandinInputs = {
  student: '  Ada Lovelace ',
  now: NOW,
  course,
  progress: {
    'losses-and-softmax/softmax-by-hand': { status: 'done', tries: 2, hints: 1, solutionShown: false, answer: '0.844', doneAt: 1_764_800_000_000 },
    'losses-and-softmax/pick-loss': { status: 'tried', tries: 1, hints: 0, solutionShown: true, answer: '2' },
  },
  visits: { 'losses-and-softmax': { visitedAt: 1_764_790_000_000, heading: 'softmax' } },
  code: { 'neurons-layers-activations/sigmoid-neuron': 'function neuronOutput() {\n  return 0.5;\n}\n' },
};

describe('makeHandin', () => {
  const handin = makeHandin(inputs);

  it('is the versioned format with the student, the date, the course and every exercise touched', () => {
    expect(handin).toEqual({
      format: 'lml-handin',
      version: 1,
      student: 'Ada Lovelace',
      exportedAt: NOW.toISOString(),
      course,
      exercises: {
        'losses-and-softmax/pick-loss': { status: 'tried', tries: 1, hints: 0, solutionShown: true, answer: '2' },
        'losses-and-softmax/softmax-by-hand': { status: 'done', tries: 2, hints: 1, solutionShown: false, answer: '0.844', doneAt: 1_764_800_000_000 },
        // Code edited but never checked: tried, no tries, with the code.
        'neurons-layers-activations/sigmoid-neuron': { status: 'tried', tries: 0, hints: 0, solutionShown: false, code: 'function neuronOutput() {\n  return 0.5;\n}\n' },
      },
      lessons: inputs.visits,
    });
  });

  it('reads back as it was written', () => {
    expect(parseHandin(JSON.stringify(handin, null, 2))).toEqual({ ok: true, value: handin });
  });

  it('names the file after the student (any script) and the local date', () => {
    expect(handinFileName('Ada Lovelace', NOW)).toBe('ada-lovelace-handin-2026-12-04.json');
    expect(handinFileName('王小明', NOW)).toBe('王小明-handin-2026-12-04.json');
    expect(handinFileName(' ../José  "O\'Neil"/ ', NOW)).toBe('josé-o-neil-handin-2026-12-04.json');
    expect(handinFileName('***', NOW)).toBe('student-handin-2026-12-04.json');
  });
});

describe('reading a hand-in', () => {
  const good = makeHandin(inputs);
  const json = (value: unknown) => JSON.stringify(value);
  const changed = (change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(good) as unknown as Record<string, unknown>;
    change(copy);
    return json(copy);
  };
  const exercise = (copy: Record<string, unknown>) => (copy['exercises'] as Record<string, Record<string, unknown>>)['losses-and-softmax/softmax-by-hand'] as Record<string, unknown>;

  const cases: [string, string, FileProblem['kind'], RegExp?][] = [
    ['too large', `{"pad":"${'x'.repeat(MAX_HANDIN_BYTES)}"}`, 'tooLarge'],
    ['empty', '  \n', 'empty'],
    ['not JSON', '{"format": "lml-handin",', 'notJson'],
    ['nested too deeply', '[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]', 'tooDeep'],
    ['a list far too long', json({ list: Array.from({ length: 1001 }, () => 0) }), 'arrayTooLong'],
    ['a forbidden key', '{"__proto__": {"polluted": true}}', 'forbiddenKey'],
    ['a list, not an object', '[]', 'wrongFormat'],
    ['another format', json({ format: 'large-model-lab/worksheet-scenario', version: 2 }), 'wrongFormat'],
    ['a whole-work backup', json({ format: 'large-model-lab-backup', version: 1, exportedAt: '', items: {} }), 'wrongFormat', /backup/],
    ['no version', changed((c) => delete c['version']), 'unsupportedVersion', /does not say/],
    ['a newer version', changed((c) => (c['version'] = 2)), 'unsupportedVersion', /version 2/],
    ['a version as text', changed((c) => (c['version'] = '1')), 'unsupportedVersion', /version 1/],
    ['no student', changed((c) => delete c['student']), 'invalid', /student/],
    ['a blank student', changed((c) => (c['student'] = '   ')), 'invalid', /student: is empty/],
    ['a student name too long', changed((c) => (c['student'] = 'a'.repeat(101))), 'invalid', /student/],
    ['a date that is not one', changed((c) => (c['exportedAt'] = 'yesterday')), 'invalid', /exportedAt: must be a date and time/],
    ['a course version that is not hex', changed((c) => ((c['course'] as Record<string, unknown>)['version'] = 'v1.2')), 'invalid', /course\.version: must be a hex course version/],
    ['an unknown exercise kind', changed((c) => ((c['course'] as { lessons: { exercises: unknown[] }[] }).lessons[0]?.exercises.splice(0, 1, { id: 'softmax-by-hand', kind: 'essay' }))), 'invalid', /course\.lessons\.0\.exercises\.0\.kind/],
    ['an exercise key without its lesson', changed((c) => ((c['exercises'] as Record<string, unknown>)['softmax-by-hand'] = { status: 'done', tries: 1, hints: 0, solutionShown: false })), 'invalid', /exercises\.softmax-by-hand: must be "<lesson>\/<exercise>"/],
    ['an unknown status', changed((c) => (exercise(c)['status'] = 'perfect')), 'invalid', /status/],
    ['negative tries', changed((c) => (exercise(c)['tries'] = -1)), 'invalid', /tries/],
    ['fractional hints', changed((c) => (exercise(c)['hints'] = 1.5)), 'invalid', /hints/],
    ['code that is not text', changed((c) => (exercise(c)['code'] = 42)), 'invalid', /code/],
    ['a visit without its time', changed((c) => ((c['lessons'] as Record<string, unknown>)['losses-and-softmax'] = { heading: 'x' })), 'invalid', /lessons\.losses-and-softmax\.visitedAt/],
    ['a lesson key that is not a slug', changed((c) => ((c['lessons'] as Record<string, unknown>)['Losses!'] = { visitedAt: 1 })), 'invalid', /lessons\.Losses!: must be a lesson slug/],
  ];

  it.each(cases)('%s: a problem with its message', (_name, text, kind, message) => {
    const parsed = parseHandin(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.kind).toBe(kind);
    const words = handinProblemMessage(parsed.error);
    expect(words.length).toBeGreaterThan(10);
    expect(words).not.toMatch(/^(handin|worksheet)\./);
    if (message) expect(words).toMatch(message);
  });

  it('reads the longest name the export allows, and no longer one', () => {
    expect(parseHandin(changed((c) => (c['student'] = 'a'.repeat(MAX_STUDENT_NAME)))).ok).toBe(true);
    expect(parseHandin(changed((c) => (c['student'] = 'a'.repeat(MAX_STUDENT_NAME + 1)))).ok).toBe(false);
  });

  it('a value that is not an object is not a hand-in', () => {
    expect(handinFromJson(null)).toEqual({ ok: false, error: { kind: 'wrongFormat', backup: false } });
    expect(handinFromJson('lml-handin')).toEqual({ ok: false, error: { kind: 'wrongFormat', backup: false } });
  });

  it('unknown fields are left out, the name trimmed', () => {
    const parsed = parseHandin(changed((c) => ((c['student'] = ' Ada Lovelace\n'), (c['extra'] = { anything: true }))));
    expect(parsed.ok && parsed.value).toEqual(good);
  });

  it('files: the name, the size and the reading are checked before the content', async () => {
    const named = (name: string, text: string) => Object.assign(new Blob([text]), { name });
    expect(await readHandinFile(named('ada.json', json(good)))).toEqual({ ok: true, value: good });
    expect(await readHandinFile(named('ADA.JSON', json(good)))).toMatchObject({ ok: true });
    expect(await readHandinFile(named('.DS_Store', 'x'))).toEqual({ ok: false, error: { kind: 'notJsonFile' } });
    const huge = Object.assign(new Blob(['{}']), { name: 'big.json' });
    Object.defineProperty(huge, 'size', { value: MAX_HANDIN_BYTES + 1 });
    expect(await readHandinFile(huge)).toEqual({ ok: false, error: { kind: 'tooLarge', size: MAX_HANDIN_BYTES + 1, max: MAX_HANDIN_BYTES } });
    const folder = Object.assign(new Blob([]), { name: 'a-folder.json', text: () => Promise.reject(new Error('NotFoundError')) });
    expect(await readHandinFile(folder)).toEqual({ ok: false, error: { kind: 'readFailed' } });
    for (const kind of ['notJsonFile', 'readFailed'] as const) expect(handinProblemMessage({ kind })).toMatch(/^(it is not a \.json file|the file could not be read)\.$/);
  });

  describe('in Chinese', () => {
    afterAll(() => setLocale('en'));
    it('every problem has its Chinese message', async () => {
      await loadMessages('zh');
      setLocale('zh');
      for (const [, text] of cases) {
        const parsed = parseHandin(text);
        if (parsed.ok) throw new Error('expected a problem');
        expect(handinProblemMessage(parsed.error)).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(handinProblemMessage({ kind: 'notJsonFile' })).toBe('不是 .json 文件。');
    });
  });
});
