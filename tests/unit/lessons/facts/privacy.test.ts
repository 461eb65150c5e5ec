/** "Privacy": the noise arithmetic of DP-SGD and the examples' settings. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/privacy/facts';
import { expectUsesExactly, fixed, percent } from './helpers';

describe('privacy facts', () => {
  it('match the noise arithmetic', () => {
    // ν = 4, C = 1, B = 20: noise std 4 on the sum, 4/20 = 0.2 on the mean; one person moves θ by at most ηC/B = 0.5/20.
    expect(facts).toEqual({
      sweeney: percent(i.sweeneyShare, 0), // quoted data (Sweeney 2000), not computed
      clip: String(i.clipNorm),
      batch: String(i.batchSize),
      nu_worked: String(i.nuWorked),
      noise_sum_std: fixed(i.nuWorked * i.clipNorm, 0),
      noise_mean_std: fixed((i.nuWorked * i.clipNorm) / i.batchSize, 2),
      nu_max: String(i.nuMax),
      eta: fixed(i.eta, 1),
      max_step: fixed((i.eta * i.clipNorm) / i.batchSize, 3), // 0.025
      test_people: String(i.testPeople),
      k_example: String(i.kExample),
      accuracy_drop: fixed(i.accuracyDrop * 100, 0),
      clients: String(i.clients),
      rounds: String(i.rounds),
      fed_gap: fixed(i.fedGap * 100, 0),
    });
    // The example tests on the people after the first 1,500 of 2,000.
    expect(i.testPeople).toBe(2000 - 1500);
    expectUsesExactly('privacy', facts);
  });
});
