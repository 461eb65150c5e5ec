/**
 * The arithmetic behind the optimizers of "Training well", on plain numbers.
 *
 * Momentum (the undamped form TensorFlow.js uses):
 *   v_t = β·v_{t−1} + g_t,   θ ← θ − η·v_t
 * For a gradient that keeps its sign, v_t = g·(1 − βᵗ)/(1 − β) → g/(1 − β): the
 * effective learning rate along that direction is η/(1 − β), ten times η for
 * β = 0.9. For a gradient that flips sign every step (a zig-zag across a
 * narrow valley), |v_t| → g/(1 + β), about half a plain step.
 *
 * Stability on a quadratic bowl with curvature λ: plain gradient descent
 * needs η·λ < 2; momentum ("heavy ball") needs η·λ < 2(1 + β).
 *
 * Adam (Kingma & Ba 2015), as tf.train.adam computes it, per parameter:
 *   m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,
 *   θ ← θ − η·(m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε)
 * AdamW (Loshchilov & Hutter 2019) also shrinks θ by (1 − η·λ) each step,
 * outside the gradient ("decoupled weight decay").
 */

/** η/(1 − β): the step momentum takes, per unit of a steady gradient, once its velocity has built up. */
export function effectiveLearningRate(eta: number, beta: number): number {
  return eta / (1 - beta);
}

/** Momentum's velocity after `steps` steps of the same gradient g = 1: (1 − βᵗ)/(1 − β). */
export function velocityForSteadyGradient(beta: number, steps: number): number {
  return (1 - beta ** steps) / (1 - beta);
}

/** |velocity| after `steps` steps of a gradient that flips sign every step (±1): |1 − (−β)ᵗ|/(1 + β). */
export function velocityForAlternatingGradient(beta: number, steps: number): number {
  return Math.abs(1 - (-beta) ** steps) / (1 + beta);
}

/** The largest stable learning rate on curvature λ: 2/λ for plain gradient descent, 2(1 + β)/λ with momentum β. */
export function stableLearningRateLimit(lambda: number, beta = 0): number {
  return (2 * (1 + beta)) / lambda;
}

/** Eigenvalues [larger, smaller] of the symmetric 2×2 matrix [[a, b], [b, d]]. */
export function symmetricEigenvalues2(a: number, b: number, d: number): [number, number] {
  const mid = (a + d) / 2;
  const radius = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  return [mid + radius, mid - radius];
}

export interface AdamSettings {
  readonly eta: number;
  readonly beta1?: number;
  readonly beta2?: number;
  /** tfjs uses the backend's epsilon, 1e-7 in float32. */
  readonly epsilon?: number;
  /** Decoupled weight decay λ (AdamW): θ ← θ·(1 − ηλ) before each Adam step. 0 is plain Adam. */
  readonly decoupledDecay?: number;
}

/**
 * Runs Adam (or AdamW) on one parameter for `steps` steps and returns its
 * values after each step. `gradient(θ)` is the gradient of whatever the loss
 * is, an L2 penalty included if there is one.
 */
export function adamTrajectory(theta0: number, gradient: (theta: number) => number, steps: number, settings: AdamSettings): number[] {
  const { eta, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7, decoupledDecay = 0 } = settings;
  let theta = theta0;
  let m = 0;
  let v = 0;
  const path: number[] = [];
  for (let t = 1; t <= steps; t++) {
    const g = gradient(theta);
    theta *= 1 - eta * decoupledDecay;
    m = beta1 * m + (1 - beta1) * g;
    v = beta2 * v + (1 - beta2) * g * g;
    theta -= (eta * (m / (1 - beta1 ** t))) / (Math.sqrt(v / (1 - beta2 ** t)) + epsilon);
    path.push(theta);
  }
  return path;
}

/** Plain gradient descent on one parameter: θ ← θ − η·gradient(θ); its values after each step. */
export function sgdTrajectory(theta0: number, gradient: (theta: number) => number, steps: number, eta: number): number[] {
  let theta = theta0;
  const path: number[] = [];
  for (let t = 0; t < steps; t++) {
    theta -= eta * gradient(theta);
    path.push(theta);
  }
  return path;
}
