/** "An image classifier": the network's shapes and parameter counts, layer by layer, and the interval of the stated accuracy. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/image-classifier/facts';
import { expectUsesExactly, percent } from './helpers';

describe('image-classifier facts', () => {
  it('match the layer arithmetic', () => {
    // 16 → conv 3 → 14 → pool → 7 → conv 3 → 5 → pool → 2; flatten 2·2·12 = 48.
    const [f1, f2] = i.filters;
    const conv1 = i.size - i.kernel + 1;
    const pool1 = Math.floor(conv1 / 2);
    const conv2 = pool1 - i.kernel + 1;
    const pool2 = Math.floor(conv2 / 2);
    const flat = pool2 * pool2 * f2;
    const p1 = i.kernel * i.kernel * 1 * f1 + f1; // 60
    const p2 = i.kernel * i.kernel * f1 * f2 + f2; // 660
    const p3 = flat * i.classes + i.classes; // 196
    // Wilson 95 % for 190 of 200: centre (0.95 + 0.0096)/1.0192, half 1.923·√(0.0002375 + 0.000024) → 91.0 % to 97.3 %.
    const z = 1.959963984540054;
    const n = i.testPictures;
    const p = Math.round(i.accuracyAtLeast * n) / n;
    const d = 1 + (z * z) / n;
    const centre = (p + (z * z) / (2 * n)) / d;
    const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(facts).toEqual({
      size: '16', classes: '4', chance: percent(1 / i.classes, 0), filters_1: String(f1), filters_2: String(f2),
      conv1: String(conv1), pool1: String(pool1), conv2: String(conv2), pool2: String(pool2), flat: String(flat),
      weights_conv1: String(p1), weights_conv2: String(p2), weights_dense: String(p3), weights_total: String(p1 + p2 + p3), // 916
      dense_equivalent: String(i.size * i.size * i.classes + i.classes), // 1,028
      training_pictures: '600', validation_pictures: '200', test_pictures: '200', epochs: '8',
      accuracy_at_least: percent(i.accuracyAtLeast, 0),
      interval_low: percent(centre - half, 1),
      interval_high: percent(centre + half, 1),
    });
    expectUsesExactly('image-classifier', facts);
  });
});
