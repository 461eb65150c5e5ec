/**
 * Money and locale numbers on screen (src/format/money.ts, locale-number.ts),
 * in both languages and both currencies. Expected strings are worked by hand
 * from the rules; the rate 7.1 yuan per dollar is this test's own.
 */
import { describe, expect, it } from 'vitest';
import { formatCell, formatCount, formatInput, formatPercent, formatRate, formatWhole } from '../../../src/format/locale-number';
import { formatMoney, formatMoneyPrice, moneyFromShown, moneyToShown, type MoneyDisplay } from '../../../src/format/money';

const USD: MoneyDisplay = { currency: 'USD', cnyPerUsd: 1, checked: '' };
const CNY: MoneyDisplay = { currency: 'CNY', cnyPerUsd: 7.1, checked: '2026-11' };

describe('formatMoney (headlines and charts)', () => {
  it('shows whole units below 10,000 and compact amounts from there, in dollars', () => {
    expect(formatMoney(12.4, USD, 'en')).toBe('$12');
    expect(formatMoney(9_999, USD, 'en')).toBe('$9,999');
    expect(formatMoney(1_234_567, USD, 'en')).toBe('$1.23M'); // 1.234567 M to two decimals
    expect(formatMoney(45_000, USD, 'en')).toBe('$45K'); // no trailing zeros (as Chromium shows it; Node 20 would add ".00" by default)
    expect(formatMoney(-20_000, USD, 'zh-CN')).toBe('-$2万');
    expect(formatMoney(1_234_567, USD, 'zh-CN')).toBe('$123.46万'); // 123.4567 万
  });

  it('converts to yuan at the display rate first, and reads 万 / 亿 in Chinese', () => {
    expect(formatMoney(12.4, CNY, 'en')).toBe('¥88'); // 12.4 × 7.1 = 88.04
    expect(formatMoney(1_234_567, CNY, 'en')).toBe('¥8.77M'); // × 7.1 = 8,765,425.7
    expect(formatMoney(1_234_567, CNY, 'zh-CN')).toBe('¥876.54万');
    expect(formatMoney(1.5e8, CNY, 'zh-CN')).toBe('¥10.65亿'); // × 7.1 = 1.065 × 10^9 = 10.65 亿
    expect(formatMoney(10_000, CNY, 'zh-CN')).toBe('¥7.1万'); // 71,000 = 7.1 万
  });
});

describe('formatMoneyPrice', () => {
  it('gives three significant digits below one unit and two decimals at most above', () => {
    expect(formatMoneyPrice(0.118, USD, 'en')).toBe('$0.118');
    expect(formatMoneyPrice(0.0000556, USD, 'en')).toBe('$0.0000556');
    expect(formatMoneyPrice(2.99, USD, 'zh-CN')).toBe('$2.99');
    expect(formatMoneyPrice(1234.5, USD, 'en')).toBe('$1,234.5');
    expect(formatMoneyPrice(0, USD, 'en')).toBe('$0');
    expect(formatMoneyPrice(0.118, CNY, 'zh-CN')).toBe('¥0.838'); // 0.8378
    expect(formatMoneyPrice(2.99, CNY, 'en')).toBe('¥21.23'); // 21.229
  });

  it('converts typed amounts back to dollars exactly as it converted them out', () => {
    expect(moneyToShown(10, CNY)).toBeCloseTo(71, 12);
    expect(moneyFromShown(71, CNY)).toBeCloseTo(10, 12);
    expect(moneyToShown(10, USD)).toBe(10);
  });
});

describe('locale numbers', () => {
  it('writes percentages with a space before the sign in English only', () => {
    expect(formatPercent(0.125, 'en')).toBe('12.5 %');
    expect(formatPercent(0.125, 'zh-CN')).toBe('12.5%');
    expect(formatPercent(1 / 3, 'en')).toBe('33.33 %');
  });

  it('rounds table cells to whole numbers from 100 up and two decimals below', () => {
    expect(formatCell(1234.5, 'en')).toBe('1,235');
    expect(formatCell(0.5, 'zh-CN')).toBe('0.5');
    expect(formatCell(99.999, 'en')).toBe('100'); // 99.999 to two decimals is 100.00
  });

  it('groups counts and whole numbers, and writes counts from 10^12 in scientific notation', () => {
    expect(formatWhole(4000.4, 'zh-CN')).toBe('4,000');
    expect(formatCount(2500.126, 'en')).toBe('2,500.13');
    expect(formatCount(1.4e13, 'en')).toBe('1.4E13');
  });

  it('quotes a rate to 4 significant digits', () => {
    expect(formatRate(7.24567, 'en')).toBe('7.246');
    expect(formatRate(7.1, 'zh-CN')).toBe('7.1');
  });

  it('writes input fields ungrouped so they parse back to the same number', () => {
    expect(formatInput(1234567.5)).toBe('1234567.5');
    expect(formatInput(0.1 + 0.2)).toBe('0.3'); // rounded at 9 decimals
    expect(formatInput(2.5e-5)).toBe('2.5e-5');
    expect(formatInput(1e9)).toBe('1e9');
    for (const value of [1234567.5, 0.3, 2.5e-5, 1e9]) expect(Number(formatInput(value))).toBe(value);
  });
});
