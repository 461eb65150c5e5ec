/**
 * The decision-boundary example: its defaults are TensorFlow Playground's
 * setup, and it reaches the test accuracies the lesson states after the
 * stated number of epochs, drawing the boundary as it goes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/binary-classifier/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { wilsonInterval } from '../../../src/math/intervals';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/binary-classifier/examples/decision-boundary.ts'), 'utf8');
/** The example trains 300 × scale epochs. */
const scale = inputs.epochsChecked / 300;

async function run(controls: Record<string, string | number> = {}, source = code, runScale = scale) {
  const events = await runCode(source, { scale: runScale, controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  return events;
}

describe('binary classifier example', () => {
  it(`uses Playground's setup by default and passes ${inputs.circlesAccuracy * 100} % on the circle test points`, async () => {
    const events = await run();
    const controls = Object.fromEntries(ofType(events, 'control').map((c) => [c.name, c.value]));
    expect(controls).toMatchObject({ 'data set': 'circles', 'hidden layers': inputs.hidden.join('-'), activation: 'tanh', 'learning rate': inputs.learningRate });
    const progress = ofType(events, 'progress').at(-1);
    expect(progress).toMatchObject({ epochs: inputs.epochsChecked, batches: inputs.trainingPoints / inputs.batchSize });
    const metrics = ofType(events, 'metrics').at(-1)?.values ?? {};
    expect(metrics).toHaveProperty('testAccuracy');
    expect(metrics['testAccuracy']).toBeGreaterThan(inputs.circlesAccuracy);
    const { low, high } = wilsonInterval(Math.round((metrics['testAccuracy'] ?? NaN) * inputs.testPoints), inputs.testPoints);
    expect(metrics['testLow']).toBeCloseTo(low, 5);
    expect(metrics['testHigh']).toBeCloseTo(high, 5);

    // The boundary: a 40 × 40 grid of probabilities with the 250 training points, redrawn more than once.
    const maps = ofType(events, 'heatmap');
    expect(maps.length).toBeGreaterThan(2);
    const last = maps.at(-1)?.heatmap;
    expect(last).toMatchObject({ rows: 40, columns: 40, min: 0, max: 1, center: 0.5, colors: 'diverging' });
    expect(last?.points?.x).toHaveLength(inputs.trainingPoints);
    // Trained: the middle of the disc is class 1, the corner (in the ring's outside) class 0.
    expect(last?.values[20 * 40 + 20]).toBeGreaterThan(0.5);
    expect(last?.values[0]).toBeLessThan(0.5);
  }, 60_000);

  it(`passes ${inputs.xorAccuracy * 100} % on xor`, async () => {
    const events = await run({ 'data set': 'xor' });
    expect(ofType(events, 'metrics').at(-1)?.values['testAccuracy']).toBeGreaterThan(inputs.xorAccuracy);
  }, 60_000);

  it('in Chinese, trains the same network to the same figures and shows its settings, charts and messages in Chinese', async () => {
    const zh = exampleEdition(code, 'zh');
    expect(zh).not.toContain('test accuracy');
    // The shortest run (its floor of 5 epochs): both editions, same seed, same arithmetic.
    const short = 5 / 300;
    const [en, cn] = [await run({}, code, short), await run({}, zh, short)];
    const figures = (events: typeof en) => {
      const values = ofType(events, 'metrics').at(-1)?.values ?? {};
      return { accuracy: values['testAccuracy'], low: values['testLow'], high: values['testHigh'], loss: values['testLoss'] };
    };
    expect(figures(en).accuracy).toBeGreaterThan(0);
    expect(figures(cn)).toEqual(figures(en));
    expect(ofType(cn, 'control').map((c) => c.name)).toEqual(['数据集', '隐藏层', '激活函数', '学习率']);
    expect(new Set(ofType(cn, 'chart').map((e) => e.chart))).toEqual(new Set(['准确率', '损失']));
    expect(ofType(cn, 'heatmap').at(-1)?.name).toBe('决策边界');
    const texts = ofType(cn, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
    expect(texts).toHaveLength(2);
    const setup = `circles，隐藏层 ${inputs.hidden.join('-')}，tanh，η = ${inputs.learningRate}`.replaceAll('.', '\\.');
    const result = `测试准确率 [\\d.]+ %（95 % 区间为 [\\d.]+ % 到 [\\d.]+ %，共 ${inputs.testPoints} 个测试点），训练了 5 轮。`;
    expect(texts[0]).toMatch(new RegExp(`^${setup}：${result}$`));
    expect(texts[1]).toMatch(/^速度：每秒训练 [\d.]+ 轮，每秒重画边界 [\d.]+ 次。$/);
  }, 60_000);
});
