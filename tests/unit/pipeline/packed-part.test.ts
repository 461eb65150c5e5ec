/**
 * The exercises' chunks are stored deflated (scripts/vite/packed-module.ts)
 * and unpacked by the browser's DecompressionStream (inflate-json.ts): the
 * value that comes out is the value that went in, Chinese text included, and
 * the stored form is smaller.
 */
import { describe, expect, it } from 'vitest';
import { inflateJson } from '../../../src/lessons/inflate-json';
import { packedModule } from '../../../scripts/vite/packed-module';

describe('packed lesson parts', () => {
  it('round-trips a value through the module text', async () => {
    const value = [{ id: 'softmax-by-hand', prompt: '<p>softmax 给<strong>第一个</strong>类别的概率是多少？</p>', answer: 0.8437947, options: [{ correct: true }] }];
    const text = packedModule(value);
    const packed = /^export default ("[^"]*");$/.exec(text)?.[1];
    expect(packed).toBeDefined();
    expect(await inflateJson(JSON.parse(packed ?? '""') as string)).toEqual(value);
  });

  it('stores repetitive text in less than half its size', () => {
    const value = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, hint: '<p>Multiply first, then add the intercept.</p>' }));
    expect(packedModule(value).length).toBeLessThan(JSON.stringify(value).length / 2);
  });
});
