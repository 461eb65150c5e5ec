/**
 * A run ends cleanly whatever its code does (fuzz findings, issue 17): its
 * timers stop, its globals are put back, what cannot be put back makes the
 * worker ask to be replaced, a thrown value that cannot be printed still
 * ends the run with a message and its tensors freed. Through the real runner
 * and run scope, on Node's global scope as the worker's.
 */
import { describe, expect, it } from 'vitest';
import { cpuTf, finalEvent, ofType, runCode } from './run-helpers';

const texts = (events: Awaited<ReturnType<typeof runCode>>): string[] =>
  ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));

describe('timers a run leaves behind (code/leak-timer-x10)', () => {
  it('are cancelled at its end: live tensors at the start of ten runs stay flat', async () => {
    const code = `
      lab.print('live', tf.memory().numTensors);
      setInterval(() => { tf.ones([50, 50]); }, 1);
      setTimeout(() => { tf.ones([50, 50]); }, 5);
      await lab.sleep(20);
    `;
    const starts: number[] = [];
    for (let i = 0; i < 10; i++) {
      const events = await runCode(code);
      expect(finalEvent(events).type).toBe('done');
      starts.push(Number(texts(events)[0]?.split(' ')[1]));
      // Time for a leaked interval to fire many times before the next run.
      await new Promise((r) => setTimeout(r, 15));
    }
    expect(starts).toEqual(Array.from({ length: 10 }, () => starts[0]));
    expect(Number.isInteger(starts[0])).toBe(true);
  });

  it('says which timers it stopped, once, as a warning', async () => {
    const events = await runCode(`setInterval(() => {}, 1000); setInterval(() => {}, 1000); setTimeout(() => {}, 1000);`);
    expect(ofType(events, 'print').filter((e) => e.level === 'warn').map((e) => (e.value.kind === 'text' ? e.value.text : ''))).toEqual([
      'Stopped 2 setInterval timer(s) and 1 pending callback(s) the code left running: a run ends when its code finishes. To keep a loop in the run, await it (for example with await lab.sleep(ms) in a loop).',
    ]);
    expect(finalEvent(events).type).toBe('done');
  });

  it('a timer that fires after the run cannot print into a later run', async () => {
    await runCode(`setTimeout(() => lab.print('late'), 1);`);
    await new Promise((r) => setTimeout(r, 20));
    const next = await runCode(`await lab.sleep(10); lab.print('mine');`);
    expect(texts(next)).toEqual(['mine']);
  });
});

describe('globals a run sets, replaces or deletes (code/globals)', () => {
  it('are put back, so the next runs work', async () => {
    const first = await runCode(`
      globalThis.hijacked = 1;
      globalThis.setTimeout = () => { throw new Error('hijacked setTimeout'); };
      delete globalThis.JSON;
    `);
    expect(finalEvent(first).type).toBe('done');
    for (let i = 0; i < 2; i++) {
      const next = await runCode(`await lab.sleep(1); lab.print(typeof hijacked, JSON.stringify([1]));`);
      expect(finalEvent(next).type).toBe('done');
      expect(texts(next)).toEqual(['undefined [1]']);
    }
  });

  it('a changed built-in cannot be put back: the run asks for a fresh worker, naming it', async () => {
    const reasons: string[] = [];
    const original = Array.prototype.includes;
    try {
      const events = await runCode(`Array.prototype.includes = () => true;`, { onRetire: (r) => reasons.push(r) });
      expect(finalEvent(events).type).toBe('done');
      expect(reasons).toEqual(['the run changed Array.prototype']);
    } finally {
      Array.prototype.includes = original;
    }
  });
});

describe('tfjs state a run changes (code/removeBackend-cpu)', () => {
  it('removing a backend makes the worker ask to be replaced', async () => {
    const tf = await cpuTf();
    const reasons: string[] = [];
    // Not the cpu backend itself here: Node has one tfjs for the whole test file.
    tf.registerBackend('spare', () => tf.backend());
    const events = await runCode(`tf.removeBackend('spare');`, { onRetire: (r) => reasons.push(r) });
    expect(finalEvent(events).type).toBe('done');
    expect(reasons).toEqual(['the run changed the tfjs backends']);
  });

  it('setting a tfjs flag makes it ask too; a run that changes nothing does not', async () => {
    const tf = await cpuTf();
    const before = tf.env().get('DEBUG');
    const reasons: string[] = [];
    try {
      await runCode(`tf.env().set('DEBUG', ${String(!before)});`, { onRetire: (r) => reasons.push(r) });
    } finally {
      tf.env().set('DEBUG', before);
    }
    await runCode(`tf.tidy(() => tf.ones([2]).sum());`, { onRetire: (r) => reasons.push(r) });
    expect(reasons).toEqual(['the run changed tfjs flags (tf.env())']);
  });
});

describe('thrown values that cannot be printed (code/throw-*)', () => {
  it.each([
    ['an object without a prototype', `throw Object.create(null);`, 'Thrown value: [object Object]'],
    ['a throwing toString', `throw { toString() { throw new Error('no'); } };`, 'Thrown value: [object Object]'],
    ['a throwing message getter', `const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('no'); } }); throw e;`, '(the error’s message could not be read)'],
    ['a throwing Symbol.toStringTag', `throw Object.create(null, { [Symbol.toPrimitive]: { get() { throw 1; } }, [Symbol.toStringTag]: { get() { throw 2; } } });`, 'Thrown value: a value that cannot be shown'],
  ])('%s still ends the run with a message and frees its tensors', async (_label, thrower, message) => {
    const tf = await cpuTf();
    const before = tf.memory().numTensors;
    const events = await runCode(`const kept = tf.ones([10]); tf.keep(kept);\n${thrower}`);
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'runtime', message });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('floods are cut down in the worker, visibly (flood/*)', () => {
  it('a 20 MB print arrives as its first 100,000 characters, saying how long it was', async () => {
    const events = await runCode(`lab.print('x'.repeat(20_000_000));`);
    const [text] = texts(events);
    expect(text).toHaveLength(100_000);
    expect(text?.endsWith(' … (truncated, 20,000,000 characters)')).toBe(true);
  });

  it('a 20 MB error message too', async () => {
    const end = finalEvent(await runCode(`throw new Error('y'.repeat(20_000_000));`));
    expect(end.type === 'error' ? end.message.length : 0).toBe(100_000);
    expect(end.type === 'error' ? end.message : '').toMatch(/^y+ … \(truncated, 20,000,000 characters\)$/);
  });

  it('a million-point plot is drawn from 20,000 evenly spaced points, with a note', async () => {
    const events = await runCode(`
      const x = Array.from({ length: 1_000_000 }, (_, i) => i);
      lab.plot('big', { name: 'line', x, y: x.map((v) => -v) });
    `);
    const [plot] = ofType(events, 'plot');
    expect(plot?.series[0]?.x).toHaveLength(20_000);
    expect([plot?.series[0]?.x[0], plot?.series[0]?.x.at(-1), plot?.series[0]?.y.at(-1)]).toEqual([0, 999_999, -999_999]);
    expect(texts(events)).toEqual(["lab.plot('big'): 1,000,000 points per line are drawn as 20,000, evenly spaced."]);
  });

  it('a table of 1,000 rows fits whole; one of 5,000 rows and 100 columns shows the first and counts the rest', async () => {
    const whole = ofType(await runCode(`lab.table(Array.from({ length: 1000 }, (_, i) => ({ i })));`), 'print')[0]?.value;
    expect(whole?.kind === 'table' ? whole.rows.map((r) => r[0]) : []).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    const events = await runCode(`
      const columns = Object.fromEntries(Array.from({ length: 100 }, (_, c) => ['c' + c, Array.from({ length: 5000 }, (_, r) => r * c)]));
      lab.table(columns);
    `);
    const table = ofType(events, 'print')[0]?.value;
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.columns).toHaveLength(64);
    expect(table.rows).toHaveLength(1_000);
    expect(table.rows.at(-1)?.[0]).toBe('… 4,001 more row(s) and 36 more column(s) not shown');
    expect(table.rows[998]?.[1]).toBe(998);
  });
});
