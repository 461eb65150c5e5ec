import { describe, expect, it } from 'vitest';
import { fmt, fmtGrouped, fmtPercent, fmtUsd, fmtVector } from '../../../src/math/format';

describe('fmt', () => {
  it('rounds to a fixed number of decimals', () => {
    expect(fmt(0.6285317, 3)).toBe('0.629');
    expect(fmt(0.14024, 3)).toBe('0.140');
    expect(fmt(2, 2)).toBe('2.00');
    expect(fmt(1234.5, 0)).toBe('1235');
  });

  it('never shows −0 and names non-finite values', () => {
    expect(fmt(-0.0001, 3)).toBe('0.000');
    expect(fmt(-0, 0)).toBe('0');
    expect(fmt(-0.5, 1)).toBe('-0.5');
    expect(fmt(NaN, 2)).toBe('NaN');
    expect(fmt(Infinity, 2)).toBe('∞');
    expect(fmt(-Infinity, 2)).toBe('−∞');
  });
});

describe('fmtUsd', () => {
  it('writes money as "USD" and a grouped amount, never with a dollar sign', () => {
    expect(fmtUsd(88178.4)).toBe('USD 88,178');
    expect(fmtUsd(2.99, 2)).toBe('USD 2.99');
    expect(fmtUsd(0.0000556, 7)).toBe('USD 0.0000556');
  });
});

describe('fmtGrouped', () => {
  it('separates thousands', () => {
    expect(fmtGrouped(201000)).toBe('201,000');
    expect(fmtGrouped(999)).toBe('999');
    expect(fmtGrouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(fmtGrouped(-72000)).toBe('-72,000');
    expect(fmtGrouped(NaN)).toBe('NaN');
  });
});

describe('fmtVector and fmtPercent', () => {
  it('format lists and fractions', () => {
    expect(fmtVector([0.62853, 0.23122, 0.14024], 3)).toBe('[0.629, 0.231, 0.140]');
    expect(fmtPercent(0.0213, 1)).toBe('2.1%');
  });
});
