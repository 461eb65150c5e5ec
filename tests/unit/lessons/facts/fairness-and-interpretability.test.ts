/** "Fairness and interpretability": the ten-applicant example by hand, and the credit data's groups, default rates and proxy recounted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from '../../../../content/lessons/fairness-and-interpretability/facts';
import { expectUsesExactly, fixed, grouped, percent, PUBLIC_DIR } from './helpers';

const data = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/credit.json'), 'utf8')) as { rows: number[][] };

describe('fairness-and-interpretability facts', () => {
  it('match the hand counts and the shipped data', () => {
    // Columns: age 0, history_years 4, defaulted 6.
    const rows = data.rows;
    const young = rows.filter((r) => (r[0] ?? NaN) < 30);
    const older = rows.filter((r) => (r[0] ?? NaN) >= 30);
    const rate = (g: number[][]) => g.filter((r) => r[6] === 1).length / g.length;
    const ages = rows.map((r) => r[0] ?? NaN);
    const hist = rows.map((r) => r[4] ?? NaN);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const [ma, mh] = [mean(ages), mean(hist)];
    const r = ages.reduce((s, a, k) => s + (a - ma) * ((hist[k] ?? NaN) - mh), 0) / Math.sqrt(ages.reduce((s, a) => s + (a - ma) ** 2, 0) * hist.reduce((s, h) => s + (h - mh) ** 2, 0));
    // AUC of −history for "under 30": the share of (young, older) pairs where the young one has the shorter history (ties ½).
    let wins = 0;
    for (const y of young) for (const o of older) wins += (y[4] ?? NaN) < (o[4] ?? NaN) ? 1 : y[4] === o[4] ? 0.5 : 0;
    expect(facts).toEqual({
      age_limit: '30',
      borrowers: grouped(rows.length),
      young_count: grouped(young.length),
      young_share: percent(young.length / rows.length, 0),
      young_default: percent(rate(young), 0),
      older_default: percent(rate(older), 0),
      age_history_r: fixed(r, 2),
      history_auc: fixed(wins / (young.length * older.length), 2),
      // Ten applicants, A = first five (defaulted 0 0 0 0 1), B = last five (0 0 1 1 1).
      toy_a_repayers: '4',
      toy_b_repayers: '2',
      perfect_a: '80%', // approves its 4 repayers of 5
      perfect_b: '40%', // 2 of 5
      perfect_dp_gap: '40',
      perfect_eo_gap: '0', // every repayer approved in both groups
      parity_a: '60%', // 3 of 5 in each group
      parity_b: '60%',
      parity_a_repayers: '75%', // 3 of A's 4 repayers
      parity_b_repayers: '50%', // 1 of B's 2 repayers
      parity_eo_gap: '25',
      parity_b_defaulters: '67%', // 2 of B's 3 defaulters
      threshold: '0.25',
      gap_at_least: '15',
      remaining_share: '67%',
      opportunity_gap_at_least: '15',
      auc_change_below: '0.01',
      importance_growth: '2',
    });
    expectUsesExactly('fairness-and-interpretability', facts);
  });
});
