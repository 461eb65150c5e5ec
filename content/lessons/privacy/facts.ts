/**
 * Numbers quoted by "Privacy": the examples' settings and the stated results
 * their tests check, and the arithmetic of the noise. The 87 % is quoted data
 * (Sweeney's study of the 1990 US census), not computed.
 */
import { fmt, fmtPercent } from '../../../src/format/prose';

export const inputs = {
  /** Sweeney (2000): share of the US population unique by ZIP code, birth date and sex. */
  sweeneyShare: 0.87,
  clipNorm: 1,
  batchSize: 20,
  /** The noise multiplier ν of the worked example, and the largest one the example sweeps. */
  nuWorked: 4,
  nuMax: 16,
  /** The example's learning rate and test set. */
  eta: 0.5,
  testPeople: 500,
  /** k of the k-anonymity example. */
  kExample: 5,
  /** The DP example's test: accuracy falls by at least this from ν = 0 to the largest ν. */
  accuracyDrop: 0.1,
  clients: 5,
  rounds: 20,
  /** The federated example's test: FedAvg within this of pooled training. */
  fedGap: 0.02,
} as const;

const i = inputs;

export const facts: Readonly<Record<string, string>> = {
  sweeney: fmtPercent(i.sweeneyShare, 0),
  clip: fmt(i.clipNorm, 0),
  batch: fmt(i.batchSize, 0),
  nu_worked: fmt(i.nuWorked, 0),
  noise_sum_std: fmt(i.nuWorked * i.clipNorm, 0),
  noise_mean_std: fmt((i.nuWorked * i.clipNorm) / i.batchSize, 2),
  nu_max: fmt(i.nuMax, 0),
  eta: fmt(i.eta, 1),
  max_step: fmt((i.eta * i.clipNorm) / i.batchSize, 3),
  test_people: fmt(i.testPeople, 0),
  k_example: fmt(i.kExample, 0),
  accuracy_drop: fmt(i.accuracyDrop * 100, 0),
  clients: fmt(i.clients, 0),
  rounds: fmt(i.rounds, 0),
  fed_gap: fmt(i.fedGap * 100, 0),
};
