/** The shipped credit data set is exactly what its generator makes, and has the signal and imbalance the lesson describes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDIT_COLUMNS, generateCredit } from '../../../src/data/credit';

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/credit.json'), 'utf8')) as unknown;

describe('credit data set', () => {
  it('is reproduced exactly by scripts/data/credit.ts (seeded)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(generateCredit())));
  });

  it('is imbalanced, with defaults more common among high-debt borrowers', () => {
    const { rows, columns } = generateCredit();
    expect(columns).toEqual([...CREDIT_COLUMNS]);
    const rate = rows.filter((r) => r[6] === 1).length / rows.length;
    expect(rate).toBeGreaterThan(0.1);
    expect(rate).toBeLessThan(0.3);
    const byDebt = (high: boolean) => {
      const group = rows.filter((r) => ((r[2] ?? 0) > 0.5) === high);
      return group.filter((r) => r[6] === 1).length / group.length;
    };
    expect(byDebt(true)).toBeGreaterThan(byDebt(false) * 1.5);
  });
});
