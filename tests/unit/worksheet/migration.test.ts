/**
 * Old data still opens, migrated, nothing lost: a scenario saved by the
 * first release (worksheet store v1), a scenario file v1 and a v1 share link
 * all gain the new inputs with their defaults, keep every old value, and
 * keep the same total acquisition spend.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { migrateWorksheet } from '../../../src/store/worksheet';
import { DEFAULT_CAPACITY, DEFAULT_FEE_STREAMS, DEFAULT_TOKEN_PRICES } from '../../../src/worksheet/model/defaults';
import { presetScenario } from '../../../src/worksheet/model/presets';
import { project } from '../../../src/worksheet/model/project';
import { parseScenarioText, SCENARIO_FILE_VERSION, SCENARIO_FORMAT, scenarioToFileObject } from '../../../src/worksheet/io/scenarioFile';
import { decodeSharePayload } from '../../../src/worksheet/io/share';
import { upgradeScenarioJson } from '../../../src/worksheet/io/upgrade';

/** A scenario exactly as the first release wrote it (no field added since). */
function v1(preset: Parameters<typeof presetScenario>[0], acquisitionMonthly: number, name = 'Old'): Record<string, unknown> {
  const { scenario } = scenarioToFileObject(presetScenario(preset, 'x', name));
  const { acquisitionByStream: _a, paymentFeeStreams: _f, capacity: _c, tokenPrices: _t, uncertainty: _u, ...old } = scenario;
  const { newAccountsMonth1: _n, accountChurn: _ac, ...api } = old.api;
  const { newAdvertisersMonth1: _v, advertiserChurn: _vc, ...ads } = old.ads;
  return JSON.parse(JSON.stringify({ ...old, api, ads, acquisitionMonthly })) as Record<string, unknown>;
}

const file = (scenario: unknown, version = 1) => JSON.stringify({ format: SCENARIO_FORMAT, version, scenario });

describe('upgrading a v1 scenario', () => {
  it('attributes the old acquisition spend to the only stream that is on', () => {
    const up = upgradeScenarioJson(v1('subscription-saas', 25_000)) as Record<string, unknown>;
    expect(up['acquisitionMonthly']).toBe(0);
    expect(up['acquisitionByStream']).toEqual({ subscription: 25_000, api: 0, ads: 0, enterprise: 0 });
  });

  it('keeps it unattributed when several streams are on (total unchanged, blended CAC only)', () => {
    const up = upgradeScenarioJson(v1('hybrid', 25_000)) as Record<string, unknown>;
    expect(up['acquisitionMonthly']).toBe(25_000);
    expect(up['acquisitionByStream']).toEqual({ subscription: 0, api: 0, ads: 0, enterprise: 0 });
  });

  it('plans capacity on the inference GPU, which an old custom GPU table has', () => {
    const old = v1('hybrid', 1);
    const custom = { ...old, gpus: [{ id: 'mine', name: 'Mine', peakFlopsPerSecond: 1e14, precision: 'x', pricePerHour: 1, checked: '2026-01' }], inference: { ...(old['inference'] as object), gpuId: 'mine' }, training: { ...(old['training'] as object), gpuId: 'mine' } };
    const parsed = parseScenarioText(file(custom));
    expect(parsed.ok && parsed.value.capacity).toEqual({ ...DEFAULT_CAPACITY, gpuId: 'mine' });
  });

  it('is idempotent on current data', () => {
    const { scenario } = scenarioToFileObject(presetScenario('hybrid', 'x', 'x'));
    expect(upgradeScenarioJson(JSON.parse(JSON.stringify(scenario)))).toEqual(JSON.parse(JSON.stringify(scenario)));
  });
});

describe('old files, links and storage open, nothing lost', () => {
  it('a v1 file imports with every old value, the new defaults, and the same total acquisition each month', () => {
    const old = v1('subscription-saas', 25_000, 'Saved plan');
    const parsed = parseScenarioText(file(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const s = parsed.value;
    expect(s.name).toBe('Saved plan');
    expect(s.subscription).toEqual(old['subscription']);
    expect(s.funding).toEqual(old['funding']);
    expect(s.gpus).toEqual(old['gpus']);
    expect(s.api).toMatchObject({ ...(old['api'] as object), newAccountsMonth1: 0 });
    expect(s.paymentFeeStreams).toEqual(DEFAULT_FEE_STREAMS);
    expect(s.tokenPrices).toEqual(DEFAULT_TOKEN_PRICES);
    expect(s.uncertainty.ranges).toEqual([]);
    expect(project({ ...s, id: 'x' }).rows.every((r) => r.acquisitionCost === 25_000)).toBe(true);
  });

  it('files are now written as version 2 and read back unchanged', () => {
    const s = presetScenario('ad-supported-app', 'x', 'Ads');
    expect(SCENARIO_FILE_VERSION).toBe(2);
    const parsed = parseScenarioText(JSON.stringify(scenarioToFileObject(s)));
    expect(parsed.ok && { ...parsed.value, id: 'x' }).toEqual(s);
  });

  it('a v1 share link decodes, migrated', () => {
    const payload = 'v1:' + compressToEncodedURIComponent(file(v1('model-as-a-service', 30_000, 'Linked')));
    const decoded = decodeSharePayload(payload);
    expect(decoded.ok && decoded.value.acquisitionByStream.enterprise).toBe(30_000);
    expect(decoded.ok && decoded.value.name).toBe('Linked');
  });

  it('worksheet store v1 migrates every scenario, keeping ids, the active one and the comparison', () => {
    const persisted = {
      scenarios: [
        { ...v1('subscription-saas', 25_000, 'A'), id: 'a' },
        { ...v1('hybrid', 25_000, 'B'), id: 'b' },
      ],
      activeId: 'b',
      compareIds: ['a', 'b'],
    };
    const state = migrateWorksheet(persisted, 1);
    expect(state.scenarios.map((s) => [s.id, s.name])).toEqual([['a', 'A'], ['b', 'B']]);
    expect(state.activeId).toBe('b');
    expect(state.compareIds).toEqual(['a', 'b']);
    expect(state.scenarios[0]?.acquisitionByStream.subscription).toBe(25_000);
    // The hybrid keeps its $25k unattributed, not the hybrid preset's own split on top of it.
    expect(state.scenarios[1]?.acquisitionMonthly).toBe(25_000);
    expect(state.scenarios[1]?.acquisitionByStream).toEqual({ subscription: 0, api: 0, ads: 0, enterprise: 0 });
  });
});
