import { describe, expect, it } from 'vitest';
import { applyMerge, encode, splitWords, trainBpe } from '../../../src/math/bpe';

describe('splitWords', () => {
  it('keeps the space before a word and puts other characters alone, losing nothing', () => {
    const text = "the cat's mat.\nend";
    expect(splitWords(text)).toEqual(['the', ' cat', "'", 's', ' mat', '.', '\n', 'end']);
    expect(splitWords(text).join('')).toBe(text);
  });
});

describe('applyMerge', () => {
  it('merges left to right without overlaps: a a a with (a, a) gives aa a', () => {
    expect(applyMerge(['a', 'a', 'a'], ['a', 'a'])).toEqual(['aa', 'a']);
    expect(applyMerge(['x', 'y', 'x', 'y'], ['x', 'y'])).toEqual(['xy', 'xy']);
  });
});

describe('BPE training, worked by hand', () => {
  it('learns lo, low, " low", " lowe" from "low lower lowest"', () => {
    // Words: "low", " lower", " lowest": 3 + 6 + 7 = 16 characters.
    // Pair counts: lo 3, ow 3, " l" 2, we 2, er/es/st 1 → lo (met first among the 3s): 16 → 13 tokens.
    // Then lo·w 3 → 10; " "·low 2 (met before low·e) → 8; " low"·e 2 → 6; then every pair occurs once: stop.
    const t = trainBpe('low lower lowest', 10);
    expect(t.merges).toEqual([['l', 'o'], ['lo', 'w'], [' ', 'low'], [' low', 'e']]);
    expect(t.tokenCounts).toEqual([16, 13, 10, 8, 6]);
    expect(t.characters).toBe(16);
  });

  it('counts overlapping pairs but merges without overlap: "aaabdaaabac"', () => {
    // aa occurs 4 times counting overlaps, but merging gives aa·a twice: 11 → 9 tokens.
    // Then (aa, a) and (a, b) both occur twice; (aa, a) is met first → aaa: 9 → 7; then (aaa, b) twice → 5.
    const t = trainBpe('aaabdaaabac', 10);
    expect(t.merges).toEqual([['a', 'a'], ['aa', 'a'], ['aaa', 'b']]);
    expect(t.tokenCounts).toEqual([11, 9, 7, 5]);
  });

  it('stops at the requested number of merges', () => {
    expect(trainBpe('low lower lowest', 2).merges).toEqual([['l', 'o'], ['lo', 'w']]);
    expect(trainBpe('low lower lowest', 0).tokenCounts).toEqual([16]);
  });
});

describe('encode', () => {
  it('applies the learned merges in order to new text', () => {
    const { merges } = trainBpe('low lower lowest', 10);
    // "slower" (no space before it): s l o w e r → s lo w e r → s low e r; " low" needs the space.
    expect(encode('slower', merges)).toEqual(['s', 'low', 'e', 'r']);
    expect(encode('low lowest', merges)).toEqual(['low', ' lowe', 's', 't']);
    expect(encode('low lowest', []).join('')).toBe('low lowest');
  });
});
