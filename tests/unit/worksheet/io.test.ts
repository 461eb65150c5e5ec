import { describe, expect, it } from 'vitest';
import { presetScenario, PRESET_IDS } from '../../../src/worksheet/model/presets';
import { parseScenarioText, scenarioToJson, scenarioToFileObject } from '../../../src/worksheet/io/scenarioFile';
import { decodeSharePayload, encodeSharePayload, MAX_SHARE_JSON, MAX_SHARE_PAYLOAD, shareUrl } from '../../../src/worksheet/io/share';
import { problemMessage } from '../../../src/worksheet/problems';
import { seededRandom } from './rng';
import { parseJsonSafely, MAX_IMPORT_BYTES } from '../../../src/worksheet/io/safeJson';
import { projectionToCsv } from '../../../src/worksheet/io/csv';
import { restoreScenario } from '../../../src/worksheet/io/restore';
import { project } from '../../../src/worksheet/model/project';
import { compressToEncodedURIComponent } from 'lz-string';
import { blankScenario } from './fixtures';
import { usd } from '../../../src/worksheet/model/units';

const hybrid = presetScenario('hybrid', 'id-1', 'My plan');

describe('JSON export → import', () => {
  it('round-trips every preset exactly (minus the id)', () => {
    for (const id of PRESET_IDS) {
      const s = presetScenario(id, 'x', id);
      const back = parseScenarioText(scenarioToJson(s));
      expect(back.ok).toBe(true);
      if (back.ok) expect({ ...back.value, id: 'x' }).toEqual(s);
    }
  });

  it('refuses an oversized file before parsing it', () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    const result = parseScenarioText(big);
    expect(result).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });

  it('refuses text that is not JSON, and an empty file', () => {
    expect(parseScenarioText('{"format": ')).toMatchObject({ ok: false, error: { kind: 'notJson' } });
    expect(parseScenarioText('  ')).toMatchObject({ ok: false, error: { kind: 'empty' } });
  });

  it('refuses another format and an unknown version', () => {
    expect(parseScenarioText('{"hello": 1}')).toMatchObject({ ok: false, error: { kind: 'wrongFormat' } });
    const file = { ...scenarioToFileObject(hybrid), version: 99 };
    expect(parseScenarioText(JSON.stringify(file))).toMatchObject({ ok: false, error: { kind: 'unsupportedVersion', version: '99' } });
  });

  it('refuses __proto__ keys and leaves Object.prototype clean', () => {
    const text = JSON.stringify(scenarioToFileObject(hybrid)).replace('"subscription":{', '"subscription":{"__proto__":{"polluted":true},');
    expect(parseScenarioText(text)).toMatchObject({ ok: false, error: { kind: 'forbiddenKey', key: '__proto__' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses deep nesting and long arrays', () => {
    expect(parseJsonSafely('['.repeat(100) + ']'.repeat(100))).toMatchObject({ ok: false, error: { kind: 'tooDeep' } });
    expect(parseJsonSafely(JSON.stringify(new Array(5000).fill(0)))).toMatchObject({ ok: false, error: { kind: 'arrayTooLong' } });
  });

  it('says which field is out of range', () => {
    const file = scenarioToFileObject(hybrid);
    const bad = { ...file, scenario: { ...file.scenario, subscription: { ...file.scenario.subscription, churn: 1.5, pricePerMonth: -3 } } };
    const result = parseScenarioText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid') {
      expect(result.error.issues.join('\n')).toContain('subscription.churn: must be at most 1');
      expect(result.error.issues.join('\n')).toContain('subscription.pricePerMonth: must be at least 0');
    } else throw new Error('expected invalid');
  });

  it('refuses numbers that overflow to Infinity and a GPU id missing from the table', () => {
    const text = scenarioToJson(hybrid).replace('"startingCash": 2000000', '"startingCash": 1e400');
    expect(parseScenarioText(text)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const file = scenarioToFileObject(hybrid);
    const noGpu = { ...file, scenario: { ...file.scenario, inference: { ...file.scenario.inference, gpuId: 'nope' } } };
    expect(parseScenarioText(JSON.stringify(noGpu))).toMatchObject({ ok: false, error: { kind: 'invalid', issues: [expect.stringContaining('inference.gpuId')] } });
  });
});

describe('fuzzed imports never throw out of the parser', () => {
  it('survives 3,000 random mutations of a valid file and 1,000 random strings', async () => {
    const { seededRandom } = await import('./rng');
    const random = seededRandom(20261101);
    const valid = scenarioToJson(hybrid);
    const alphabet = '{}[]":,0123456789.-eE truefalsnul\\_proto';
    const pick = (n: number) => Math.floor(random() * n);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let text = valid;
      const edits = 1 + pick(5);
      for (let e = 0; e < edits; e++) {
        const at = pick(text.length);
        const op = pick(4);
        if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + pick(20));
        else if (op === 1) text = text.slice(0, at) + alphabet.charAt(pick(alphabet.length)) + text.slice(at);
        else if (op === 2) text = text.slice(0, at) + String(random() * 10 ** pick(30) * (random() < 0.5 ? -1 : 1)) + text.slice(at + 1);
        else text = text.slice(0, at) + text.slice(at, at + pick(50)).repeat(1 + pick(3)) + text.slice(at);
      }
      const result = parseScenarioText(text);
      if (result.ok) {
        accepted++;
        // Anything accepted must project to finite numbers.
        const rows = project({ ...result.value, id: 'f' }).rows;
        expect(rows.every((r) => Number.isFinite(r.cash) && Number.isFinite(r.revenue))).toBe(true);
      }
    }
    for (let i = 0; i < 1000; i++) {
      const length = pick(200);
      let text = '';
      for (let c = 0; c < length; c++) text += alphabet.charAt(pick(alphabet.length));
      expect(() => parseScenarioText(text)).not.toThrow();
      expect(() => decodeSharePayload('v1:' + text)).not.toThrow();
    }
    // Some mutations (in whitespace, or number to number) keep the file valid: the fuzzer is reaching the schema.
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('share links', () => {
  it('encode → decode gives the same inputs (v2: with a check)', () => {
    const payload = encodeSharePayload(hybrid);
    expect(payload).toMatch(/^v2:[0-9a-f]{8}:/);
    const back = decodeSharePayload(payload);
    expect(back.ok && { ...back.value, id: hybrid.id }).toEqual(hybrid);
  });

  it('still opens v1 links (no check)', () => {
    const v1 = 'v1:' + compressToEncodedURIComponent(JSON.stringify(scenarioToFileObject(hybrid)));
    const back = decodeSharePayload(v1);
    expect(back.ok && { ...back.value, id: hybrid.id }).toEqual(hybrid);
  });

  it('builds the link from the page URL without its hash, in the language it is shared in', () => {
    const url = shareUrl('https://example.org/courses/lab/#/zh/lessons/x', hybrid, 'zh');
    const prefix = 'https://example.org/courses/lab/#/zh/share/';
    expect(url.slice(0, prefix.length)).toBe(prefix);
    // What follows is the scenario itself, not just something of the right shape.
    const back = decodeSharePayload(url.slice(prefix.length));
    expect(back.ok && { ...back.value, id: hybrid.id }).toEqual(hybrid);
    expect(shareUrl('https://example.org/courses/lab/', hybrid, 'en').startsWith('https://example.org/courses/lab/#/en/share/v2:')).toBe(true);
  });

  it('refuses every damaged v2 link instead of importing other numbers (share/bit-flips-integrity)', () => {
    const payload = encodeSharePayload(hybrid);
    const start = payload.indexOf(':', 3) + 1;
    const rng = seededRandom(7);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    let v1Different = 0;
    const v1 = 'v1:' + compressToEncodedURIComponent(JSON.stringify(scenarioToFileObject(hybrid)));
    for (let i = 0; i < 400; i++) {
      const at = start + Math.floor(rng() * (payload.length - start));
      const replacement = alphabet[Math.floor(rng() * alphabet.length)] ?? 'A';
      const damaged = payload.slice(0, at) + replacement + payload.slice(at + 1);
      const decoded = decodeSharePayload(damaged);
      // Either refused, or (the character was replaced by itself) exactly the same scenario.
      if (decoded.ok) expect({ ...decoded.value, id: hybrid.id }).toEqual(hybrid);
      else expect(['checkFailed', 'corruptLink', 'invalid', 'wrongFormat', 'notJson', 'forbiddenKey', 'tooDeep', 'arrayTooLong', 'linkExpandsTooFar']).toContain(decoded.error.kind);
      // The same damage to a v1 link (no check): how often it imports different numbers.
      const v1At = 3 + (at - start) % (v1.length - 3);
      const oldDamaged = decodeSharePayload(v1.slice(0, v1At) + replacement + v1.slice(v1At + 1));
      if (oldDamaged.ok && JSON.stringify({ ...oldDamaged.value, id: hybrid.id }) !== JSON.stringify(hybrid)) v1Different += 1;
    }
    // The check is what makes the difference: without it some damaged links import other numbers.
    expect(v1Different).toBeGreaterThan(0);
  });

  it('stops decompressing a link bomb at the cap and says so, quoting the cap (share/lz-bomb)', () => {
    const bomb = 'v1:' + compressToEncodedURIComponent('1'.repeat(250_000));
    expect(bomb.length).toBeLessThan(MAX_SHARE_PAYLOAD);
    const decoded = decodeSharePayload(bomb);
    expect(decoded).toEqual({ ok: false, error: { kind: 'linkExpandsTooFar', max: MAX_SHARE_JSON } });
    expect(problemMessage({ kind: 'linkExpandsTooFar', max: MAX_SHARE_JSON })).toContain(String(MAX_SHARE_JSON));
  });

  it('an oversized link quotes the link’s own cap, not the file import’s (share/limit-message)', () => {
    const decoded = decodeSharePayload('v2:' + 'A'.repeat(60_000));
    expect(decoded).toEqual({ ok: false, error: { kind: 'linkTooLong', length: 60_003, max: MAX_SHARE_PAYLOAD } });
    const message = problemMessage({ kind: 'linkTooLong', length: 60_003, max: MAX_SHARE_PAYLOAD });
    expect(message).toContain(String(MAX_SHARE_PAYLOAD));
    expect(message).not.toContain(String(MAX_IMPORT_BYTES));
  });

  it('version messages name the version or say there is none, never "undefined" (share/version-*, import/version-*)', () => {
    const noPrefix = decodeSharePayload('abc');
    const v9 = decodeSharePayload('v9:abc');
    expect(noPrefix).toEqual({ ok: false, error: { kind: 'unknownLinkVersion', version: null } });
    expect(v9).toEqual({ ok: false, error: { kind: 'unknownLinkVersion', version: 'v9' } });
    const file = scenarioToFileObject(hybrid);
    const missing = parseScenarioText(JSON.stringify({ format: file.format, scenario: file.scenario }));
    const seven = parseScenarioText(JSON.stringify({ ...file, version: 7 }));
    expect(missing).toEqual({ ok: false, error: { kind: 'unsupportedVersion', version: null } });
    expect(seven).toEqual({ ok: false, error: { kind: 'unsupportedVersion', version: '7' } });
    const messages = [noPrefix, v9, missing, seven].map((r) => (r.ok ? 'ok' : problemMessage(r.error)));
    expect(messages[0]).toContain('does not say which encoding');
    expect(messages[1]).toContain('“v9”');
    expect(messages[2]).toContain('does not say which file version');
    expect(messages[3]).toContain('file version 7');
    expect(messages.join(' ')).not.toMatch(/undefined|null/);
  });

  it('refuses a scenario name of spaces only (share/name-blank, import/name-blank)', () => {
    const file = scenarioToFileObject(hybrid);
    const blank = parseScenarioText(JSON.stringify({ ...file, scenario: { ...file.scenario, name: '   ' } }));
    expect(blank).toEqual({ ok: false, error: { kind: 'invalid', issues: ['name: must not be blank'] } });
    const link = 'v1:' + compressToEncodedURIComponent(JSON.stringify({ ...file, scenario: { ...file.scenario, name: ' \t ' } }));
    expect(decodeSharePayload(link)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('reports tampered, truncated, unknown-version and invalid links', () => {
    const payload = encodeSharePayload(hybrid);
    expect(decodeSharePayload(payload.slice(0, payload.length / 2))).toMatchObject({ ok: false });
    expect(decodeSharePayload('v1:!!!not-lz')).toMatchObject({ ok: false, error: { kind: 'corruptLink' } });
    expect(decodeSharePayload('v9:abc')).toMatchObject({ ok: false, error: { kind: 'unknownLinkVersion' } });
    expect(decodeSharePayload('v1:' + 'A'.repeat(60_000))).toMatchObject({ ok: false, error: { kind: 'linkTooLong' } });
    const file = scenarioToFileObject(hybrid);
    const evil = 'v1:' + compressToEncodedURIComponent(JSON.stringify({ ...file, scenario: { ...file.scenario, horizonMonths: 10_000 } }));
    expect(decodeSharePayload(evil)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('CSV export', () => {
  it('has a month header then one column per output, with the projection’s numbers', () => {
    const s = { ...blankScenario(2), fixedMonthly: usd(100.005), startingCash: usd(1000) };
    const csv = projectionToCsv(project(s).rows);
    const lines = csv.trim().split('\n');
    expect(lines[0]?.startsWith('month,subscribers,')).toBe(true);
    expect(lines[0]?.endsWith(',netIncome,cumulativeCashFlow,funding,cash')).toBe(true);
    expect(lines).toHaveLength(3);
    // cash: 1000 − 100.005 = 899.995 → 900 (cents rounding: 899.995·100 = 89999.5 in float → 90000 or 89999)
    const cash = Number(lines[1]?.split(',').at(-1));
    expect(Math.abs(cash - 899.995)).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('appends the figures with their definitions after an empty line, quoting text that needs it', () => {
    const s = { ...blankScenario(1), fixedMonthly: usd(10) };
    const csv = projectionToCsv(project(s).rows, [
      { figure: 'runwayMonths', value: 0, definition: 'months before cash first goes below zero' },
      { figure: 'cashOutMonth', value: null, definition: 'first month with cash < 0, "none" if never, within H' },
    ]);
    const [monthly, figures] = csv.split('\n\n');
    expect(monthly?.split('\n')).toHaveLength(2);
    expect(figures?.trim().split('\n')).toEqual([
      'figure,value,definition',
      'runwayMonths,0,months before cash first goes below zero',
      'cashOutMonth,,"first month with cash < 0, ""none"" if never, within H"',
    ]);
  });
});

describe('restoring persisted scenarios', () => {
  it('keeps good fields, resets bad ones and drops bad list entries', () => {
    const stored = JSON.parse(JSON.stringify(scenarioToFileObject(hybrid).scenario)) as Record<string, unknown>;
    (stored['subscription'] as Record<string, unknown>)['churn'] = 'lots';
    (stored['subscription'] as Record<string, unknown>)['pricePerMonth'] = 42;
    stored['funding'] = [{ month: 2, amount: 5 }, { month: -1, amount: 9 }];
    delete stored['ads'];
    const restored = restoreScenario(stored, hybrid, 'new-id');
    expect(restored.id).toBe('new-id');
    expect(restored.subscription.pricePerMonth).toBe(42);
    expect(restored.subscription.churn).toBe(hybrid.subscription.churn);
    expect(restored.funding).toEqual([{ month: 2, amount: 5 }]);
    expect(restored.ads).toEqual(hybrid.ads);
  });

  it('turns garbage into the fallback', () => {
    expect(restoreScenario(null, hybrid, 'k')).toEqual({ ...hybrid, id: 'k' });
    expect(restoreScenario('x', hybrid, 'k')).toEqual({ ...hybrid, id: 'k' });
  });
});
