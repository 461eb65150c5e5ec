/**
 * "Sequence models and language models": corpus size and counting baselines
 * recounted from public/data/corpus.txt, sampling by hand, and the tokenizer
 * figures from a plain re-implementation of byte-pair encoding (not src/math).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../../../content/lessons/language-models/facts';
import { expectUsesExactly, fixed, grouped, list, PUBLIC_DIR } from './helpers';

const corpus = readFileSync(join(PUBLIC_DIR, 'data/corpus.txt'), 'utf8');
const soft = (zs: readonly number[]) => {
  const e = zs.map(Math.exp);
  const t = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / t);
};

/** BPE written out again: words with their leading space; merge the most frequent pair (first met on ties). */
function bpe(text: string, rounds: number) {
  const counts = new Map<string, number>();
  for (const w of text.match(/ ?[a-z]+|[^a-z]/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  let words = [...counts].map(([w, n]) => ({ s: Array.from(w), n }));
  const merges: string[][] = [];
  const merge = (s: string[], a: string, b: string) => {
    const out: string[] = [];
    for (let k = 0; k < s.length; k++) {
      if (s[k] === a && s[k + 1] === b) {
        out.push(a + b);
        k++;
      } else out.push(s[k] ?? '');
    }
    return out;
  };
  for (let r = 0; r < rounds; r++) {
    const pairs = new Map<string, number>();
    for (const { s, n } of words) for (let k = 0; k + 1 < s.length; k++) pairs.set(`${s[k]}|${s[k + 1]}`, (pairs.get(`${s[k]}|${s[k + 1]}`) ?? 0) + n);
    let best = '';
    let bestN = 0;
    for (const [key, n] of pairs) if (n > bestN) [best, bestN] = [key, n];
    const [a = '', b = ''] = best.split('|');
    merges.push([a, b]);
    words = words.map(({ s, n }) => ({ s: merge(s, a, b), n }));
  }
  const encode = (t: string) => (t.match(/ ?[a-z]+|[^a-z]/g) ?? []).flatMap((w) => merges.reduce((s, [a = '', b = '']) => merge(s, a, b), Array.from(w)));
  return { merges, tokens: words.reduce((s, w) => s + w.s.length * w.n, 0), encode };
}

describe('language-models facts', () => {
  it('match the counts and the arithmetic', () => {
    const v = new Set(corpus).size; // 35
    const n = corpus.length;
    const freq = new Map<string, number>();
    const pair = new Map<string, number>();
    const first = new Map<string, number>();
    for (let t = 0; t < n; t++) {
      const c = corpus[t] ?? '';
      freq.set(c, (freq.get(c) ?? 0) + 1);
      if (t + 1 < n) {
        const bigram = c + corpus.charAt(t + 1);
        pair.set(bigram, (pair.get(bigram) ?? 0) + 1);
        first.set(c, (first.get(c) ?? 0) + 1);
      }
    }
    const unigram = -[...freq.values()].reduce((s, k) => s + (k / n) * Math.log(k / n), 0);
    const bigram = -[...pair].reduce((s, [ab, k]) => s + k * Math.log(k / (first.get(ab[0] ?? '') ?? NaN)), 0) / (n - 1);
    const probs = soft([2, 1, 0, -1]); // [0.644, 0.237, 0.087, 0.032]
    const [p0 = 0, p1 = 0, p2 = 0] = probs;
    const tok = bpe(corpus, 300);
    const sentence = tok.encode('attention lets every position look at the others.');
    const show = (t: string) => `\`${t.replace(/ /g, '·')}\``;
    const firstMerges = tok.merges.slice(0, 8).map(([a = '', b = '']) => show(a + b));
    expect(facts).toEqual({
      corpus_kb: fixed(Buffer.byteLength(corpus) / 1024, 0),
      corpus_chars: grouped(n),
      vocabulary: String(v),
      uniform_loss: fixed(Math.log(v), 2),
      unigram_loss: fixed(unigram, 2), // 2.94
      unigram_perplexity: fixed(Math.exp(unigram), 1),
      bigram_loss: fixed(bigram, 2), // 2.37
      bigram_perplexity: fixed(Math.exp(bigram), 1),
      checked_steps: '75',
      worked_loss: '1.5',
      worked_perplexity: fixed(Math.exp(1.5), 2),
      logits: '[2, 1, 0]',
      plain_top: fixed(soft([2, 1, 0])[0] ?? NaN, 2),
      t_cold: '0.5',
      cold_top: fixed(soft([4, 2, 0])[0] ?? NaN, 2),
      t_hot: '2',
      hot_top: fixed(soft([1, 0.5, 0])[0] ?? NaN, 2),
      sampling_logits: '[2, 1, 0, -1]',
      sampling_probs: list(probs, 3),
      k: '2',
      top_k_probs: list([p0 / (p0 + p1), p1 / (p0 + p1), 0, 0], 3),
      p: '0.9',
      top_p_kept_sum: fixed(p0 + p1 + p2, 3),
      top_p_two_sum: fixed(p0 + p1, 3),
      top_p_probs: list([p0, p1, p2, 0].map((x) => x / (p0 + p1 + p2)), 3), // 0.881 < 0.9 ≤ 0.968: three kept
      cold_temperature: '0.3',
      hot_temperature: '1.3',
      hot_top_p: '0.8',
      merges: '300',
      bpe_vocabulary: String(v + 300),
      first_merges: { en: firstMerges.join(', '), zh: firstMerges.join('、') },
      tokens_before: grouped(n),
      tokens_after: grouped(tok.tokens),
      tokens_per_char: fixed(tok.tokens / n, 2),
      chars_per_token: fixed(n / tok.tokens, 2),
      sentence: 'attention lets every position look at the others.',
      sentence_chars: '49',
      sentence_token_count: String(sentence.length),
      sentence_tokens: sentence.map(show).join(' | '),
      gpt2_bytes: '256',
      gpt2_merges: '50,000',
      gpt2_vocabulary: '50,257',
    });
    expect(p0 + p1).toBeLessThan(0.9);
    expect(p0 + p1 + p2).toBeGreaterThanOrEqual(0.9);
    expectUsesExactly('language-models', facts);
  });
});
