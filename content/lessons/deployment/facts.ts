/**
 * Numbers quoted by "Deployment and edge computing": the worked 8-bit
 * quantization and the example model's sizes, computed here; the accuracy
 * margin is an input the example's test checks. Money reads "USD 0.10" /
 * "0.10 美元" (fmtMoney); the other figures read the same in both editions.
 */
import { fmt, fmtMoney, fmtVector, type LocalizedFact } from '../../../src/format/prose';
import { costPer1000Calls } from '../../../src/math/lifecycle-costs';

export const inputs = {
  weights: [-0.8, 0.1, 0.5, 1.2],
  /** The example's model: 6 inputs → 16 ReLU → 1 sigmoid. */
  features: 6,
  hidden: 16,
  /** The example's test: 8-bit accuracy within this of float32 (percentage points). */
  accuracyMargin: 0.01,
  pricePerHour: 0.1,
  workedLatencyMs: 2,
  /** The example tests on the last 20 % of the 2,500 borrowers. */
  testBorrowers: 500,
} as const;

const i = inputs;
const min = Math.min(...i.weights);
const max = Math.max(...i.weights);
const scale = (max - min) / 255;
const q = i.weights.map((w) => Math.round((w - min) / scale));
const back = q.map((v) => v * scale + min);
const tensors = [i.features * i.hidden, i.hidden, i.hidden, 1];
const parameters = tensors.reduce((s, n) => s + n, 0);
const floatBytes = parameters * 4;
const int8Bytes = parameters + 8 * tensors.length;

export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  weights: fmtVector([...i.weights], 1),
  w_min: fmt(min, 1),
  w_max: fmt(max, 1),
  scale: fmt(scale, 5),
  q: `[${q.join(', ')}]`,
  back: fmtVector(back, 4),
  max_error: fmt(Math.max(...back.map((b, k) => Math.abs(b - (i.weights[k] ?? 0)))), 4),
  half_step: fmt(scale / 2, 4),
  parameters: fmt(parameters, 0),
  float_bytes: fmt(floatBytes, 0),
  int8_bytes: fmt(int8Bytes, 0),
  ratio: fmt(floatBytes / int8Bytes, 2),
  accuracy_margin: fmt(i.accuracyMargin * 100, 0),
  test_borrowers: fmt(i.testBorrowers, 0),
  price: fmtMoney(i.pricePerHour, 2),
  worked_latency: fmt(i.workedLatencyMs, 0),
  worked_cost: fmtMoney(costPer1000Calls(i.workedLatencyMs, i.pricePerHour), 7),
};
