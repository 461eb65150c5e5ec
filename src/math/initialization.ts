/**
 * Why initial weights are random, and how large they should be.
 *
 * A unit's pre-activation z = Σ_j w_j x_j sums n_in products. With weights of
 * mean 0 and variance Var(w), independent of inputs whose mean square is
 * E[x²], its variance is
 *   Var(z) = n_in · Var(w) · E[x²].
 * After a ReLU only the positive half survives, so E[ReLU(z)²] = Var(z)/2.
 * Each ReLU layer therefore multiplies the mean square of the signal by
 *   n_in · Var(w) / 2,
 * and L layers by that to the power L. To keep it at 1:
 *   He (Kaiming) initialization for ReLU:      Var(w) = 2 / n_in
 *   Glorot (Xavier), for tanh and sigmoid:    Var(w) = 2 / (n_in + n_out)
 *   LeCun:                                    Var(w) = 1 / n_in
 * (Glorot averages the forward pass's n_in and the backward pass's n_out;
 * tanh is close to the identity near 0, so no factor 2 is needed there.)
 */

export const heVariance = (fanIn: number): number => 2 / fanIn;
export const glorotVariance = (fanIn: number, fanOut: number): number => 2 / (fanIn + fanOut);
export const lecunVariance = (fanIn: number): number => 1 / fanIn;

/** Glorot's uniform version draws from [−a, a] with a = √(6/(n_in + n_out)), whose variance a²/3 is 2/(n_in + n_out). */
export const glorotUniformLimit = (fanIn: number, fanOut: number): number => Math.sqrt(6 / (fanIn + fanOut));

/** The factor by which one ReLU layer multiplies the mean square of its input: n_in · Var(w) / 2. */
export function reluLayerGain(fanIn: number, weightVariance: number): number {
  return (fanIn * weightVariance) / 2;
}

/** The mean square after `layers` ReLU layers, starting from 1: (n_in · Var(w) / 2)^layers. */
export function reluMeanSquareAfter(layers: number, fanIn: number, weightVariance: number): number {
  return reluLayerGain(fanIn, weightVariance) ** layers;
}
