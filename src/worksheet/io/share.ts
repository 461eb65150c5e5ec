/**
 * Share links: `#/share/<payload>`, payload = `v1:` + lz-string
 * `compressToEncodedURIComponent(scenario file JSON)`. The prefix names the
 * encoding version; each version keeps its own decode branch so old links
 * keep working. Decoding never throws.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { err, type Result } from '../../result';
import type { Scenario } from '../model/types';
import { parseScenarioText, scenarioToFileObject, type ImportProblem, type ScenarioInputs } from './scenarioFile';

export const SHARE_PREFIX_V1 = 'v1:';
/** Longest payload accepted (characters); a real scenario is ~1–2 k. */
export const MAX_SHARE_PAYLOAD = 50_000;
const MAX_SHARE_JSON = 200_000;

export type ShareProblem =
  | ImportProblem
  | { readonly kind: 'unknownLinkVersion' }
  | { readonly kind: 'linkTooLong' }
  | { readonly kind: 'corruptLink' };

export function encodeSharePayload(scenario: Scenario): string {
  return SHARE_PREFIX_V1 + compressToEncodedURIComponent(JSON.stringify(scenarioToFileObject(scenario)));
}

/** The full link for the current page: everything before the hash + `#/share/` + payload. */
export function shareUrl(pageHref: string, scenario: Scenario): string {
  return pageHref.split('#')[0] + '#/share/' + encodeSharePayload(scenario);
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
  if (payload.length > MAX_SHARE_PAYLOAD) return err({ kind: 'linkTooLong' });
  if (payload.startsWith(SHARE_PREFIX_V1)) {
    let text: string | null;
    try {
      text = decompressFromEncodedURIComponent(payload.slice(SHARE_PREFIX_V1.length));
    } catch {
      return err({ kind: 'corruptLink' });
    }
    if (!text) return err({ kind: 'corruptLink' });
    const parsed = parseScenarioText(text, MAX_SHARE_JSON);
    // Garbage that decompresses to non-JSON means the link was damaged.
    if (!parsed.ok && (parsed.error.kind === 'notJson' || parsed.error.kind === 'empty')) return err({ kind: 'corruptLink' });
    return parsed;
  }
  return err({ kind: 'unknownLinkVersion' });
}
