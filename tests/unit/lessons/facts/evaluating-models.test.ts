/** "Evaluating a model": the worked confusion matrix's metrics, their Wilson intervals, the always-no baseline. */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/evaluating-models/facts';
import { expectUsesExactly, fixed, grouped, percent } from './helpers';

/** Wilson 95 % interval, written out again here: (p + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p(1 − p)/n + z²/4n²). */
function wilson(k: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

describe('evaluating-models facts', () => {
  it('match the arithmetic', () => {
    const { tp, fp, fn, tn } = i.worked; // 40, 10, 20, 930
    const all = tp + fp + fn + tn;
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f = (2 * p * r) / (p + r);
    const [accLow, accHigh] = wilson(tp + tn, all);
    const [recLow, recHigh] = wilson(tp, tp + fn);
    expect(facts).toEqual({
      tp: '40', fp: '10', fn: '20', tn: '930', worked_total: grouped(all), worked_positives: String(tp + fn),
      tp_plus_tn: String(tp + tn), tp_plus_fp: String(tp + fp), tp_plus_fn: String(tp + fn), worked_total_plain: String(all),
      worked_accuracy: fixed((tp + tn) / all, 3),
      worked_precision: fixed(p, 3),
      worked_recall: fixed(r, 3),
      worked_f1: fixed(f, 3),
      worked_accuracy_pct: percent((tp + tn) / all, 1),
      worked_precision_pct: percent(p, 1),
      worked_recall_pct: percent(r, 1),
      worked_f1_pct: percent(f, 1),
      cases: grouped(i.cases), positives: String(i.positives), always_no_accuracy: percent(1 - i.positives / i.cases, 1),
      z_95: '1.96',
      accuracy_low: percent(accLow, 1), // 95.7%
      accuracy_high: percent(accHigh, 1), // 97.9%
      recall_low: percent(recLow, 1), // 54.1%
      recall_high: percent(recHigh, 1), // 77.3%
      epochs: '30', auc_at_least: '0.9', ap_factor: '4', low_threshold: '0.2', test_cases: '400',
      undertrained_epochs: '3', undertrained_auc: '0.85',
    });
    // "F1 lies between precision and recall, nearer the lower one."
    expect(f).toBeGreaterThan(Math.min(p, r));
    expect(f - Math.min(p, r)).toBeLessThan(Math.max(p, r) - f);
    // The example's test set is the last 20 % of its 2,000 cases.
    expect(i.testCases).toBe(2000 - Math.round(2000 * 0.8));
    expectUsesExactly('evaluating-models', facts);
  });
});
