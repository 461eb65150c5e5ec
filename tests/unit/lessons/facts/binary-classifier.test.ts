/** "A binary classifier": Playground's setup, the parameter count, one sigmoid, and the interval of the stated accuracy. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/binary-classifier/facts';
import { expectUsesExactly, fixed, percent, sig } from './helpers';

describe('binary-classifier facts', () => {
  it('match the arithmetic', () => {
    const [h1, h2] = i.hidden;
    // Wilson 95 % for 238 of 250 (95.2 %): half of (high − low), in points.
    const z = 1.959963984540054;
    const n = i.testPoints;
    const p = Math.round(i.circlesAccuracy * n) / n;
    const d = 1 + (z * z) / n;
    const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(facts).toEqual({
      hidden_1: String(h1), hidden_2: String(h2), learning_rate: '0.03', batch_size: '10', training_points: '250',
      batches_per_epoch: String(i.trainingPoints / i.batchSize), // 25
      epochs_checked: '90', test_points: '250',
      half_width: fixed(half * 100, 1), // 2.7
      circles_accuracy: percent(i.circlesAccuracy, 0), xor_accuracy: percent(i.xorAccuracy, 0),
      score: '1.2', score_probability: fixed(sig(i.score), 3),
      // 2→4: 3·4 = 12; 4→2: 5·2 = 10; 2→1: 3 → 25.
      parameters: String((2 + 1) * h1 + (h1 + 1) * h2 + (h2 + 1) * 1),
    });
    expectUsesExactly('binary-classifier', facts);
  });
});
