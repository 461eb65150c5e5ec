/**
 * Upgrades a scenario's raw JSON (scenario file v1, share links v1, worksheet
 * store v1) to the current shape before validation. Only fills what is
 * missing, so it is safe to run on current data too (idempotent):
 *   - acquisition: the old single `acquisitionMonthly` stays as unattributed
 *     spend, except when exactly one stream is on: then it is that stream's
 *     spend (what the old CAC meant); totals never change;
 *   - capacity planning uses the inference GPU (which the old file's GPU table has);
 *   - every other new field gets its default (defaults.ts): API accounts and
 *     advertisers 0 (no CAC until entered), fees on card-paid streams only,
 *     the shipped token price table, no ranges, the example exchange rate.
 * Never throws; anything that is not an object is returned as is for the
 * validator to refuse.
 */
import { DEFAULT_ADVERTISERS, DEFAULT_API_ACCOUNTS, DEFAULT_CAPACITY, DEFAULT_FEE_STREAMS, DEFAULT_EXCHANGE_RATE, DEFAULT_TOKEN_PRICES, DEFAULT_UNCERTAINTY } from '../model/defaults';
import { STREAM_IDS } from '../model/types';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fill(target: Json, key: string, value: unknown): void {
  if (!Object.hasOwn(target, key)) target[key] = structuredClone(value);
}

export function upgradeScenarioJson(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const out: Json = { ...raw };
  for (const [key, defaults] of [
    ['api', DEFAULT_API_ACCOUNTS],
    ['ads', DEFAULT_ADVERTISERS],
  ] as const) {
    const stream = out[key];
    if (isRecord(stream)) {
      const copy = { ...stream };
      for (const [field, value] of Object.entries(defaults)) fill(copy, field, value);
      out[key] = copy;
    }
  }
  if (!Object.hasOwn(out, 'acquisitionByStream')) {
    const on = STREAM_IDS.filter((id) => isRecord(out[id]) && out[id]['enabled'] === true);
    const total = out['acquisitionMonthly'];
    const byStream: Record<string, number> = { subscription: 0, api: 0, ads: 0, enterprise: 0 };
    if (on.length === 1 && typeof total === 'number') {
      byStream[on[0] as string] = total;
      out['acquisitionMonthly'] = 0;
    }
    out['acquisitionByStream'] = byStream;
  }
  fill(out, 'paymentFeeStreams', DEFAULT_FEE_STREAMS);
  if (!Object.hasOwn(out, 'capacity')) {
    const inference = out['inference'];
    const gpuId = isRecord(inference) && typeof inference['gpuId'] === 'string' ? inference['gpuId'] : DEFAULT_CAPACITY.gpuId;
    out['capacity'] = { ...DEFAULT_CAPACITY, gpuId };
  }
  fill(out, 'tokenPrices', DEFAULT_TOKEN_PRICES);
  fill(out, 'uncertainty', DEFAULT_UNCERTAINTY);
  fill(out, 'exchangeRate', DEFAULT_EXCHANGE_RATE);
  return out;
}
