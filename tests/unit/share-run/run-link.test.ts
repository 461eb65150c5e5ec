/**
 * Run links (src/share-run/run-link.ts): what is shared comes back exactly;
 * a link damaged in copying, altered, too long, expanding too far, of
 * another version or with a bad field is refused with its reason, never
 * thrown and never half-read.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { shortHash } from '../../../src/hash';
import { decodeRunPayload, encodeRunPayload, MAX_RUN_JSON, MAX_RUN_PAYLOAD, runLinkUrl, type SharedRun } from '../../../src/share-run/run-link';

const RUN: SharedRun = {
  lesson: 'gradient-descent',
  example: 'descent-by-hand',
  code: 'const lr = lab.control("learning rate", { kind: "number", value: 0.1 });\nlab.print(`学习率 ${lr}`);\n',
  settings: { 'learning rate': 0.3, activation: 'tanh', kernel: [[1, 0], [0, 1]] },
  seed: 42,
};
const payloadOf = (json: string) => `r1:${shortHash(json)}:${compressToEncodedURIComponent(json)}`;

describe('run links', () => {
  it('round-trip the code, settings and seed, also percent-encoded by a mail client', () => {
    const payload = encodeRunPayload(RUN);
    expect(decodeRunPayload(payload)).toEqual({ ok: true, value: RUN });
    expect(decodeRunPayload(encodeURIComponent(payload))).toEqual({ ok: true, value: RUN });
    expect(runLinkUrl('https://x.org/lab/#/en/lessons/a', RUN, 'zh')).toBe(`https://x.org/lab/#/zh/run/${payload}`);
  });

  it('refuses a link changed in copying (the check), cut short, or of another version', () => {
    const payload = encodeRunPayload(RUN);
    const flipped = payload.slice(0, -3) + (payload.at(-3) === 'A' ? 'B' : 'A') + payload.slice(-2);
    expect(decodeRunPayload(flipped)).toMatchObject({ ok: false, error: { kind: expect.stringMatching(/checkFailed|corrupt/) as unknown } });
    expect(decodeRunPayload(payload.slice(0, 20))).toMatchObject({ ok: false });
    expect(decodeRunPayload(`r1:deadbeef:${payload.split(':')[2] ?? ''}`)).toEqual({ ok: false, error: { kind: 'checkFailed' } });
    expect(decodeRunPayload('r9:abc')).toEqual({ ok: false, error: { kind: 'unknownVersion', version: 'r9' } });
    expect(decodeRunPayload('hello')).toEqual({ ok: false, error: { kind: 'unknownVersion', version: null } });
    expect(decodeRunPayload('r1:%E0%A4%A')).toEqual({ ok: false, error: { kind: 'corrupt' } });
  });

  it('bounds the work: a long payload is refused before decompressing, a crafted one stops at the limit', () => {
    expect(decodeRunPayload(`r1:00000000:${'A'.repeat(MAX_RUN_PAYLOAD)}`)).toMatchObject({ ok: false, error: { kind: 'tooLong', max: MAX_RUN_PAYLOAD } });
    const huge = JSON.stringify({ ...RUN, code: 'x'.repeat(MAX_RUN_JSON) });
    const payload = payloadOf(huge);
    expect(payload.length).toBeLessThan(MAX_RUN_PAYLOAD);
    expect(decodeRunPayload(payload)).toEqual({ ok: false, error: { kind: 'expandsTooFar', max: MAX_RUN_JSON } });
  });

  it.each([
    ['a lesson that is not a slug', { ...RUN, lesson: '../etc' }, 'lesson'],
    ['a seed that is not a whole number', { ...RUN, seed: 1.5 }, 'seed'],
    ['a setting that is an object', { ...RUN, settings: { lr: { evil: 1 } } }, 'settings.lr'],
    ['code that is not text', { ...RUN, code: 7 }, 'code'],
  ])('refuses %s, naming the field', (_name, run, field) => {
    expect(decodeRunPayload(payloadOf(JSON.stringify(run)))).toEqual({ ok: false, error: { kind: 'invalid', field } });
  });

  it('refuses a setting named __proto__ and leaves Object.prototype alone', () => {
    const result = decodeRunPayload(payloadOf('{"lesson":"a","example":"b","code":"","settings":{"__proto__":{"polluted":1}},"seed":1}'));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
