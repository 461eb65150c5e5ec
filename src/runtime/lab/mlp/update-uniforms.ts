/**
 * The learning-rate terms `updateProgram` reads each step (kernels.ts), as
 * tfjs's own optimizers compute them: in float32, from JavaScript numbers,
 * with Adam's running products β₁ᵗ and β₂ᵗ (tfjs's accBeta variables) kept
 * in float32 too. Shared by lab.mlp's fused step and lab.optimizer.
 */
import { UPDATE_UNIFORMS } from './kernels';

export interface UpdateRule {
  readonly optimizer: 'sgd' | 'momentum' | 'adam';
  readonly learningRate: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
}

/** Returns, per call, the uniforms of the next step (then advances Adam's β products). */
export function updateUniforms(rule: UpdateRule, epsilon: number): () => { type: string; data: number[] }[] {
  let accBeta1 = Math.fround(rule.beta1);
  let accBeta2 = Math.fround(rule.beta2);
  return () => {
    const values: Record<(typeof UPDATE_UNIFORMS)[number], number> = {
      negLearningRate: -rule.learningRate,
      momentum: rule.momentum,
      beta1: rule.beta1,
      beta2: rule.beta2,
      oneMinusBeta1: 1 - rule.beta1,
      oneMinusBeta2: 1 - rule.beta2,
      oneMinusAccBeta1: Math.fround(1 - accBeta1),
      oneMinusAccBeta2: Math.fround(1 - accBeta2),
      epsilon,
    };
    if (rule.optimizer === 'adam') {
      accBeta1 = Math.fround(accBeta1 * Math.fround(rule.beta1));
      accBeta2 = Math.fround(accBeta2 * Math.fround(rule.beta2));
    }
    return UPDATE_UNIFORMS.map((u) => ({ type: 'float32', data: [values[u]] }));
  };
}
