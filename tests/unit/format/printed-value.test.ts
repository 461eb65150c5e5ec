/** How printed values look: exact strings, since students read them. */
import { describe, expect, it } from 'vitest';
import { formatPrintedValue, formatTensorValues, tensorHeader } from '../../../src/format/printed-value';
import { ofType, runCode } from '../runtime/run-helpers';

const noTensors = (): null => null;

describe('formatTensorValues', () => {
  it('formats scalars, vectors and matrices with aligned columns', () => {
    expect(formatTensorValues({ shape: [], dtype: 'float32', values: [2.5] })).toBe('2.5');
    expect(formatTensorValues({ shape: [3], dtype: 'float32', values: [1, 2.5, -3] })).toBe('[  1, 2.5,  -3]');
    expect(formatTensorValues({ shape: [2, 2], dtype: 'int32', values: [1, 20, 300, 4] })).toBe('[[  1,  20],\n [300,   4]]');
  });

  it('separates 3-D blocks with a blank line', () => {
    const text = formatTensorValues({ shape: [2, 1, 2], dtype: 'int32', values: [1, 2, 3, 4] });
    expect(text).toBe('[[[1, 2]],\n\n [[3, 4]]]');
  });

  it('elides the middle of long axes', () => {
    const values = Array.from({ length: 20 }, (_, i) => i);
    expect(formatTensorValues({ shape: [20], dtype: 'int32', values })).toBe('[ 0,  1,  2, …, 17, 18, 19]');
  });

  it('prints booleans and strings', () => {
    expect(formatTensorValues({ shape: [2], dtype: 'bool', values: [1, 0] })).toBe('[ true, false]');
    expect(formatTensorValues({ shape: [2], dtype: 'string', values: ['a', 'bc'] })).toBe('[ "a", "bc"]');
  });

  it('names shape and dtype in the header', () => {
    expect(tensorHeader([3, 2], 'float32')).toBe('Tensor float32 [3, 2]');
  });
});

describe('formatPrintedValue', () => {
  it('formats plain values, arrays and objects', () => {
    expect(formatPrintedValue('hello', noTensors)).toBe('hello');
    expect(formatPrintedValue([1, 'a', null], noTensors)).toBe('[1, "a", null]');
    expect(formatPrintedValue({ lr: 0.001, layers: [8, 1] }, noTensors)).toBe('{ lr: 0.001, layers: [8, 1] }');
    expect(formatPrintedValue(new Map([['k', 1]]), noTensors)).toBe('Map {"k" => 1}');
    expect(formatPrintedValue(new RangeError('bad'), noTensors)).toBe('RangeError: bad');
    expect(formatPrintedValue({}, noTensors)).toBe('{}');
  });
});

describe('lab.print through the runner', () => {
  it('sends tensors as their own blocks with shape and dtype, text joined by spaces', async () => {
    const events = await runCode("lab.print('x =', tf.tensor2d([[1, 2], [3, 4]]), 'done', 3.14159);\nconsole.warn({ a: tf.ones([2]) });");
    const printed = ofType(events, 'print');
    expect(printed.map((e) => e.value)).toEqual([
      { kind: 'text', text: 'x =' },
      { kind: 'tensor', shape: [2, 2], dtype: 'float32', text: '[[1, 2],\n [3, 4]]' },
      { kind: 'text', text: 'done 3.142' },
      { kind: 'text', text: '{ a: Tensor float32 [2] }' },
    ]);
    expect(printed.map((e) => e.level)).toEqual(['log', 'log', 'log', 'warn']);
  });

  it('says when a printed tensor was disposed', async () => {
    const events = await runCode('const t = tf.zeros([1]); t.dispose(); lab.print(t);');
    expect(ofType(events, 'print')[0]?.value).toEqual({ kind: 'text', text: 'Tensor float32 [1] (disposed)' });
  });

  it('builds tables from rows or from columns', async () => {
    const events = await runCode("lab.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);\nlab.table({ x: [1, 2], y: tf.tensor1d([3, 4]) });");
    expect(ofType(events, 'print').map((e) => e.value)).toEqual([
      { kind: 'table', columns: ['a', 'b', 'c'], rows: [[1, 'x', ''], [2, '', 'true']] },
      { kind: 'table', columns: ['x', 'y'], rows: [[1, 3], [2, 4]] },
    ]);
  });
});
