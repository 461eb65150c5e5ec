/**
 * Share links: `#/share/<payload>`.
 *
 * - `v2:<check>:<data>` (written now): `data` = lz-string
 *   `compressToEncodedURIComponent(scenario file JSON)`, `check` = FNV-1a
 *   (32 bits, 8 hex digits) of that JSON. A link damaged in copying
 *   decompresses to different text and fails the check (a random change goes
 *   unnoticed with probability 2⁻³²), so it is refused instead of importing
 *   other numbers.
 * - `v1:<data>` (older links, no check): still opened.
 *
 * Decoding is bounded before any work: the payload's length, then the
 * decompressed length (lz-bounded.ts stops at MAX_SHARE_JSON characters
 * instead of expanding a crafted link to hundreds of millions). Each version
 * keeps its own decode branch; decoding never throws.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { err, type Result } from '../../result';
import type { Scenario } from '../model/types';
import { shortHash } from '../../hash';
import { decompressBounded, TOO_LONG } from './lz-bounded';
import { parseScenarioText, scenarioToFileObject, type ImportProblem, type ScenarioInputs } from './scenarioFile';
import type { Locale } from '../../i18n/locales';

export const SHARE_PREFIX_V1 = 'v1:';
export const SHARE_PREFIX_V2 = 'v2:';
/** Longest payload accepted (characters); a real scenario is ~1–2 k. */
export const MAX_SHARE_PAYLOAD = 50_000;
/** Longest scenario JSON a link may expand to (characters; a real one is ~3–5 k). */
export const MAX_SHARE_JSON = 200_000;

export type ShareProblem =
  | ImportProblem
  /** `version`: the link's prefix (`v7`), or null when it has none. */
  | { readonly kind: 'unknownLinkVersion'; readonly version: string | null }
  | { readonly kind: 'linkTooLong'; readonly length: number; readonly max: number }
  /** Decompressing would pass MAX_SHARE_JSON characters (stopped there). */
  | { readonly kind: 'linkExpandsTooFar'; readonly max: number }
  | { readonly kind: 'corruptLink' }
  /** The link's check does not match its content: damaged or altered. */
  | { readonly kind: 'checkFailed' };

export function encodeSharePayload(scenario: Scenario): string {
  const json = JSON.stringify(scenarioToFileObject(scenario));
  return `${SHARE_PREFIX_V2}${shortHash(json)}:${compressToEncodedURIComponent(json)}`;
}

/**
 * The full link for the current page: everything before the hash + `#/<locale>/share/` + payload,
 * so the link opens in the language it was shared in (the reader can switch).
 */
export function shareUrl(pageHref: string, scenario: Scenario, locale: Locale): string {
  return `${pageHref.replace(/#.*$/s, '')}#/${locale}/share/${encodeSharePayload(scenario)}`;
}

/** Decompresses with the bound; the problem when the data is not a link's. */
function expand(data: string): Result<string, ShareProblem> {
  const text = decompressBounded(data, MAX_SHARE_JSON);
  if (text === TOO_LONG) return err({ kind: 'linkExpandsTooFar', max: MAX_SHARE_JSON });
  if (!text) return err({ kind: 'corruptLink' });
  return { ok: true, value: text };
}

function parse(text: string): Result<ScenarioInputs, ShareProblem> {
  const parsed = parseScenarioText(text, MAX_SHARE_JSON);
  // Garbage that decompresses to non-JSON means the link was damaged.
  if (!parsed.ok && (parsed.error.kind === 'notJson' || parsed.error.kind === 'empty')) return err({ kind: 'corruptLink' });
  return parsed;
}

export function decodeSharePayload(rawPayload: string): Result<ScenarioInputs, ShareProblem> {
  let payload = rawPayload;
  // A router or a mail client may have percent-encoded the payload; its alphabet never contains '%'.
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return err({ kind: 'corruptLink' });
    }
  }
  if (payload.length > MAX_SHARE_PAYLOAD) return err({ kind: 'linkTooLong', length: payload.length, max: MAX_SHARE_PAYLOAD });
  if (payload.startsWith(SHARE_PREFIX_V2)) {
    const rest = payload.slice(SHARE_PREFIX_V2.length);
    const match = /^([0-9a-f]{8}):/.exec(rest);
    if (!match) return err({ kind: 'corruptLink' });
    const text = expand(rest.slice(match[0].length));
    if (!text.ok) return text;
    if (shortHash(text.value) !== match[1]) return err({ kind: 'checkFailed' });
    return parse(text.value);
  }
  if (payload.startsWith(SHARE_PREFIX_V1)) {
    const text = expand(payload.slice(SHARE_PREFIX_V1.length));
    return text.ok ? parse(text.value) : text;
  }
  const prefix = /^(v\d{1,6}):/.exec(payload);
  return err({ kind: 'unknownLinkVersion', version: prefix?.[1] ?? null });
}
