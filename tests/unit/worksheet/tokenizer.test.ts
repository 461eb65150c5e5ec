/**
 * The token counter: the shipped vocabulary file is exactly what the build
 * script makes from the installed js-tiktoken, unpacks to the library's own
 * cl100k_base ranks, and counts like the reference implementation: the
 * examples are tiktoken's own tests for cl100k_base (openai/tiktoken,
 * tests/test_encoding.py), which js-tiktoken ports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { unpackVocabulary } from '../../../src/worksheet/tokens/vocab';
import { vocabularyBytes, VOCAB_FILE } from '../../../scripts/data/tokenizer-vocab';
import { costPerCall, tokensPerCharacter } from '../../../src/worksheet/model/token-price';
import { countCharacters, countTokens } from '../../../src/worksheet/tokens/tokenizer';

const shipped = readFileSync(resolve(VOCAB_FILE));
const { header, ranks } = unpackVocabulary(new Uint8Array(inflateRawSync(shipped)));
const ours = new Tiktoken(ranks);
const library = new Tiktoken(cl100k);

describe('the shipped cl100k_base vocabulary', () => {
  it('is what scripts/data/tokenizer-vocab.ts makes from the installed js-tiktoken (re-run it if this fails)', () => {
    expect(Buffer.compare(shipped, vocabularyBytes())).toBe(0);
  });

  it('unpacks to the library’s own ranks: 100,256 tokens, the same pattern and special tokens', () => {
    expect(header.encoding).toBe('cl100k_base');
    expect(header.count).toBe(100_256);
    expect(ranks.pat_str).toBe(cl100k.pat_str);
    expect(ranks.special_tokens).toEqual(cl100k.special_tokens);
  });

  it('stays under half a MiB (the token panel loads it on first use)', () => {
    expect(shipped.length).toBeLessThan(0.5 * 1024 * 1024);
  });

  it('refuses a damaged file with a message instead of a wrong tokenizer', () => {
    const inflated = new Uint8Array(inflateRawSync(shipped));
    expect(() => unpackVocabulary(inflated.subarray(0, inflated.length - 10))).toThrow(/cut short/);
    expect(() => unpackVocabulary(new Uint8Array(0))).toThrow(/empty/);
  });
});

describe('counts match tiktoken’s reference examples for cl100k_base', () => {
  it.each([
    ['hello world', [15339, 1917]],
    ['rer', [38149]],
    ["'rer", [2351, 81]],
    ['today\n ', [31213, 198, 220]],
    ['today\n \n', [31213, 27907]],
    ['today\n  \n', [31213, 14211]],
    ['👍', [9468, 239, 235]],
  ])('%j → %j', (text, tokens) => {
    expect(ours.encode(text)).toEqual(tokens);
  });

  it('one reference case differs in JavaScript: " \\x850" (U+0085 NEL), where JS regex whitespace differs from Rust’s; we match js-tiktoken', () => {
    // tiktoken (Python/Rust) gives [220, 126, 227, 15]; js-tiktoken's regex engine gives [2188, 227, 15] (the same 5 bytes).
    expect(ours.encode(' \x850')).toEqual(library.encode(' \x850'));
    expect(ours.decode(ours.encode(' \x850'))).toBe(' \x850');
  });

  it('encodes a special token only when allowed: "hello <|endoftext|>" → [15339, 220, 100257]', () => {
    expect(ours.encode('hello <|endoftext|>', 'all')).toEqual([15339, 220, 100257]);
    // Pasted text counts the marker as ordinary characters instead of failing.
    expect(countTokens(ours, 'hello <|endoftext|>')).toBeGreaterThan(3);
  });

  it('round-trips Chinese and agrees with the library’s bundled vocabulary on longer text', () => {
    const chinese = '请考试我的软件！12345';
    expect(ours.decode(ours.encode(chinese))).toBe(chinese);
    const paragraph = '大模型实验室教你在浏览器里训练模型，并计算一家人工智能公司的收入、成本和现金流。The same paragraph in English costs fewer tokens per character.';
    expect(ours.encode(paragraph)).toEqual(library.encode(paragraph));
  });
});

describe('pricing a call', () => {
  it('prices input and output separately per million tokens', () => {
    // 1,200 input tokens at $0.50/M = $0.0006; 300 output at $1.50/M = $0.00045 → $0.00105 per call, $1.05 per 1,000.
    const price = { id: 'x', name: 'x', inputPerMillion: 0.5, outputPerMillion: 1.5, checked: '2024-01' } as Parameters<typeof costPerCall>[2];
    expect(costPerCall(1200, 300, price)).toBeCloseTo(0.00105, 12);
  });

  it('tokens per character counts code points: Chinese characters are one each', () => {
    expect(countCharacters('大模型')).toBe(3);
    expect(countCharacters('👍a')).toBe(2);
    expect(tokensPerCharacter(6, 3)).toBe(2);
    expect(tokensPerCharacter(0, 0)).toBeNull();
  });
});
