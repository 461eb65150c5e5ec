/**
 * The tiny language model on the cpu backend, trained ONCE: after the stated
 * number of steps its loss lies between the bigram and unigram baselines,
 * which the example counts on the same text exactly as src/math/ngram does;
 * perplexity is e^loss; and the samples it writes side by side from that one
 * model behave as the lesson says (cold repeats itself, top-p lowers the hot
 * sample's surprise and keeps its variety).
 *
 * The tokenizer example learns exactly the merges src/math/bpe learns.
 *
 * The Chinese editions (the starter code a Chinese reader gets) run once each,
 * at the same scale as the English runs (which they reuse): the same data, the
 * same training curve, metrics, samples and merges, with Chinese settings,
 * messages, charts and table columns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/language-models/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
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

async function run(file: string, scale: number, source = example(file)) {
  const events = await runCode(source, { scale });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return events;
}

/** Each English run happens once; the Chinese edition's test compares itself with it. */
const transformerScale = inputs.checkedSteps / 300; // the example trains 300 × scale steps
let englishTransformer: ReturnType<typeof run> | undefined;
let englishTokenizer: ReturnType<typeof run> | undefined;
const englishTransformerRun = () => (englishTransformer ??= run('tiny-transformer.ts', transformerScale));
const englishTokenizerRun = () => (englishTokenizer ??= run('tokenizer.ts', 1));

type Events = Awaited<ReturnType<typeof run>>;
const texts = (events: Events) => ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
const lastTable = (events: Events) => {
  const table = ofType(events, 'print').map((e) => e.value).findLast((v) => v.kind === 'table');
  if (table?.kind !== 'table') throw new Error('the example printed no table');
  return table;
};
const chartPoints = (events: Events) => ofType(events, 'chart').flatMap((e) => e.points.map((p) => ({ chart: e.chart, ...p })));

describe('language model example', () => {
  it(`lands between the bigram and unigram baselines after ${inputs.checkedSteps} steps, and samples as the lesson says`, async () => {
    const events = await englishTransformerRun();
    const m = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(metric(m, 'steps')).toBe(inputs.checkedSteps);
    const losses = ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series.startsWith('training'));
    expect(losses).toHaveLength(inputs.checkedSteps);
    // One point per step, in order, although the example reads its losses back ten steps at a time.
    expect(losses.map((p) => p.x)).toEqual(Array.from({ length: inputs.checkedSteps }, (_, i) => i + 1));
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
    const events = await englishTokenizerRun();
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

describe('language model example, Chinese edition', () => {
  const zh = exampleEdition(example('tiny-transformer.ts'), 'zh');

  it('keeps no English message, setting or chart name in its starter code, and trains on the same text', () => {
    for (const english of ['Baselines', 'nats per character', 'After ${steps} steps', 'Sample, ', 'cold: temperature', 'hot, top-p', 'yours:', "'off'", 'unigram baseline', "'distinct 3-letter pieces'", "'setting'", "lab.control('temperature'"]) {
      expect(zh, english).not.toContain(english);
    }
    // What the model reads and is prompted with stays as in the English edition.
    expect(zh).toContain("lab.fetchText('data/corpus.txt')");
    expect(zh).toContain("const prompt = 'the model ';");
  });

  it(`trains the same model as the English edition (${inputs.checkedSteps} steps) and reports it in Chinese`, async () => {
    const english = await englishTransformerRun();
    const events = await run('tiny-transformer.ts', transformerScale, zh);

    // Same data, same training, same sampling: every figure equal to the English run's.
    expect(ofType(events, 'metrics').at(-1)?.values).toEqual(ofType(english, 'metrics').at(-1)?.values);
    const curve = (e: Events) => chartPoints(e).map((p) => [p.x, p.y]);
    expect(curve(events)).toEqual(curve(english));
    expect(lastTable(events).rows.map((r) => r.slice(1))).toEqual(lastTable(english).rows.map((r) => r.slice(1)));
    const sampleText = (t: string) => t.split('\n')[1];
    const samples = texts(events).filter((t) => t.startsWith('样本，'));
    expect(samples).toHaveLength(4);
    expect(samples.map(sampleText)).toEqual(texts(english).filter((t) => t.startsWith('Sample, ')).map(sampleText));

    // In Chinese: settings, chart, messages, table.
    expect(ofType(events, 'control').map((c) => c.name)).toEqual(['温度', 'top-k（0 = 关闭）', 'top-p（1 = 关闭）']);
    expect(new Set(chartPoints(events).map((p) => `${p.chart}/${p.series}`))).toEqual(new Set(['损失/训练（奈特/字符）', '损失/一元语法基线', '损失/二元语法基线']));
    const [size, baselines, verdict] = texts(events);
    expect(size).toBe(`文本共 ${corpus.length} 个字符，词表大小为 ${new Set(corpus).size}。`);
    expect(baselines).toMatch(/^基线：均匀猜测 \d\.\d\d，一元语法 \d\.\d\d，二元语法 \d\.\d\d（单位：奈特\/字符）。$/);
    expect(verdict).toMatch(new RegExp(`^训练 ${inputs.checkedSteps} 步后：损失为每字符 \\d\\.\\d{3} 奈特（困惑度 \\d+\\.\\d\\d），介于一元语法基线和二元语法基线之间。$`));
    const table = lastTable(events);
    expect(table.columns).toEqual(['设置', '不同的三字母片段数', '意外度（奈特/字符）']);
    expect(table.rows.map((r) => r[0])).toEqual([
      `低温：温度 ${inputs.coldTemperature}`,
      `高温：温度 ${inputs.hotTemperature}`,
      `高温，top-p ${inputs.hotTopP}`,
      '你的设置：温度 0.8，top-k 关闭，top-p 关闭',
    ]);
  }, 180_000);
});

describe('tokenizer example, Chinese edition', () => {
  it('learns the same merges as the English edition and reports them in Chinese', async () => {
    const zh = exampleEdition(example('tokenizer.ts'), 'zh');
    for (const english of ['distinct words', 'First 20 merges', '} tokens: ', 'After ${merges.length} merges', "'tokens per character'", "'merges'", "lab.control('merges'"]) {
      expect(zh, english).not.toContain(english);
    }
    expect(zh).toContain("lab.fetchText('data/corpus.txt')");
    const english = await englishTokenizerRun();
    const events = await run('tokenizer.ts', 1, zh);
    expect(ofType(events, 'metrics').at(-1)?.values).toEqual(ofType(english, 'metrics').at(-1)?.values);
    expect(chartPoints(events).map((p) => [p.x, p.y])).toEqual(chartPoints(english).map((p) => [p.x, p.y]));
    expect(new Set(chartPoints(events).map((p) => `${p.chart}/${p.series}`))).toEqual(new Set(['每字符词元数/课程文字']));
    expect(ofType(events, 'control').map((c) => c.name)).toEqual(['合并次数']);
    const table = lastTable(events);
    expect(table.columns).toEqual(['合并次数', '词表大小', '词元数', '每字符词元数', '每词元字符数']);
    expect(table.rows).toEqual(lastTable(english).rows);
    const printed = texts(events);
    const expected = trainBpe(corpus, inputs.merges);
    const tokens = expected.tokenCounts[inputs.merges];
    if (tokens === undefined) throw new Error(`src/math learned fewer than ${inputs.merges} merges`);
    expect(printed[0]).toMatch(new RegExp(`^共 ${Array.from(corpus).length} 个字符，\\d+ 个不同的单词，起步时有 ${new Set(corpus).size} 个不同的字符。$`));
    expect(printed).toContain(`最早的 20 次合并：${expected.merges.slice(0, 20).map(([a, b]) => `${a.replace(/ /g, '·')}+${b.replace(/ /g, '·')}`).join('  ')}`);
    expect(printed).toContain(`“${inputs.sentence}” → ${encode(inputs.sentence, expected.merges).length} 个词元：${encode(inputs.sentence, expected.merges).map((t) => t.replace(/ /g, '·')).join(' | ')}`);
    expect(printed.at(-1)).toMatch(new RegExp(`^合并 ${inputs.merges} 次之后，文本共有 ${tokens} 个词元：每字符 0\\.\\d{3} 个词元（每词元 \\d\\.\\d\\d 个字符），词表大小为 ${new Set(corpus).size + inputs.merges}。$`));
  }, 30_000);
});
