import { describe, expect, it } from 'vitest';
import { bestLine, criticalLearningRate, descendStep, lineGradient, lineLoss } from '../../../src/math/gradient-descent';

const xs = [0.5, 0.8, 1.2];
const ys = [2.0, 2.9, 4.1];

describe('gradient descent on a line', () => {
  it('has the gradient of the loss (checked against central differences)', () => {
    const line = { w: 0.7, b: -0.2 };
    const h = 1e-6;
    const { dw, db } = lineGradient(line, xs, ys);
    expect(dw).toBeCloseTo((lineLoss({ ...line, w: line.w + h }, xs, ys) - lineLoss({ ...line, w: line.w - h }, xs, ys)) / (2 * h), 6);
    expect(db).toBeCloseTo((lineLoss({ ...line, b: line.b + h }, xs, ys) - lineLoss({ ...line, b: line.b - h }, xs, ys)) / (2 * h), 6);
  });

  it('lowers the loss with a small step and reaches the least-squares line', () => {
    let line = { w: 0, b: 0 };
    const start = lineLoss(line, xs, ys);
    line = descendStep(line, xs, ys, 0.1);
    expect(lineLoss(line, xs, ys)).toBeLessThan(start);
    for (let i = 0; i < 5000; i++) line = descendStep(line, xs, ys, 0.3);
    const best = bestLine(xs, ys);
    expect(line.w).toBeCloseTo(best.w, 6);
    expect(line.b).toBeCloseTo(best.b, 6);
  });

  it('converges just below the critical learning rate and diverges just above it', () => {
    const critical = criticalLearningRate(xs);
    const run = (eta: number) => {
      let line = { w: 0, b: 0 };
      for (let i = 0; i < 400; i++) line = descendStep(line, xs, ys, eta);
      return lineLoss(line, xs, ys);
    };
    expect(run(critical * 0.95)).toBeCloseTo(lineLoss(bestLine(xs, ys), xs, ys), 6);
    expect(run(critical * 1.05)).toBeGreaterThan(1e6);
  });

  it('puts the critical rate at exactly 1 for standardized inputs (Hessian 2·I)', () => {
    const z = [-1.5, -0.5, 0.5, 1.5].map((v) => v / Math.sqrt(1.25)); // mean 0, variance 1
    expect(criticalLearningRate(z)).toBeCloseTo(1, 12);
  });
});
