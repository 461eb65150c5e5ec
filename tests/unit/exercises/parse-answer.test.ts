import { describe, expect, it } from 'vitest';
import { isRight, parseAnswer } from '../../../src/exercises/parse-answer';

describe('a typed number answer', () => {
  it.each([
    ['0.629', 0.629],
    ['  -2.5 ', -2.5],
    ['201,000', 201000],
    ['201 000', 201000],
    ['.5', 0.5],
    ['2.5e-3', 0.0025],
    ['０．６２９', 0.629],
    ['−3', -3],
  ])('reads %j as %d', (text, value) => {
    expect(parseAnswer(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '0,5', '1,20', '1..2', '-', 'e5', '12 34', 'Infinity', 'NaN'])('refuses %j (rather than guess)', (text) => {
    expect(parseAnswer(text)).toBeNull();
  });

  it('is right within the tolerance, both sides, and wrong outside it', () => {
    expect(isRight(0.6285, 0.629, 0.0015)).toBe(true);
    expect(isRight(0.6305, 0.629, 0.0015)).toBe(true);
    expect(isRight(0.631, 0.629, 0.0015)).toBe(false);
    expect(isRight(0.627, 0.629, 0.0015)).toBe(false);
  });
});
