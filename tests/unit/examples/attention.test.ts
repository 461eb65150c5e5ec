/**
 * The attention examples compute, with tensors, exactly what src/math
 * computes on the lesson's matrices: the heat-map example's weights, and the
 * order example's outputs, identical for the same word in both sentences
 * without positions and different with them.
 * Each example's Chinese edition (the starter code a Chinese reader gets)
 * runs once, on a setting the English tests also run (that English run is
 * reused): the same weights and metrics, with Chinese settings, heat maps,
 * table and messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/attention/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { attention } from '../../../src/math/attention';
import { selfAttention, sinusoidalPositions } from '../../../src/math/transformer';
import type { WorkerEvent } from '../../../src/runtime/protocol';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const example = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../content/lessons/attention/examples', file), 'utf8');

/** One run per edition, file and settings: the Chinese tests reuse the English runs of the same settings. */
const runs = new Map<string, Promise<WorkerEvent[]>>();
function run(file: string, controls: Record<string, string>, edition: 'en' | 'zh' = 'en') {
  const key = JSON.stringify([edition, file, controls]);
  const cached = runs.get(key);
  if (cached) return cached;
  const started = runCode(exampleEdition(example(file), edition), { controls }).then((events) => {
    const end = finalEvent(events);
    if (end.type !== 'done') throw new Error(JSON.stringify(end));
    return events;
  });
  runs.set(key, started);
  return started;
}

describe('attention heat-map example', () => {
  for (const [mask, scale] of [['none', 'yes'], ['causal', 'yes'], ['none', 'no']] as const) {
    it(`matches the hand computation (mask ${mask}, scaled ${scale})`, async () => {
      const map = ofType(await run('attention-map.ts', { mask, 'divide by √d_k': scale }), 'heatmap')[0]?.heatmap;
      expect(map?.rowLabels).toEqual(inputs.tokens);
      const values = map?.values ?? [];
      const expected = attention(inputs.q, inputs.k, inputs.v, { causal: mask === 'causal', scale: scale === 'yes' }).weights.flat();
      expect(values).toHaveLength(16);
      values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 5));
    });
  }
});

describe('order example', () => {
  const vectors = (words: readonly string[]) => words.map((w) => [...inputs.words[w as keyof typeof inputs.words]]);
  const pos = sinusoidalPositions(4, 2);
  const expectedOutputs = (words: readonly string[], positions: boolean) =>
    selfAttention(vectors(words).map((r, t) => (positions ? r.map((v, j) => v + (pos[t]?.[j] ?? NaN)) : r)), inputs.wq, inputs.wk, inputs.wv).output;

  for (const positions of ['none', 'sinusoidal'] as const) {
    it(`draws both sentences' weights as src/math computes them (positions ${positions})`, async () => {
      const events = await run('order-blind.ts', { positions });
      const maps = ofType(events, 'heatmap').map((e) => e.heatmap);
      expect(maps.map((m) => m.rowLabels)).toEqual([inputs.sentenceA, inputs.sentenceB]);
      [inputs.sentenceA, inputs.sentenceB].forEach((words, s) => {
        const x = vectors(words).map((r, t) => (positions === 'sinusoidal' ? r.map((v, j) => v + (pos[t]?.[j] ?? NaN)) : r));
        const expected = selfAttention(x, inputs.wq, inputs.wk, inputs.wv).weights.flat();
        expect(maps[s]?.values).toHaveLength(16);
        maps[s]?.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 5));
      });
      const reported = ofType(events, 'metrics').at(-1)?.values;
      expect(reported).toHaveProperty('maxDifference');
      const maxDifference = reported?.['maxDifference'] ?? NaN;
      // The same difference by hand: each word's output row in sentence A against its row in sentence B.
      const a = expectedOutputs(inputs.sentenceA, positions === 'sinusoidal');
      const b = expectedOutputs(inputs.sentenceB, positions === 'sinusoidal');
      const byHand = Math.max(...inputs.sentenceA.flatMap((word, i) => (a[i] ?? []).map((v, j) => Math.abs(v - (b[inputs.sentenceB.indexOf(word)]?.[j] ?? NaN)))));
      expect(maxDifference).toBeCloseTo(byHand, 5);
      if (positions === 'none') expect(maxDifference).toBeLessThan(1e-6);
      else expect(maxDifference).toBeGreaterThan(inputs.positionEffectAbove);
    });
  }
});

describe('Chinese editions', () => {
  const texts = (events: WorkerEvent[]) => ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));

  it('heat map: the English causal run\'s weights and metrics, with Chinese settings, tokens, titles and messages', async () => {
    const zh = exampleEdition(example('attention-map.ts'), 'zh');
    expect(zh).not.toMatch(/attention weights|query token|Row sums|'causal'/);
    const english = await run('attention-map.ts', { mask: 'causal', 'divide by √d_k': 'yes' });
    const events = await run('attention-map.ts', { 掩码: '因果', '除以 √d_k': '是' }, 'zh');
    expect(ofType(events, 'control').map(({ name, spec, value }) => ({ name, spec, value }))).toEqual([
      { name: '掩码', spec: { kind: 'choice', value: '无', options: ['无', '因果'] }, value: '因果' },
      { name: '除以 √d_k', spec: { kind: 'choice', value: '是', options: ['是', '否'] }, value: '是' },
    ]);
    const map = ofType(events, 'heatmap')[0];
    expect(map?.name).toBe('注意力权重');
    expect(map?.heatmap).toMatchObject({ rowLabels: ['这只', '猫', '坐', '下'], yTitle: '查询词元', xTitle: '键词元' });
    expect(map?.heatmap.values).toEqual(ofType(english, 'heatmap')[0]?.heatmap.values);
    expect(map?.heatmap.values[1]).toBe(0); // the causal mask took effect: "the" cannot see "cat"
    expect(ofType(events, 'metrics').at(-1)?.values).toEqual(ofType(english, 'metrics').at(-1)?.values);
    expect(texts(events)).toEqual(['分数（softmax 之前）：', '输出（权重 · V）：', '每行之和：1.000, 1.000, 1.000, 1.000']);
  });

  it('order: the English sinusoidal run\'s outputs, with a Chinese setting, titles, table and message', async () => {
    const zh = exampleEdition(example('order-blind.ts'), 'zh');
    expect(zh).not.toMatch(/attention weights|With positions|Without positions|'sinusoidal'/);
    const english = await run('order-blind.ts', { positions: 'sinusoidal' });
    const events = await run('order-blind.ts', { 位置编码: '正弦' }, 'zh');
    expect(ofType(events, 'control')[0]).toMatchObject({ name: '位置编码', spec: { kind: 'choice', value: '无', options: ['无', '正弦'] }, value: '正弦' });
    const maps = ofType(events, 'heatmap');
    expect(maps.map((m) => m.name)).toEqual(['“the dog bites man”的注意力权重', '“the man bites dog”的注意力权重']);
    expect(maps.map((m) => [m.heatmap.yTitle, m.heatmap.xTitle])).toEqual([['查询词', '键词'], ['查询词', '键词']]);
    expect(maps.map((m) => m.heatmap.values)).toEqual(ofType(english, 'heatmap').map((m) => m.heatmap.values));
    const metrics = ofType(events, 'metrics').at(-1)?.values;
    expect(metrics).toEqual(ofType(english, 'metrics').at(-1)?.values);
    const tables = ofType(events, 'print').flatMap((e) => (e.value.kind === 'table' ? [e.value] : []));
    const englishTables = ofType(english, 'print').flatMap((e) => (e.value.kind === 'table' ? [e.value] : []));
    expect(tables.map((t) => t.columns)).toEqual([['词', '在“the dog bites man”中的输出', '在“the man bites dog”中的输出', '差异']]);
    expect(tables.map((t) => t.rows)).toEqual(englishTables.map((t) => t.rows));
    expect(texts(events)).toEqual([`加上位置信息后，输出不同了（最多相差 ${(metrics?.['maxDifference'] ?? NaN).toFixed(3)}）：模型现在分得清“狗咬人”和“人咬狗”了。`]);
  });
});
