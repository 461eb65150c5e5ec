import { describe, expect, it } from 'vitest';
import { relu, sigmoid, sigmoidDerivative, tanhDerivative } from '../../../src/math/activations';
import { plotFunctions } from '../../../src/math/plot-registry';

describe('plotFunctions', () => {
  it('offers the activations and derivatives the lessons plot', () => {
    for (const name of ['sigmoid', 'sigmoid-derivative', 'relu', 'relu-derivative', 'tanh', 'tanh-derivative']) {
      expect(Object.hasOwn(plotFunctions, name), name).toBe(true);
    }
  });

  it('maps names to the right functions', () => {
    expect(plotFunctions['sigmoid']?.fn(1.3)).toBe(sigmoid(1.3));
    expect(plotFunctions['sigmoid-derivative']?.fn(-0.4)).toBe(sigmoidDerivative(-0.4));
    expect(plotFunctions['relu']?.fn(-2)).toBe(relu(-2));
    expect(plotFunctions['tanh-derivative']?.fn(0)).toBe(tanhDerivative(0));
    // −ln(0.5) = 0.693147; −ln(1 − 0.75) = ln 4 = 1.386294; 1.5² = 2.25
    expect(plotFunctions['neg-log']?.fn(0.5)).toBeCloseTo(0.693147, 6);
    expect(plotFunctions['neg-log-one-minus']?.fn(0.75)).toBeCloseTo(1.386294, 6);
    expect(plotFunctions['square']?.fn(-1.5)).toBe(2.25);
  });

  it('gives finite values and a label for every function over a plot range', () => {
    for (const [name, { label, fn }] of Object.entries(plotFunctions)) {
      expect(label.length, name).toBeGreaterThan(0);
      for (let x = -6; x <= 6; x += 0.25) expect(Number.isFinite(fn(x)), `${name}(${x})`).toBe(true);
    }
  });
});
