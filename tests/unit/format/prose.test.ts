import { describe, expect, it } from 'vitest';
import { factsFor } from '../../../src/lessons/pipeline/facts';
import { fmt, fmtCount, fmtGrouped, fmtMoney, fmtPercent, fmtUsd, fmtVector } from '../../../src/format/prose';

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

describe('locale formatting of lesson facts', () => {
  it('writes money in Chinese as an amount then 美元, in 万 / 亿 only when that is exact', () => {
    expect(fmtUsd(88178.4, 0, 'zh')).toBe('88,178 美元');
    expect(fmtUsd(2_400_000, 0, 'zh')).toBe('240 万美元');
    expect(fmtUsd(1.5e9, 0, 'zh')).toBe('15 亿美元');
    // 76,200 is not a whole number of 万: grouped, never rounded to 7.6 万.
    expect(fmtUsd(76_200, 0, 'zh')).toBe('76,200 美元');
    expect(fmtUsd(2.99, 2, 'zh')).toBe('2.99 美元');
  });

  it('gives both editions of an amount of money', () => {
    expect(fmtMoney(2400)).toEqual({ en: 'USD 2,400', zh: '2,400 美元' });
    expect(fmtMoney(30_000)).toEqual({ en: 'USD 30,000', zh: '3 万美元' });
  });

  it('counts in 万 / 亿 in Chinese when whole, grouped otherwise; English always grouped', () => {
    expect(fmtCount(300_000)).toEqual({ en: '300,000', zh: '30 万' });
    expect(fmtCount(2_160_000)).toEqual({ en: '2,160,000', zh: '216 万' });
    expect(fmtCount(300_000_000)).toEqual({ en: '300,000,000', zh: '3 亿' });
    expect(fmtCount(18_000)).toEqual({ en: '18,000', zh: '18,000' });
    expect(fmtCount(9_999)).toEqual({ en: '9,999', zh: '9,999' });
    expect(fmtCount(-50_000)).toEqual({ en: '-50,000', zh: '-5 万' });
  });

  it('gives each edition its own string of a localized fact', () => {
    const facts = { plain: '0.629', money: fmtMoney(2400), when: { en: 'month 15', zh: '第 15 个月' } };
    expect(factsFor(facts, 'zh')).toEqual({ plain: '0.629', money: '2,400 美元', when: '第 15 个月' });
    expect(factsFor(facts, 'en')).toEqual({ plain: '0.629', money: 'USD 2,400', when: 'month 15' });
  });
});
