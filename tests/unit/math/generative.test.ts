import { describe, expect, it } from 'vitest';
import { cosineSimilarity, gaussianKl, generatorGradient, infoNce, retrievalAccuracy } from '../../../src/math/generative';

describe('VAE KL term', () => {
  it('is 0 for N(0, 1) and worked by hand otherwise', () => {
    expect(gaussianKl([0, 0], [0, 0])).toBe(0);
    // μ = 1, σ² = 1: ½(1 + 1 − 1 − 0) = 0.5; μ = 0, σ² = e⁻²: ½(0 + e⁻² − 1 + 2) = ½(1 + e⁻²).
    expect(gaussianKl([1, 0], [0, -2])).toBeCloseTo(0.5 + 0.5 * (1 + Math.exp(-2)), 12);
  });
});

describe('GAN generator gradient', () => {
  it('vanishes with the saturating loss when the discriminator rejects the fake, not with the non-saturating one', () => {
    // D = σ(a) = 0.01 when a = ln(0.01 / 0.99).
    const a = Math.log(0.01 / 0.99);
    expect(generatorGradient(a, 'saturating')).toBeCloseTo(-0.01, 12);
    expect(generatorGradient(a, 'non-saturating')).toBeCloseTo(-0.99, 12);
  });
});

describe('InfoNCE', () => {
  it('is ln n when every similarity is equal, in both directions', () => {
    const { imageToText, textToImage, loss } = infoNce([[0.2, 0.2, 0.2], [0.2, 0.2, 0.2], [0.2, 0.2, 0.2]], 0.1);
    expect(imageToText).toBeCloseTo(Math.log(3), 12);
    expect(textToImage).toBeCloseTo(Math.log(3), 12);
    expect(loss).toBeCloseTo(Math.log(3), 12);
  });
  it('is worked by hand for two pairs, and differs by direction when the matrix is not symmetric', () => {
    // S = [[1, 0], [0.5, 1]], τ = 1. Rows: −ln(e/(e+1)), −ln(e/(e^0.5+e)). Columns: [1, 0.5] → −ln(e/(e+e^0.5)); [0, 1] → −ln(e/(1+e)).
    const s = [[1, 0], [0.5, 1]];
    const r = infoNce(s, 1);
    const row = (-Math.log(Math.E / (Math.E + 1)) - Math.log(Math.E / (Math.exp(0.5) + Math.E))) / 2;
    expect(r.imageToText).toBeCloseTo(row, 12);
    expect(r.textToImage).toBeCloseTo(row, 12); // here the two directions happen to see the same rows
    const t = infoNce([[1, 0.5], [0, 1]], 0.5);
    expect(t.imageToText).toBeCloseTo((-Math.log(Math.exp(2) / (Math.exp(2) + Math.E)) - Math.log(Math.exp(2) / (1 + Math.exp(2)))) / 2, 12);
  });
});

describe('cosine similarity and retrieval', () => {
  it('compares directions, not lengths', () => {
    expect(cosineSimilarity([1, 0], [5, 0])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [0, 2])).toBeCloseTo(0, 12);
    expect(cosineSimilarity([1, 1], [1, 0])).toBeCloseTo(Math.SQRT1_2, 12);
  });
  it('counts rows whose best match is the target', () => {
    expect(retrievalAccuracy([[0.9, 0.1], [0.8, 0.2], [0.1, 0.3]], [0, 1, 1])).toBeCloseTo(2 / 3, 12);
  });
});
