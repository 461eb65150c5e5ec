import { describe, expect, it } from 'vitest';
import { decoderParameters, layerNorm, matMul, multiHeadAttention, permuteRows, selfAttention, sinusoidalPositions } from '../../../src/math/transformer';

describe('matMul', () => {
  it('multiplies rows by columns', () => {
    // [1 2; 3 4] · [5; 6] = [17; 39]
    expect(matMul([[1, 2], [3, 4]], [[5], [6]])).toEqual([[17], [39]]);
    expect(() => matMul([[1, 2, 3]], [[1], [2]])).toThrow(RangeError);
  });
});

describe('self-attention is order-blind', () => {
  const x = [[1, 0], [0, 1], [1, 1], [2, -1]];
  const w = [[1, 0.5], [0, 1]];
  it('permuting the input rows permutes the output rows the same way, and nothing else', () => {
    const order = [0, 3, 2, 1];
    const plain = selfAttention(x, w, w, w).output;
    const swapped = selfAttention(permuteRows(x, order), w, w, w).output;
    swapped.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(plain[order[i] ?? -1]?.[j] ?? NaN, 12)));
  });
  it('stops being order-blind once position vectors are added', () => {
    const order = [0, 3, 2, 1];
    const pos = sinusoidalPositions(4, 2);
    const add = (m: number[][]) => m.map((r, i) => r.map((v, j) => v + (pos[i]?.[j] ?? NaN)));
    const plain = selfAttention(add(x), w, w, w).output;
    const swapped = selfAttention(add(permuteRows(x, order)), w, w, w).output;
    expect(Math.abs((swapped[1]?.[0] ?? NaN) - (plain[3]?.[0] ?? NaN))).toBeGreaterThan(0.01);
  });
  it('rejects a permutation that names a missing row', () => {
    expect(() => permuteRows([[1]], [1])).toThrow(RangeError);
  });
});

describe('sinusoidal positions', () => {
  it('are sin and cos of pos / 10000^(2i/d)', () => {
    const p = sinusoidalPositions(3, 4);
    expect(p[0]).toEqual([0, 1, 0, 1]);
    // pos 2, i = 0: sin 2, cos 2; i = 1: angle 2 / 10000^(2/4) = 2/100.
    [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)].forEach((v, j) => expect(p[2]?.[j]).toBeCloseTo(v, 12));
  });
});

describe('layer normalisation', () => {
  it('gives mean 0 and variance 1: [2, 4, 6, 8] has mean 5 and variance 5', () => {
    const out = layerNorm([2, 4, 6, 8], 0);
    [-3, -1, 1, 3].forEach((d, i) => expect(out[i]).toBeCloseTo(d / Math.sqrt(5), 12));
  });
  it('ignores the scale and shift of its input', () => {
    const a = layerNorm([1, 2, 4]);
    const b = layerNorm([10, 20, 40].map((v) => v + 7));
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 4));
  });
});

describe('multi-head attention', () => {
  it('runs each head on its own columns, scaled by its own width, and puts the outputs side by side', () => {
    const q = [[1, 0], [0, 1]];
    const k = [[1, 0], [0, 1]];
    const v = [[1, 2], [3, 4]];
    const { heads, output } = multiHeadAttention(q, k, v, 2);
    // Head 1 sees column 0: query 1 scores keys (1, 0) → weights softmax([1, 0]); query 2 scores (0, 0) → [½, ½].
    const e = Math.E / (Math.E + 1);
    expect(heads[0]?.weights[0]?.[0]).toBeCloseTo(e, 12);
    expect(heads[0]?.weights[1]).toEqual([0.5, 0.5]);
    expect(output[0]?.[0]).toBeCloseTo(e * 1 + (1 - e) * 3, 12);
    expect(output[1]?.[1]).toBeCloseTo(e * 4 + (1 - e) * 2, 12);
    expect(() => multiHeadAttention(q, k, v, 3)).toThrow(RangeError);
  });
});

describe('decoder parameter count', () => {
  it('counts GPT-2 small as 124,439,808 weights', () => {
    // 50257·768 + 1024·768 embeddings; per block 4·768² + 4·768 + 8·768² + 5·768 + 4·768; ×12; + 2·768.
    const d = 768;
    const perBlock = 4 * d * d + 4 * d + 8 * d * d + 5 * d + 4 * d;
    const p = decoderParameters({ vocabulary: 50257, context: 1024, dModel: d, layers: 12, ffnMultiplier: 4 });
    expect(p.perLayer).toBe(perBlock);
    expect(p.total).toBe(50257 * d + 1024 * d + 12 * perBlock + 2 * d);
    expect(p.total).toBe(124_439_808);
  });
});
