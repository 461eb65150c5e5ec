/**
 * The generative lesson's examples on the cpu backend, at the students'
 * settings (scale 1): the VAE rebuilds new pictures better than the average
 * picture and sorts shapes in its code plane without labels; the contrastive
 * model matches captions and finds pictures well above chance, and fails on
 * the combination it never saw when that is held out.
 * The Chinese editions (the starter code a Chinese reader gets) run once each
 * (the VAE, and the contrastive model with its combination held out): the
 * same figures as the English runs, with Chinese settings, messages, charts
 * and pictures' captions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/generative-and-multimodal/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';
import type { ControlValue } from '../../../src/runtime/protocol';
import type { Locale } from '../../../src/i18n/locales';

const example = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../content/lessons/generative-and-multimodal/examples', file), 'utf8');

/** A reported metric; fails the test (instead of defaulting) when the example did not report it. */
function metric(m: Readonly<Record<string, number>>, key: string): number {
  expect(m, key).toHaveProperty(key);
  return m[key] ?? NaN;
}

/** The file as it is (English), or the starter code of the Chinese edition. */
const source = (file: string, locale: Locale) => (locale === 'en' ? example(file) : exampleEdition(example(file), locale));

async function runEdition(file: string, controls: Readonly<Record<string, ControlValue>>, locale: Locale) {
  const events = await runCode(source(file, locale), { scale: 1, controls });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const texts = ofType(events, 'print').flatMap((e) => (e.value.kind === 'text' ? [e.value.text] : []));
  return { events, texts, metrics: ofType(events, 'metrics').at(-1)?.values ?? {} };
}

/** Each run happens once per file, shared by the tests that read it (the Chinese tests compare with the English runs). */
const runs = new Map<string, ReturnType<typeof runEdition>>();
function run(file: string, controls: Readonly<Record<string, ControlValue>> = {}, locale: Locale = 'en') {
  const key = JSON.stringify([file, controls, locale]);
  const cached = runs.get(key) ?? runEdition(file, controls, locale);
  runs.set(key, cached);
  return cached;
}

describe('VAE example', () => {
  it('rebuilds new pictures better than the average picture and separates the shapes without labels', async () => {
    const { events, metrics } = await run('shape-vae.ts');
    expect(metric(metrics, 'epochs')).toBe(inputs.vaeEpochs);
    expect(metric(metrics, 'vaeError')).toBeLessThan(inputs.vaeErrorShareBelow * metric(metrics, 'averageError'));
    expect(metric(metrics, 'latentAccuracy')).toBeGreaterThan(inputs.latentAccuracyAbove);
    // Both loss parts are charted once per epoch, and the grid decodes 36 pictures of 16 × 16.
    const points = ofType(events, 'chart').flatMap((e) => e.points);
    expect(points.filter((p) => p.series.startsWith('KL'))).toHaveLength(inputs.vaeEpochs);
    const grid = ofType(events, 'images').find((e) => e.name.startsWith('new pictures decoded'));
    expect(grid?.images).toHaveLength(36);
    expect(grid?.images.every((p) => p.width === 16 && p.height === 16)).toBe(true);
  }, 60_000);
});

describe('contrastive example', () => {
  it('matches pictures to captions and captions to pictures well above chance', async () => {
    const { metrics } = await run('contrastive-pairs.ts');
    expect(metric(metrics, 'steps')).toBe(inputs.clipSteps);
    expect(metric(metrics, 'trainedAccuracy')).toBeGreaterThan(inputs.captionAccuracyAbove);
    expect(metric(metrics, 'precision')).toBeGreaterThan(inputs.precisionAbove);
  }, 60_000);

  it('does not generalise to "large triangle" when that pairing is held out of training', async () => {
    const { metrics } = await run('contrastive-pairs.ts', { 'hold out "large triangle"': 'yes' });
    expect(metric(metrics, 'heldOutAccuracy')).toBeLessThan(inputs.heldOutBelow);
    expect(metric(metrics, 'trainedAccuracy')).toBeGreaterThan(inputs.captionAccuracyAbove);
  }, 60_000);
});

describe('VAE example, Chinese edition', () => {
  const zh = source('shape-vae.ts', 'zh');

  it('keeps no English message in its starter code', () => {
    for (const english of ['loss per picture', 'Reconstruction error', 'rebuilt', 'latent space', 'new pictures', "'circle'"]) expect(zh).not.toContain(english);
  });

  it('reaches the English run\'s figures, and says, charts and draws them in Chinese', async () => {
    const english = await run('shape-vae.ts');
    const chinese = await run('shape-vae.ts', {}, 'zh');
    expect(chinese.metrics).toEqual(english.metrics);
    expect(chinese.texts).toHaveLength(2);
    expect(chinese.texts[0]).toMatch(/^200 张新图片的重建误差：每张 \d+\.\d 奈特；用平均图则是 \d+\.\d 奈特。$/);
    expect(chinese.texts[1]).toMatch(/^隐空间平面里的形状：对 \d+ % 的测试图片，最近的形状中心就是它的真实形状（瞎猜的水平是 25 %），而训练时一个标签也没用。$/);
    const charts = ofType(chinese.events, 'chart');
    expect(new Set(charts.map((e) => e.chart))).toEqual(new Set(['每张图片的损失']));
    expect(new Set(charts.flatMap((e) => e.points.map((p) => p.series)))).toEqual(new Set(['重建（奈特）', 'KL（奈特）']));
    const plot = ofType(chinese.events, 'plot').find((p) => p.plot === '隐空间（测试图片）');
    expect(plot?.series.map((series) => series.name)).toEqual(['圆形', '正方形', '三角形', '十字']);
    const [pairs, grid] = ofType(chinese.events, 'images');
    expect(pairs?.name).toBe('新图片（上排）和 VAE 只凭 2 个数重建的结果（下排）');
    expect(new Set(pairs?.images.map((p) => p.caption))).toEqual(new Set(['圆形', '正方形', '三角形', '十字', '重建']));
    expect(grid?.name).toBe('从 6 × 6 网格点解码出的新图片（两个轴都是 −2 … 2）');
    expect(grid?.images).toHaveLength(36);
  }, 60_000);
});

describe('contrastive example, Chinese edition', () => {
  const zh = source('contrastive-pairs.ts', 'zh');
  const captions = ['小号圆形', '小号正方形', '小号三角形', '小号十字', '大号圆形', '大号正方形', '大号三角形', '大号十字'];
  const heldOut = { '留出“大号三角形”': '是' };

  it('keeps no English message or caption in its starter code', () => {
    for (const english of ['hold out', 'search for', 'large triangle', "'circle'", 'pairs per batch', 'contrastive loss', 'closest caption', 'Searching by caption']) {
      expect(zh).not.toContain(english);
    }
  });

  it('with "大号三角形" held out, reaches the English run\'s figures, with Chinese settings, captions and messages', async () => {
    const english = await run('contrastive-pairs.ts', { 'hold out "large triangle"': 'yes' });
    const chinese = await run('contrastive-pairs.ts', heldOut, 'zh');
    expect(chinese.metrics).toEqual(english.metrics);
    const controls = ofType(chinese.events, 'control');
    expect(controls[0]).toMatchObject({ name: '留出“大号三角形”', value: '是', spec: { kind: 'choice', options: ['否', '是'] } });
    expect(controls[1]).toMatchObject({ name: '搜索', value: '大号圆形', spec: { kind: 'choice', options: captions } });
    expect(chinese.texts).toHaveLength(3);
    // 7 of the 8 captions are trained: chance is ln 7.
    expect(chinese.texts[0]).toBe(`每个批量 7 对。瞎猜的水平：相似度处处相等时，损失为 ln 7 = ${Math.log(7).toFixed(3)}（随机初始化的编码器可能更差）。训练时从不给“大号三角形”配图片。`);
    expect(chinese.texts[1]).toMatch(/^8 条说明里最接近的那条，对说明参与过训练的新图片有 \d+\.\d % 是对的；换成从没训练过的组合，这个比例是 \d+\.\d %（“大号三角形”的图片），瞎猜的水平是 12\.5 %。$/);
    expect(chinese.texts[2]).toMatch(/^按说明搜索：最接近的 8 张图片里，平均有 \d+ % 符合该说明。$/);
    expect(new Set(ofType(chinese.events, 'chart').map((e) => e.chart))).toEqual(new Set(['对比损失']));
    const heatmap = ofType(chinese.events, 'heatmap')[0];
    expect(heatmap?.name).toBe('测试图片：真实说明（行）与最接近的说明（列）');
    expect(heatmap?.heatmap).toMatchObject({ rowLabels: captions, columnLabels: captions, yTitle: '真实说明', xTitle: '最接近的说明' });
    const [closest, search] = ofType(chinese.events, 'images');
    expect(closest?.name).toBe('测试图片及其最接近的说明');
    expect(closest?.images.every((p) => captions.includes(p.caption ?? ''))).toBe(true);
    expect(search?.name).toBe('与“大号圆形”最接近的 8 张测试图片');
  }, 60_000);
});
