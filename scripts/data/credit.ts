/**
 * Writes public/data/credit.json, the credit-scoring lesson's data set
 * (src/data/credit.ts makes it; seeded, so the file is the same every time).
 * Run: npx tsx scripts/data/credit.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCredit } from '../../src/data/credit';

export const CREDIT_FILE = resolve(import.meta.dirname, '../../public/data/credit.json');

const data = generateCredit();
const text = JSON.stringify(data);
writeFileSync(CREDIT_FILE, text + '\n');
const defaults = data.rows.filter((r) => r.at(-1) === 1).length;
console.log(`wrote ${CREDIT_FILE}: ${data.rows.length} rows, ${defaults} defaults (${((defaults / data.rows.length) * 100).toFixed(1)} %), ${text.length + 1} bytes`);
