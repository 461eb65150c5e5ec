/** The one rule for numbers read out to a person (print, charts, metrics, sliders, heat maps): exact strings. */
import { describe, expect, it } from 'vitest';
import { formatSignificant, formatSignificantOrGap } from '../../../src/format/significant';

describe('formatSignificant', () => {
  it('keeps whole numbers below 10^9 exactly', () => {
    expect(formatSignificant(3)).toBe('3');
    expect(formatSignificant(-12)).toBe('-12');
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(123456)).toBe('123456');
    expect(formatSignificant(999_999_999)).toBe('999999999');
  });

  it('rounds other numbers to 4 significant digits and drops trailing zeros', () => {
    expect(formatSignificant(Math.PI)).toBe('3.142'); // 3.14159… → 3.142
    expect(formatSignificant(0.1 + 0.2)).toBe('0.3'); // 0.30000000000000004 → 0.3000 → 0.3
    expect(formatSignificant(0.69314718)).toBe('0.6931'); // ln 2, a fresh binary classifier's loss
    expect(formatSignificant(123456.789)).toBe('123500'); // 1.235 × 10^5 written out
    expect(formatSignificant(-0.0012345)).toBe('-0.001234'); // the binary value is 0.00123449999…: rounds down, as print always did
    expect(formatSignificant(0.0001)).toBe('0.0001'); // 10^-4 itself is still written out
  });

  it('writes exponent form below 10^-4 and from 10^9 up, 4 significant digits without trailing zeros', () => {
    expect(formatSignificant(0.00001234)).toBe('1.234e-5');
    expect(formatSignificant(0.00005)).toBe('5e-5'); // 5.000e-5 trimmed
    expect(formatSignificant(4e9 + 0.5)).toBe('4e+9'); // not whole: 4.000e+9 trimmed
    expect(formatSignificant(1.5e12)).toBe('1.5e+12'); // whole but ≥ 10^9: 1.500e+12 trimmed
  });

  it('names non-finite values', () => {
    expect(formatSignificant(NaN)).toBe('NaN');
    expect(formatSignificant(Infinity)).toBe('Infinity');
    expect(formatSignificant(-Infinity)).toBe('-Infinity');
  });
});

describe('formatSignificantOrGap', () => {
  it('shows a gap as a dash and a value by the same rule as print', () => {
    expect(formatSignificantOrGap(null)).toBe('–');
    expect(formatSignificantOrGap(undefined)).toBe('–');
    expect(formatSignificantOrGap(0.123456789)).toBe('0.1235');
    expect(formatSignificantOrGap(0.0001234)).toBe('0.0001234');
  });
});
