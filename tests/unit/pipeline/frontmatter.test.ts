import { describe, expect, it } from 'vitest';
import { parseLessonFile } from '../../../src/lessons/pipeline/frontmatter';

const valid = ['---', 'title: A lesson', 'order: 2', 'summary: What it teaches.', '---', '', '## Heading', ''].join('\n');

describe('lesson frontmatter', () => {
  it('parses title, order and summary and keeps body line numbers', () => {
    const parsed = parseLessonFile(valid);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.frontmatter).toEqual({ title: 'A lesson', order: 2, summary: 'What it teaches.' });
    // "## Heading" is line 7 of the file, so it must be line 7 of the body too.
    expect(parsed.value.body.split('\n')[6]).toBe('## Heading');
  });

  it('names a missing field', () => {
    const parsed = parseLessonFile(valid.replace('summary: What it teaches.\n', ''));
    expect(parsed).toMatchObject({ ok: false, error: { message: expect.stringContaining('"summary"') as unknown } });
  });

  it('names a field of the wrong type', () => {
    const parsed = parseLessonFile(valid.replace('order: 2', 'order: second'));
    expect(parsed).toMatchObject({ ok: false, error: { message: expect.stringContaining('"order"') as unknown } });
  });

  it('rejects unknown fields (typos do not pass silently)', () => {
    const parsed = parseLessonFile(valid.replace('order: 2', 'order: 2\ntitel: oops'));
    expect(parsed.ok).toBe(false);
  });

  it('reports YAML syntax errors with a line', () => {
    const parsed = parseLessonFile(valid.replace('order: 2', 'order: [2'));
    expect(parsed).toMatchObject({ ok: false, error: { message: expect.stringContaining('YAML') as unknown } });
    if (!parsed.ok) expect(parsed.error.line).toBeGreaterThan(0);
  });

  it('requires frontmatter at all', () => {
    expect(parseLessonFile('# Just a heading\n').ok).toBe(false);
  });

  it('validates example entries', () => {
    const withExample = valid.replace('order: 2', 'order: 2\nexamples:\n  - file: Bad Name.js\n    title: x');
    expect(parseLessonFile(withExample)).toMatchObject({ ok: false, error: { message: expect.stringContaining('examples.0.file') as unknown } });
  });
});
