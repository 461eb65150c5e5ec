/**
 * The tiny language model on the cpu backend, trained ONCE: after the stated
 * number of steps its loss lies between the bigram and unigram baselines,
 * which the example counts on the same text exactly as src/math/ngram does;
 * perplexity is e^loss; and the samples it writes side by side from that one
 * model behave as the lesson says (cold repeats itself, top-p lowers the hot
 * sample's surprise and keeps its variety).
 *
 * The tokenizer example learns exactly the merges src/math/bpe learns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/language-models/facts';
import { encode, trainBpe } from '../../../src/math/bpe';
import { bigramLoss, unigramLoss } from '../../../src/math/ngram';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8');
const example = (file: string) => read(`content/lessons/language-models/examples/${file}`);
const corpus = read('public/data/corpus.txt');

/** A reported metric; fails the test (instead of defaulting) when the example did not report it. */
function metric(m: Readonly<Record<string, number>>, key: string): number {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
}

async function run(file: string, scale: number) {
  const events = await runCode(example(file), { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return events;
}

describe('language model example', () => {
  it(`lands between the bigram and unigram baselines after ${inputs.checkedSteps} steps, and samples as the lesson says`, async () => {
    const events = await run('tiny-transformer.ts', inputs.checkedSteps / 300); // the example trains 300 × scale steps
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(metric(m, 'steps')).toBe(inputs.checkedSteps);
    const losses = ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series.startsWith('training'));
    expect(losses).toHaveLength(inputs.checkedSteps);
    expect(losses[0]?.y).toBeGreaterThan(3); // it starts near ln(vocabulary)

    // The baselines the example counts are src/math's, on the same text.
    expect(metric(m, 'unigram')).toBeCloseTo(unigramLoss(corpus), 9);
    expect(metric(m, 'bigram')).toBeCloseTo(bigramLoss(corpus), 9);
    expect(metric(m, 'loss')).toBeLessThan(metric(m, 'unigram'));
    expect(metric(m, 'loss')).toBeGreaterThan(metric(m, 'bigram'));
    expect(metric(m, 'perplexity')).toBeCloseTo(Math.exp(metric(m, 'loss')), 6);

    // One model, four samples side by side.
    const table = ofType(events, 'print').map((e) => e.value).findLast((v) => v.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the example printed no table');
    expect(table.columns).toEqual(['setting', 'distinct 3-letter pieces', 'surprise (nats per character)']);
    const rows = table.rows;
    const row = (name: string) => {
      const found = rows.find((r) => r[0] === name);
      if (!found) throw new Error(`no row "${name}" in ${JSON.stringify(rows)}`);
      return { variety: Number(found[1]), surprise: Number(found[2]) };
    };
    const cold = row(`cold: temperature ${inputs.coldTemperature}`);
    const hot = row(`hot: temperature ${inputs.hotTemperature}`);
    const nucleus = row(`hot, top-p ${inputs.hotTopP}`);
    expect(cold.variety).toBeLessThan(hot.variety);
    expect(nucleus.surprise).toBeLessThan(hot.surprise);
    expect(nucleus.variety).toBeGreaterThan(cold.variety);
    expect(cold.surprise).toBeLessThan(nucleus.surprise);
    const samples = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).filter((t) => t.startsWith('Sample, '));
    expect(samples).toHaveLength(4);
    // 200 characters for students, 400 × scale (100) at this test's scale: the prompt plus that.
    samples.forEach((s) => expect(s.split('\n')[1]).toHaveLength('the model '.length + 100));
  }, 180_000);
});

describe('tokenizer example', () => {
  it(`learns src/math's ${inputs.merges} merges and reports the same tokens per character`, async () => {
    const events = await run('tokenizer.ts', 1);
    const expected = trainBpe(corpus, inputs.merges);
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    const tokens = expected.tokenCounts[inputs.merges];
    if (tokens === undefined) throw new Error(`src/math learned fewer than ${inputs.merges} merges`);
    expect(metric(m, 'merges')).toBe(inputs.merges);
    expect(metric(m, 'tokens')).toBe(tokens);
    expect(metric(m, 'tokensPerCharacter')).toBeCloseTo(tokens / expected.characters, 12);
    expect(metric(m, 'sentenceTokens')).toBe(encode(inputs.sentence, expected.merges).length);
    const curve = ofType(events, 'chart').flatMap((e) => e.points);
    expect(curve).toHaveLength(inputs.merges + 1);
    expect(curve.map((p) => p.y)).toEqual(expected.tokenCounts.map((n) => n / expected.characters));
    const printed = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : '')).join('\n');
    expect(printed).toContain(`First 20 merges: ${expected.merges.slice(0, 20).map(([a, b]) => `${a.replace(/ /g, '·')}+${b.replace(/ /g, '·')}`).join('  ')}`);
  }, 30_000);
});
