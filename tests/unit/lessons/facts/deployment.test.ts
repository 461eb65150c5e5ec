/** "Deployment and edge computing": the worked 8-bit quantization, the example model's sizes, and the cost of 1,000 calls, by hand. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/deployment/facts';
import { expectUsesExactly, fixed, list, usd } from './helpers';

describe('deployment facts', () => {
  it('match the hand arithmetic', () => {
    // Range [−0.8, 1.2]: Δ = 2/255; q = round((w + 0.8)/Δ) = [0, 114.75 → 115, 165.75 → 166, 255].
    const lo = Math.min(...i.weights);
    const hi = Math.max(...i.weights);
    const step = (hi - lo) / 255;
    const q = i.weights.map((w) => Math.round((w - lo) / step));
    const back = q.map((v) => v * step + lo);
    // 6 inputs → 16 → 1: tensors of 96, 16, 16 and 1 parameters; 8-bit adds a step and a minimum (8 bytes) per tensor.
    const tensors = [i.features * i.hidden, i.hidden, i.hidden, 1];
    const parameters = tensors.reduce((s, n) => s + n, 0); // 129
    const int8 = parameters + 8 * tensors.length; // 161
    // 1,000 calls × 2 ms = 2 s; 2 s × 0.10 per 3,600 s = 0.0000556.
    const workedCost = (1000 * (i.workedLatencyMs / 1000) * i.pricePerHour) / 3600;
    expect(facts).toEqual({
      weights: list([...i.weights], 1),
      w_min: fixed(lo, 1),
      w_max: fixed(hi, 1),
      scale: fixed(step, 5), // 0.00784
      q: `[${q.join(', ')}]`,
      back: list(back, 4),
      max_error: fixed(Math.max(...back.map((b, k) => Math.abs(b - (i.weights[k] ?? NaN)))), 4),
      half_step: fixed(step / 2, 4),
      parameters: String(parameters),
      float_bytes: String(parameters * 4), // 516
      int8_bytes: String(int8),
      ratio: fixed((parameters * 4) / int8, 2), // 3.20
      accuracy_margin: fixed(i.accuracyMargin * 100, 0),
      test_borrowers: String(i.testBorrowers),
      // Money in both editions: "USD 0.10" / "0.10 美元".
      price: { en: usd(i.pricePerHour, 2), zh: `${fixed(i.pricePerHour, 2)} 美元` },
      worked_latency: String(i.workedLatencyMs),
      worked_cost: { en: usd(workedCost, 7), zh: `${fixed(workedCost, 7)} 美元` },
    });
    // The stated bound: the error is at most half a step.
    expect(Number(facts['max_error'])).toBeLessThanOrEqual(step / 2);
    // The example's test set: the last 20 % of 2,500 borrowers.
    expect(i.testBorrowers).toBe(2500 - Math.round(2500 * 0.8));
    expectUsesExactly('deployment', facts);
  });
});
