/**
 * Numbers quoted by "Gradient descent", computed by src/math/gradient-descent.
 * The 300,000 is quoted data: the wrong answer the lesson corrects.
 */
import { fmt, fmtGrouped, fmtVector } from '../../../src/format/prose';
import { criticalLearningRate, descendStep, lineGradient, lineLoss } from '../../../src/math/gradient-descent';

export const inputs = {
  /** Three houses: area in 100 m², price in 100k. */
  areas: [0.5, 0.8, 1.2],
  prices: [2.0, 2.9, 4.1],
  eta: 0.1,
  /** The circulating example: y = 1000 + 200·x at x = 1000. */
  intercept: 1000,
  slope: 200,
  x: 1000,
  wrongAnswer: 300_000,
  /** Learning rates the lesson suggests trying in the example; its test checks each verdict. */
  trySlow: 0.003,
  tryGood: 0.1,
  tryDiverge: 1.1,
  /** The limit η = 2/λmax = 1 on standardized inputs: the example says it oscillates. */
  tryLimit: 1,
} as const;

const i = inputs;
const start = { w: 0, b: 0 };
const gradient = lineGradient(start, i.areas, i.prices);
const afterOne = descendStep(start, i.areas, i.prices, i.eta);
let afterTen = start;
for (let k = 0; k < 10; k++) afterTen = descendStep(afterTen, i.areas, i.prices, i.eta);
const critical = criticalLearningRate(i.areas);

export const facts: Readonly<Record<string, string>> = {
  areas: fmtVector(i.areas, 1),
  prices: fmtVector(i.prices, 1),
  eta: fmt(i.eta, 1),
  loss_start: fmt(lineLoss(start, i.areas, i.prices), 3),
  grad_w: fmt(gradient.dw, 3),
  grad_b: fmt(gradient.db, 3),
  w_one: fmt(afterOne.w, 3),
  b_one: fmt(afterOne.b, 3),
  loss_one: fmt(lineLoss(afterOne, i.areas, i.prices), 3),
  loss_ten: fmt(lineLoss(afterTen, i.areas, i.prices), 3),
  critical_eta: fmt(critical, 2),
  line_intercept: fmt(i.intercept, 0),
  line_slope: fmt(i.slope, 0),
  line_x: fmt(i.x, 0),
  line_value_math: fmt(i.intercept + i.slope * i.x, 0),
  line_value: fmtGrouped(i.intercept + i.slope * i.x),
  line_wrong: fmtGrouped(i.wrongAnswer),
  line_wrong_gap: fmtGrouped(i.wrongAnswer - (i.intercept + i.slope * i.x)),
  try_slow: String(i.trySlow),
  try_good: String(i.tryGood),
  try_diverge: String(i.tryDiverge),
  try_limit: String(i.tryLimit),
};
