import { describe, expect, it } from 'vitest';
import { bigramLoss, unigramLoss } from '../../../src/math/ngram';

describe('unigram loss', () => {
  it('is the entropy of the character frequencies: "aab" has P(a) = 2/3, P(b) = 1/3', () => {
    // −(2/3 ln 2/3 + 1/3 ln 1/3) = 0.6365 nats
    expect(unigramLoss('aab')).toBeCloseTo(-((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3)), 12);
  });
  it('is ln V for V equally common characters and 0 for one repeated character', () => {
    expect(unigramLoss('abcd')).toBeCloseTo(Math.log(4), 12);
    expect(unigramLoss('aaaa')).toBe(0);
    expect(() => unigramLoss('')).toThrow(RangeError);
  });
});

describe('bigram loss', () => {
  it('is 0 when every next letter is certain: in "ababa" a is always followed by b and b by a', () => {
    expect(bigramLoss('ababa')).toBeCloseTo(0, 15);
  });
  it('works out by hand on "aabab"', () => {
    // Pairs: aa, ab, ba, ab. After a: a once, b twice → P(a|a) = 1/3, P(b|a) = 2/3; after b: a, P = 1.
    // Loss = −(ln 1/3 + ln 2/3 + ln 1 + ln 2/3) / 4 = 0.4774
    expect(bigramLoss('aabab')).toBeCloseTo(-(Math.log(1 / 3) + 2 * Math.log(2 / 3)) / 4, 12);
  });
  it('is never above the unigram loss on the same text', () => {
    const text = 'the cat sat on the mat and the dog sat on the log';
    expect(bigramLoss(text)).toBeLessThan(unigramLoss(text));
    expect(() => bigramLoss('a')).toThrow(RangeError);
  });
});
