/** `lab.optimizer` on the CPU backend (tfjs's own optimizers there) and its option checks. */
import { describe, expect, it } from 'vitest';
import { finalEvent, ofType, runCode } from './run-helpers';

const metricsOf = async (code: string) => {
  const events = await runCode(code);
  const last = finalEvent(events);
  if (last.type !== 'done') throw new Error(JSON.stringify(last));
  return Object.assign({}, ...ofType(events, 'metrics').map((m) => m.values)) as Record<string, number>;
};

describe('lab.optimizer', () => {
  it('is tf.train’s optimizer on the CPU: same values after the same steps', async () => {
    const m = await metricsOf(`
      const run = (useLab) => {
        const w = tf.variable(tf.tensor1d([1, -2, 3]));
        const opt = useLab ? lab.optimizer({ variables: [w], optimizer: 'adam', learningRate: 0.1 }) : tf.train.adam(0.1);
        for (let i = 0; i < 20; i++) opt.minimize(() => tf.sum(tf.square(w.sub(0.5))), true, [w]);
        return w;
      };
      const a = run(true);
      const b = run(false);
      lab.metrics({ gap: (await tf.max(tf.abs(a.sub(b))).data())[0], fused: lab.optimizer({ variables: [tf.variable(tf.scalar(1))] }).fused ? 1 : 0 });
    `);
    expect(m['gap']).toBe(0);
    expect(m['fused']).toBe(0);
  });

  it('names what is wrong with its options', async () => {
    for (const [options, message] of [
      ['{}', /variables must list the float32 tf.variable\(\)s to train/],
      ['{ variables: [tf.scalar(1)] }', /variables must list/],
      ["{ variables: [tf.variable(tf.scalar(1))], optimizer: 'rmsprop' }", /lab\.optimizer: optimizer must be one of 'sgd', 'momentum', 'adam', got "rmsprop"/],
      ['{ variables: [tf.variable(tf.scalar(1))], learningRate: -1 }', /lab\.optimizer: learningRate must be a number above 0, got -1/],
    ] as const) {
      const last = finalEvent(await runCode(`lab.optimizer(${options});`));
      expect(last.type).toBe('error');
      expect(last.type === 'error' && last.message).toMatch(message);
    }
  });
});
