/**
 * Fine-tuning: the shipped pretrained model is what the script trains;
 * fine-tuning beats the same network trained from scratch on the same few
 * examples by the stated margin, beyond both test intervals; frozen, or on
 * 8 reviews, it ends below the untouched pretrained model (the lesson's
 * statements, at the students' scale). The Chinese edition runs once, on its
 * default (trainable) setting: the English run's figures, with Chinese
 * settings, messages, charts and table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/fine-tuning/facts';
import { gadgetData, MODEL_DIR, pretrain } from '../../../scripts/data/reviews';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/fine-tuning/examples/fine-tune.ts'), 'utf8');
/** One run at the students' scale: its events and its final metrics. */
async function run(source: string, controls: Record<string, string | number>) {
  const events = await runCode(source, { scale: 1, controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const m: Readonly<Record<string, number>> = ofType(events, 'metrics').at(-1)?.values ?? {};
  return { events, m };
}
/** The English trainable run, kept for the Chinese edition to match. */
let englishTrainable: Awaited<ReturnType<typeof run>> | undefined;

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/reviews.json'), 'utf8')) as unknown;

describe('fine-tuning', () => {
  it('ships exactly the reviews its script generates', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(gadgetData())));
  });

  it('ships exactly the pretrained weights its script trains (seeded, cpu)', async () => {
    const bytes = readFileSync(resolve(MODEL_DIR, 'weights.bin'));
    const shippedWeights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const model = await pretrain();
    const trained = (await Promise.all(model.getWeights().map((w) => w.data()))).flatMap((d) => Array.from(d));
    model.dispose();
    expect(trained).toHaveLength(shippedWeights.length);
    const worst = trained.reduce((max, w, i) => Math.max(max, Math.abs(w - (shippedWeights[i] ?? NaN))), 0);
    expect(worst).toBeLessThan(1e-5);
  }, 60_000);

  it(`beats training from scratch by more than ${inputs.margin * 100} points, with intervals that do not overlap; frozen, or on ${inputs.few} reviews, it ends below the untouched model`, async () => {
    // Three runs at the students' scale, one per claim of the lesson.
    const metric = (m: Readonly<Record<string, number>>, key: string) => {
      expect(m, key).toHaveProperty(key);
      return m[key] ?? NaN;
    };
    const trainable = await run(code, {});
    englishTrainable = trainable;
    const t = trainable.m;
    expect(metric(t, 'labelled')).toBe(24);
    expect(metric(t, 'fineTuned') - metric(t, 'scratch')).toBeGreaterThan(inputs.margin);
    expect(metric(t, 'fineTunedLow')).toBeGreaterThan(metric(t, 'scratchHigh'));
    expect(metric(t, 'zeroShot')).toBeGreaterThan(0.6);
    const validation = ofType(trainable.events, 'chart').filter((e) => e.chart === 'validation accuracy');
    expect(new Set(validation.flatMap((e) => e.points).map((p) => p.series))).toEqual(new Set(['fine-tuned', 'from scratch']));

    const frozen = (await run(code, { 'pretrained layer': 'frozen' })).m;
    expect(metric(frozen, 'fineTuned')).toBeLessThan(metric(t, 'fineTuned'));
    expect(metric(frozen, 'fineTuned')).toBeLessThan(metric(frozen, 'zeroShot'));

    const few = (await run(code, { 'labelled reviews': inputs.few })).m;
    expect(metric(few, 'labelled')).toBe(inputs.few);
    expect(metric(few, 'fineTuned')).toBeGreaterThan(metric(few, 'scratch'));
    expect(metric(few, 'fineTuned')).toBeLessThan(metric(few, 'zeroShot'));
  }, 180_000);
});

describe('fine-tuning, Chinese edition', () => {
  const zh = exampleEdition(code, 'zh');
  let chinese: Awaited<ReturnType<typeof run>> | undefined;
  beforeAll(async () => {
    chinese = await run(zh, {});
  }, 60_000);

  it('offers its settings in Chinese, and keeps no English message in its starter code', () => {
    expect(zh).not.toContain("'trainable'");
    expect(zh).not.toContain('labelled gadget reviews');
    expect(zh).not.toContain('validation accuracy');
    const controls = ofType(chinese?.events ?? [], 'control');
    expect(controls[0]).toMatchObject({ name: '预训练层', value: '可训练', spec: { kind: 'choice', options: ['可训练', '冻结'] } });
    expect(controls[1]).toMatchObject({ name: '带标签评论数', value: 24 });
  });

  it('fine-tunes exactly as the English run does (its first layer trainable), and says so in Chinese', () => {
    // The English trainable run comes from the test above (same file, same seed, cpu).
    expect(englishTrainable?.m).toHaveProperty('fineTuned');
    expect(chinese?.m).toEqual(englishTrainable?.m);
    const events = chinese?.events ?? [];
    const texts = ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
    expect(texts[0]).toMatch(/^24 条带标签的数码产品评论用来学习，200 条用来验证，200 条用来测试。其中一条：“.+”（(正面|负面)）$/);
    const validation = ofType(events, 'chart').filter((e) => e.chart === '验证准确率');
    expect(new Set(validation.flatMap((e) => e.points).map((p) => p.series))).toEqual(new Set(['微调', '从零训练']));
    expect(ofType(events, 'chart').some((e) => e.chart === '训练损失')).toBe(true);
    const table = ofType(events, 'print').find((e) => e.value.kind === 'table')?.value;
    if (table?.kind !== 'table') throw new Error('no comparison table');
    expect(table.columns).toEqual(['模型', '测试准确率', '95 % 区间']);
    expect(table.rows.map((r) => r[0])).toEqual(['预训练模型，未微调', '微调后（第一层可训练）', '同一网络从零训练']);
    expect(String(table.rows[1]?.[2])).toMatch(/^\d+\.\d 至 \d+\.\d %$/);
  });
});
