/** "Credit scoring": the shipped file's size and default rate, the split, and the worked calibration error. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/credit-scoring/facts';
import { expectUsesExactly, fixed, grouped, percent, PUBLIC_DIR, sig } from './helpers';

describe('credit-scoring facts', () => {
  it('describe the shipped file and work the calibration example by hand', () => {
    const file = join(PUBLIC_DIR, 'data/credit.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { columns: string[]; rows: number[][] };
    const defaults = data.rows.filter((r) => r[6] === 1).length;
    const testShare = 1 - i.trainShare - i.validationShare; // 0.2
    // Two bins: 200 at 0.12 with 30 defaults (0.15), 50 at 0.34 with 13 defaults (0.26).
    const [a, b] = i.calibrationExample;
    const gapA = Math.abs(a.defaults / a.borrowers - a.predicted); // 0.03
    const gapB = Math.abs(b.defaults / b.borrowers - b.predicted); // 0.08
    const total = a.borrowers + b.borrowers;
    expect(facts).toEqual({
      rows: grouped(data.rows.length), features: String(data.columns.length - 1),
      default_rate: percent(defaults / data.rows.length, 1),
      no_default_rate: percent(1 - defaults / data.rows.length, 1),
      file_kb: fixed(statSync(file).size / 1024, 0),
      train_share: '60%', validation_share: '20%', test_share: '20%',
      test_borrowers: String(Math.round(data.rows.length * testShare)),
      ap_factor: '2', ece_below: '0.05', random_ece_below: '0.1',
      cal_n1: '200', cal_p1: '12%', cal_d1: '30', cal_o1: percent(a.defaults / a.borrowers, 0),
      cal_n2: '50', cal_p2: '34%', cal_d2: '13', cal_o2: percent(b.defaults / b.borrowers, 0),
      cal_gap1: fixed(gapA, 2), cal_gap2: fixed(gapB, 2),
      cal_w1: fixed(a.borrowers / total, 1), cal_w2: fixed(b.borrowers / total, 1),
      cal_ece: fixed((a.borrowers / total) * gapA + (b.borrowers / total) * gapB, 3), // 0.8·0.03 + 0.2·0.08 = 0.040
      real_auc: '0.75', random_low: '0.4', random_high: '0.6',
      confident: '0.99', squashed: fixed(sig(i.confident), 2),
    });
    expectUsesExactly('credit-scoring', facts);
  });
});
