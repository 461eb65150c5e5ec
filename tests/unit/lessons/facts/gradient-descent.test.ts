/** "Gradient descent": one step and ten steps by hand, the critical learning rate from the Hessian's eigenvalues, the corrected line. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/gradient-descent/facts';
import { expectUsesExactly, fixed, grouped, list } from './helpers';

describe('gradient-descent facts', () => {
  it('match the hand arithmetic', () => {
    const x = i.areas;
    const y = i.prices;
    const n = x.length;
    const loss = (w: number, b: number) => x.reduce((s, xi, k) => s + (w * xi + b - (y[k] ?? NaN)) ** 2, 0) / n;
    const gradient = (w: number, b: number) => {
      const r = x.map((xi, k) => w * xi + b - (y[k] ?? NaN));
      return { dw: (2 / n) * r.reduce((s, ri, k) => s + ri * (x[k] ?? NaN), 0), db: (2 / n) * r.reduce((s, ri) => s + ri, 0) };
    };
    const g0 = gradient(0, 0); // dw = −(2/3)(2.0·0.5 + 2.9·0.8 + 4.1·1.2) = −5.493, db = −(2/3)·9 = −6
    let w = 0;
    let b = 0;
    for (let k = 0; k < 10; k++) {
      const g = gradient(w, b);
      w -= i.eta * g.dw;
      b -= i.eta * g.db;
    }
    // Hessian 2·[[mean x², mean x], [mean x, 1]]; critical η = 2 / λmax.
    const a = (2 * x.reduce((s, v) => s + v * v, 0)) / n;
    const c = (2 * x.reduce((s, v) => s + v, 0)) / n;
    const lambdaMax = (a + 2) / 2 + Math.sqrt(((a - 2) / 2) ** 2 + c * c);
    const value = i.intercept + i.slope * i.x; // 201,000
    expect(facts).toEqual({
      areas: list(x, 1),
      prices: list(y, 1),
      eta: '0.1',
      loss_start: fixed(loss(0, 0), 3),
      grad_w: fixed(g0.dw, 3),
      grad_b: fixed(g0.db, 3),
      w_one: fixed(-i.eta * g0.dw, 3),
      b_one: fixed(-i.eta * g0.db, 3),
      loss_one: fixed(loss(-i.eta * g0.dw, -i.eta * g0.db), 3),
      loss_ten: fixed(loss(w, b), 3),
      critical_eta: fixed(2 / lambdaMax, 2),
      line_intercept: '1000',
      line_slope: '200',
      line_x: '1000',
      line_value_math: String(value), // plain digits inside math
      line_value: grouped(value),
      line_wrong: grouped(i.wrongAnswer),
      line_wrong_gap: grouped(i.wrongAnswer - value), // 99,000
      try_slow: '0.003',
      try_good: '0.1',
      try_diverge: '1.1',
      try_limit: '1',
    });
    expectUsesExactly('gradient-descent', facts);
  });
});
