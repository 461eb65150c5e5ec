/**
 * Gradient descent on the simplest model there is, a line ŷ = w·x + b
 * fitted by mean squared error. Plain numbers, no tfjs: the lesson's worked
 * example and its tests come from here.
 *
 *   L(w, b)  = (1/n) Σᵢ (w·xᵢ + b − yᵢ)²
 *   ∂L/∂w    = (2/n) Σᵢ (w·xᵢ + b − yᵢ) · xᵢ
 *   ∂L/∂b    = (2/n) Σᵢ (w·xᵢ + b − yᵢ)
 *   update:  w ← w − η·∂L/∂w,  b ← b − η·∂L/∂b
 */

export interface Line {
  readonly w: number;
  readonly b: number;
}

const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

function residuals(line: Line, xs: readonly number[], ys: readonly number[]): number[] {
  if (xs.length !== ys.length || xs.length === 0) throw new RangeError('xs and ys must be non-empty and the same length');
  return xs.map((x, i) => line.w * x + line.b - (ys[i] ?? Number.NaN));
}

export function lineLoss(line: Line, xs: readonly number[], ys: readonly number[]): number {
  return mean(residuals(line, xs, ys).map((r) => r * r));
}

export function lineGradient(line: Line, xs: readonly number[], ys: readonly number[]): { readonly dw: number; readonly db: number } {
  const r = residuals(line, xs, ys);
  return { dw: 2 * mean(r.map((ri, i) => ri * (xs[i] ?? Number.NaN))), db: 2 * mean(r) };
}

/** One step of gradient descent with learning rate η. */
export function descendStep(line: Line, xs: readonly number[], ys: readonly number[], eta: number): Line {
  const { dw, db } = lineGradient(line, xs, ys);
  return { w: line.w - eta * dw, b: line.b - eta * db };
}

/** The best line (least squares, closed form): w* = cov(x, y) / var(x), b* = ȳ − w*·x̄. */
export function bestLine(xs: readonly number[], ys: readonly number[]): Line {
  const mx = mean(xs);
  const my = mean(ys);
  const cov = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? Number.NaN) - my)));
  const variance = mean(xs.map((x) => (x - mx) ** 2));
  const w = cov / variance;
  return { w, b: my - w * mx };
}

/**
 * The largest learning rate for which gradient descent on this loss
 * converges: 2 / λmax, where λmax is the largest eigenvalue of the Hessian
 *   H = 2·[[mean(x²), mean(x)], [mean(x), 1]].
 * Along that eigen-direction the error is multiplied by (1 − η·λmax) each
 * step, which shrinks only while |1 − η·λmax| < 1.
 */
export function criticalLearningRate(xs: readonly number[]): number {
  const a = 2 * mean(xs.map((x) => x * x));
  const c = 2 * mean(xs);
  const d = 2;
  // Eigenvalues of the symmetric 2×2 [[a, c], [c, d]].
  const lambdaMax = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + c * c);
  return 2 / lambdaMax;
}
