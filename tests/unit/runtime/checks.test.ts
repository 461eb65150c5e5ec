/**
 * An exercise's checker runs after the student's code, in its scope, as the
 * worker runs it: it sees the code's functions, its own names never clash
 * with the student's, each check is an event the page accepts, and the
 * student's errors keep their line numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkVerdict } from '../../../src/exercises/verdict';
import { createChecks, shownValue, withChecker } from '../../../src/runtime/checks';
import { finalEvent, ofType, runCode } from './run-helpers';

const label = { en: 'doubles', zh: '翻倍' };

describe('check runs', () => {
  it('the checker calls the code’s function on its own inputs and reports each check', async () => {
    const events = await runCode('function double(x: number) { return 2 * x; }\nconst check = "the student may use this name";\n', {
      checker: `check.close({ en: 'double(3)', zh: 'double(3)' }, double(3), 6, 1e-9);\ncheck.equal({ en: 'double of a list', zh: '列表' }, [1, 2].map(double), [2, 5]);`,
    });
    expect(finalEvent(events).type).toBe('done');
    const checks = ofType(events, 'check');
    expect(checks.map((c) => [c.label.en, c.passed, c.got, c.expected])).toEqual([
      ['double(3)', true, '6', '6 ± 1e-9'],
      ['double of a list', false, '[2, 4]', '[2, 5]'],
    ]);
    expect(checkVerdict('done', checks)).toEqual({ kind: 'failed', failing: 1 });
  });

  it('code that returns early skips the checker: no checks, so it cannot pass', async () => {
    const events = await runCode('function double(x: number) { return 2 * x; }\nreturn;\n', { checker: `check.that(${JSON.stringify(label)}, double(1) === 2);` });
    expect(finalEvent(events).type).toBe('done');
    expect(ofType(events, 'check')).toEqual([]);
    expect(checkVerdict('done', [])).toEqual({ kind: 'unchecked' });
  });

  it('an error inside the student’s function, called by the checker, points at the student’s line', async () => {
    const events = await runCode('function double(x: number): number {\n  throw new Error("not yet");\n}\n', { checker: `check.that(${JSON.stringify(label)}, double(1) === 2);` });
    const last = finalEvent(events);
    expect(last).toMatchObject({ type: 'error', phase: 'runtime', message: 'not yet', line: 2 });
    expect(checkVerdict('error', ofType(events, 'check'))).toEqual({ kind: 'error' });
  });

  it('an ordinary run has no checker: `__labChecks` is undefined there', async () => {
    const events = await runCode('lab.print(typeof __labChecks);');
    expect(ofType(events, 'print')[0]?.value).toEqual({ kind: 'text', text: 'undefined' });
  });
});

describe('check values', () => {
  it('close compares element by element and refuses NaN, wrong lengths and non-numbers', () => {
    const seen: boolean[] = [];
    const check = createChecks((e) => seen.push(e.passed));
    check.close(label, [1, 2.0005], [1, 2], 0.001);
    check.close(label, [1], [1, 2], 0.001);
    check.close(label, NaN, 1, 0.5);
    check.close(label, 'one', 1, 0.5);
    check.close(label, new Float32Array([0.5]), 0.5, 1e-6);
    expect(seen).toEqual([true, false, false, false, true]);
  });

  it('shows values as a student writes them, and labels without both languages fall back', () => {
    expect([shownValue(0.123456), shownValue(3), shownValue('a'), shownValue([1, [2]]), shownValue(undefined), shownValue(() => 1)]).toEqual(['0.1235', '3', '"a"', '[1, [2]]', 'undefined', 'a function']);
    const events: { label: { en: string; zh: string } }[] = [];
    createChecks((e) => events.push(e)).that({ en: 'only english' } as never, true);
    expect(events[0]?.label).toEqual({ en: 'only english', zh: 'only english' });
  });

  it('joins code and checker so that the code keeps its line numbers', () => {
    const joined = withChecker('a\nb', 'c');
    expect(joined.split('\n').slice(0, 2)).toEqual(['a', 'b']);
  });
});
