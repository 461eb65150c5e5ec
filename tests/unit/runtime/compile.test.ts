/** Compile step and error locations: lines must point at what the user typed. */
import { describe, expect, it } from 'vitest';
import { bodyLineOffset, compileUserCode, compileUserCodeCached, runtimeLocation } from '../../../src/runtime/compile';
import { finalEvent, ofType, runCode } from './run-helpers';

describe('compileUserCode', () => {
  it('strips types and keeps top-level await', async () => {
    const compiled = compileUserCode('interface P { x: number }\nconst p: P = { x: 2 };\nawait Promise.resolve();\nreturn p.x * 21;');
    expect(compiled.ok).toBe(true);
    if (compiled.ok) await expect(compiled.value(null, null, null)).resolves.toBe(42);
  });

  it('reports a syntax error with its line and column', () => {
    const compiled = compileUserCode('const a = 1;\n\nconst b = (;\n');
    expect(compiled).toMatchObject({ ok: false, error: { line: 3 } });
    if (!compiled.ok) {
      expect(compiled.error.message).toMatch(/Unexpected token/);
      expect(compiled.error.column).toBeGreaterThan(9);
    }
  });

  it('rejects import statements with a helpful message and their line', () => {
    const compiled = compileUserCode("// hi\nimport * as tf from '@tensorflow/tfjs';\n");
    expect(compiled).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
    if (!compiled.ok) expect(compiled.error.message).toMatch(/already defined/);
  });

  it('does not mistake names that start with "import" for imports', () => {
    expect(compileUserCode('const importance = 1;\nimportance;\nconst later = () => import("x");').ok).toBe(true);
  });

  it('accepts the `export {}` that makes starter files modules', () => {
    expect(compileUserCode('const a = 1;\nexport {};\n').ok).toBe(true);
  });
});

describe('compileUserCodeCached', () => {
  it('reuses the last compiled function for the same source, and each call is a fresh run', async () => {
    const source = 'let n = 0;\nn += 1;\nreturn n;';
    const first = compileUserCodeCached(source);
    const again = compileUserCodeCached(source);
    if (!first.ok || !again.ok) throw new Error('did not compile');
    expect(again.value).toBe(first.value);
    expect(await again.value(null, null, null)).toBe(1);
    expect(await again.value(null, null, null)).toBe(1);
    const other = compileUserCodeCached(source.replace('1;', '2;'));
    expect(other.ok && other.value).not.toBe(first.value);
    expect(other.ok && (await other.value(null, null, null))).toBe(2);
    // A changed source with an error gives its own error, not the cached function.
    expect(compileUserCodeCached('let = ;').ok).toBe(false);
  });
});

describe('runtime error lines', () => {
  it('measures the wrapper header once', () => {
    // `async function anonymous(tf,lab,console\n) {\n` on V8, which Node and Chromium share.
    expect(bodyLineOffset()).toBe(2);
  });

  it('maps a thrown error to the line in the user source', async () => {
    const events = await runCode('const a = 1;\n// comment\ntype T = number;\nconst b: T = a;\n\n    throw new Error("boom " + b);\n');
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'runtime', message: 'boom 1', line: 6, column: 11 });
  });

  it('maps an error raised inside tfjs to the user line that called it', async () => {
    const events = await runCode('const x = tf.ones([2, 3]);\nconst y = tf.ones([4, 5]);\n\nx.matMul(y);\n');
    const end = finalEvent(events);
    expect(end).toMatchObject({ type: 'error', phase: 'runtime', line: 4 });
    if (end.type === 'error') expect(end.message).toMatch(/inner dimensions|matMul|shape/i);
  });

  it('maps an error after an await', async () => {
    const events = await runCode('await lab.sleep(1);\nconst o: any = null;\no.x = 1;\n');
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'runtime', line: 3 });
  });

  it('names thrown non-errors', () => {
    expect(runtimeLocation('plain string')).toEqual({ message: 'plain string', line: null, column: null });
    expect(runtimeLocation(42).message).toBe('Thrown value: 42');
  });

  it('compile errors are events too, with no backend', async () => {
    const events = await runCode('let x = ;');
    expect(events).toHaveLength(1);
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'compile', line: 1, backend: null });
  });

  it('tells backend failures apart from user errors', async () => {
    const events = await runCode("throw new Error(\"Kernel 'Foo' not registered for backend 'webgpu'\");");
    expect(finalEvent(events)).toMatchObject({ type: 'error', phase: 'backend', backend: 'cpu', line: 1 });
    expect(ofType(events, 'done')).toHaveLength(0);
  });
});
