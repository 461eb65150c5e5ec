/**
 * The learning-rate example at the rates the lesson tells students to try:
 * the verdicts it states (slow, converged, oscillating at the limit η = 1,
 * diverged) must be what happens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../../content/lessons/gradient-descent/facts';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';
import { finalEvent, ofType, runCode } from '../runtime/run-helpers';

const code = readFileSync(resolve(import.meta.dirname, '../../../content/lessons/gradient-descent/examples/learning-rate.ts'), 'utf8');
/** The example's step count at scale 1 (its floor is 10; it stops early only when the loss passes 1e12). */
const STEPS = 60;

async function runAt(eta: number, source = code, control = 'learning rate') {
  // Full scale: 60 steps of a two-parameter model take milliseconds.
  const events = await runCode(source, { scale: 1, controls: { [control]: eta } });
  const end = finalEvent(events);
  if (end.type !== 'done') throw new Error(JSON.stringify(end));
  const texts = ofType(events, 'print').map((e) => (e.value.kind === 'text' ? e.value.text : ''));
  const verdict = texts.find((t) => t.startsWith('η =')) ?? '';
  const metrics = ofType(events, 'metrics').at(-1)?.values ?? {};
  const trainingSeries = source === code ? 'training loss' : '训练损失';
  const chartLosses = ofType(events, 'chart').flatMap((e) => e.points).filter((p) => p.series === trainingSeries).map((p) => p.y);
  return { verdict, metrics, losses: chartLosses, learned: texts.some((t) => t.startsWith('Learned:') || t.startsWith('学到的：')) };
}

describe('gradient descent example', () => {
  it(`crawls at η = ${inputs.trySlow}: the loss falls but stays well above the best line`, async () => {
    const { verdict, metrics, losses, learned } = await runAt(inputs.trySlow);
    expect(verdict).toContain('slow');
    expect(losses).toHaveLength(STEPS);
    expect(losses.at(-1)).toBeLessThan(losses[0] ?? NaN);
    expect(metrics['finalLoss']).toBeGreaterThan((metrics['bestPossibleLoss'] ?? NaN) * 2);
    expect(learned).toBe(true);
  });

  it(`converges at η = ${inputs.tryGood}: within 5 % of the least-squares loss`, async () => {
    const { verdict, metrics } = await runAt(inputs.tryGood);
    expect(verdict).toContain('converged');
    expect(metrics['finalLoss']).toBeLessThan((metrics['bestPossibleLoss'] ?? NaN) * 1.05);
  });

  it(`oscillates at the limit η = ${inputs.tryLimit}: the loss never moves from where it started, and no line is claimed`, async () => {
    const { verdict, losses, learned } = await runAt(inputs.tryLimit);
    expect(verdict).toContain('oscillating');
    expect(losses).toHaveLength(STEPS);
    const first = losses[0] ?? NaN;
    for (const loss of losses) expect(Math.abs(loss - first) / first).toBeLessThan(1e-3);
    expect(learned).toBe(false);
  });

  it(`diverges at η = ${inputs.tryDiverge}: the loss grows every step and the run says so`, async () => {
    const { verdict, losses } = await runAt(inputs.tryDiverge);
    expect(verdict).toContain('diverged');
    expect(losses.length).toBeGreaterThanOrEqual(10);
    for (let k = 1; k < losses.length; k++) expect(losses[k]).toBeGreaterThan(losses[k - 1] ?? Infinity);
  });

  it('declares its learning-rate setting as a log slider, and uses the default without one', async () => {
    const events = await runCode(code, { scale: 0.1 });
    expect(ofType(events, 'control')[0]).toMatchObject({ name: 'learning rate', value: 0.1, spec: { kind: 'number', log: true } });
  });

  it('in Chinese, prints the same verdicts in Chinese at the four rates, from its Chinese setting', async () => {
    const zh = exampleEdition(code, 'zh');
    expect(zh).not.toContain('converged');
    const slow = await runAt(inputs.trySlow, zh, '学习率');
    expect(slow.verdict).toContain('太慢');
    expect(slow.losses).toHaveLength(STEPS);
    expect(slow.learned).toBe(true);
    expect((await runAt(inputs.tryGood, zh, '学习率')).verdict).toContain('收敛');
    const limit = await runAt(inputs.tryLimit, zh, '学习率');
    expect(limit.verdict).toContain('振荡');
    expect(limit.learned).toBe(false);
    expect((await runAt(inputs.tryDiverge, zh, '学习率')).verdict).toContain('发散');
  });
});
