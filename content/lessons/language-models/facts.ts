/**
 * Numbers quoted by "Sequence models and language models": the corpus's
 * size, vocabulary and counting baselines are computed from
 * public/data/corpus.txt; the tokenizer's figures come from src/math/bpe on
 * the same text; sampling numbers from src/math/sampling; the stated
 * training result and the sampling settings are inputs the examples' tests check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encode, trainBpe } from '../../../src/math/bpe';
import { fmt, fmtGrouped, fmtVector, type LocalizedFact } from '../../../src/format/prose';
import { bigramLoss, unigramLoss } from '../../../src/math/ngram';
import { topK, topP, withTemperature } from '../../../src/math/sampling';
import { softmax } from '../../../src/math/softmax';

const corpus = readFileSync(resolve(import.meta.dirname, '../../../public/data/corpus.txt'), 'utf8');
const vocabulary = new Set(corpus).size;

export const inputs = {
  /** The example's test trains this many steps on the cpu backend: the loss lands between the bigram and unigram baselines. */
  checkedSteps: 75,
  workedLoss: 1.5,
  logits: [2, 1, 0],
  temperatures: [0.5, 2],
  /** Top-k and top-p worked on these logits. */
  samplingLogits: [2, 1, 0, -1],
  k: 2,
  p: 0.9,
  /** The settings the example samples side by side (its test reads them from the printed table). */
  coldTemperature: 0.3,
  hotTemperature: 1.3,
  hotTopP: 0.8,
  /** The tokenizer example's default number of merges, and the sentence it cuts into tokens. */
  merges: 300,
  firstMergesShown: 8,
  sentence: 'attention lets every position look at the others.',
  /** GPT-2's byte-level BPE: 256 byte tokens + 50,000 merges + 1 end-of-text token (Radford et al. 2019). */
  gpt2Bytes: 256,
  gpt2Merges: 50000,
} as const;

const i = inputs;
const at = (values: readonly number[], k: number) => values[k] ?? Number.NaN;
const cold = softmax(i.logits.map((z) => z / at(i.temperatures, 0)));
const hot = softmax(i.logits.map((z) => z / at(i.temperatures, 1)));
const plain = softmax([...i.logits]);
const unigram = unigramLoss(corpus);
const bigram = bigramLoss(corpus);
const sampling = withTemperature(i.samplingLogits, 1);
const bpe = trainBpe(corpus, i.merges);
const tokensAfter = at(bpe.tokenCounts, bpe.merges.length);
const show = (token: string) => `\`${token.replace(/ /g, '·')}\``;
const sentenceTokens = encode(i.sentence, bpe.merges);
const firstMerges = bpe.merges.slice(0, i.firstMergesShown).map(([a, b]) => show(a + b));

export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  corpus_kb: fmt(Buffer.byteLength(corpus) / 1024, 0),
  corpus_chars: fmtGrouped(corpus.length),
  vocabulary: fmt(vocabulary, 0),
  uniform_loss: fmt(Math.log(vocabulary), 2),
  unigram_loss: fmt(unigram, 2),
  unigram_perplexity: fmt(Math.exp(unigram), 1),
  bigram_loss: fmt(bigram, 2),
  bigram_perplexity: fmt(Math.exp(bigram), 1),
  checked_steps: fmt(i.checkedSteps, 0),
  worked_loss: fmt(i.workedLoss, 1),
  worked_perplexity: fmt(Math.exp(i.workedLoss), 2),
  logits: fmtVector(i.logits, 0),
  plain_top: fmt(at(plain, 0), 2),
  t_cold: fmt(at(i.temperatures, 0), 1),
  cold_top: fmt(at(cold, 0), 2),
  t_hot: fmt(at(i.temperatures, 1), 0),
  hot_top: fmt(at(hot, 0), 2),
  sampling_logits: fmtVector(i.samplingLogits, 0),
  sampling_probs: fmtVector(sampling, 3),
  k: fmt(i.k, 0),
  top_k_probs: fmtVector(topK(sampling, i.k), 3),
  p: fmt(i.p, 1),
  top_p_kept_sum: fmt(at(sampling, 0) + at(sampling, 1) + at(sampling, 2), 3),
  top_p_two_sum: fmt(at(sampling, 0) + at(sampling, 1), 3),
  top_p_probs: fmtVector(topP(sampling, i.p), 3),
  cold_temperature: fmt(i.coldTemperature, 1),
  hot_temperature: fmt(i.hotTemperature, 1),
  hot_top_p: fmt(i.hotTopP, 1),
  merges: fmt(bpe.merges.length, 0),
  bpe_vocabulary: fmt(vocabulary + bpe.merges.length, 0),
  /** A list: commas in English, the enumeration comma 、 in Chinese. */
  first_merges: { en: firstMerges.join(', '), zh: firstMerges.join('、') },
  tokens_before: fmtGrouped(at(bpe.tokenCounts, 0)),
  tokens_after: fmtGrouped(tokensAfter),
  tokens_per_char: fmt(tokensAfter / bpe.characters, 2),
  chars_per_token: fmt(bpe.characters / tokensAfter, 2),
  sentence: i.sentence,
  sentence_chars: fmt(i.sentence.length, 0),
  sentence_token_count: fmt(sentenceTokens.length, 0),
  sentence_tokens: sentenceTokens.map(show).join(' | '),
  gpt2_bytes: fmt(i.gpt2Bytes, 0),
  gpt2_merges: fmtGrouped(i.gpt2Merges),
  gpt2_vocabulary: fmtGrouped(i.gpt2Bytes + i.gpt2Merges + 1),
};
