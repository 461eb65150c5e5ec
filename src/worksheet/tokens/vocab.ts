/**
 * The token counter's vocabulary file, packed small enough for the offline
 * budget: js-tiktoken's own cl100k_base ranks (1.09 MB of base64 text as it
 * ships) rewritten as raw bytes and deflated (about 0.40 MiB). Layout, before
 * deflate-raw compression:
 *   uint32 LE  n = length of the header
 *   n bytes    header JSON { encoding, pat_str, special_tokens, count }
 *   count bytes  the byte length of token 0, 1, … (each ≤ 255)
 *   …          the tokens' bytes, rank order, back to back
 * Ranks are 0 … count − 1 in order (cl100k_base has no gaps), so rank = index.
 * `packVocabulary` (the build script) and `unpackVocabulary` (the browser)
 * are inverses; a unit test checks the round trip against the library's file.
 */

/** The shape js-tiktoken's `Tiktoken` constructor takes (its `TiktokenBPE`). */
export interface TiktokenRanks {
  readonly pat_str: string;
  readonly special_tokens: Record<string, number>;
  readonly bpe_ranks: string;
}

export interface VocabularyHeader {
  readonly encoding: string;
  readonly pat_str: string;
  readonly special_tokens: Record<string, number>;
  readonly count: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** js-tiktoken ranks → uncompressed packed bytes (deflate them afterwards). */
export function packVocabulary(encoding: string, ranks: TiktokenRanks): Uint8Array {
  const tokens: Uint8Array[] = [];
  for (const line of ranks.bpe_ranks.split('\n').filter(Boolean)) {
    const [, offsetText, ...encoded] = line.split(' ');
    const offset = Number.parseInt(offsetText ?? '', 10);
    encoded.forEach((token, i) => {
      tokens[offset + i] = fromBase64(token);
    });
  }
  const count = tokens.length;
  for (let rank = 0; rank < count; rank++) {
    const token = tokens[rank];
    if (!token) throw new Error(`rank ${rank} is missing: this packing needs contiguous ranks`);
    if (token.length > 255) throw new Error(`token ${rank} is ${token.length} bytes, more than one length byte holds`);
  }
  const header = new TextEncoder().encode(JSON.stringify({ encoding, pat_str: ranks.pat_str, special_tokens: ranks.special_tokens, count } satisfies VocabularyHeader));
  const body = tokens.reduce((sum, t) => sum + t.length, 0);
  const out = new Uint8Array(4 + header.length + count + body);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = 4 + header.length;
  for (const token of tokens) out[at++] = token.length;
  for (const token of tokens) {
    out.set(token, at);
    at += token.length;
  }
  return out;
}

/** Packed bytes (already inflated) → the header and the ranks js-tiktoken takes. Throws on a damaged file. */
export function unpackVocabulary(bytes: Uint8Array): { header: VocabularyHeader; ranks: TiktokenRanks } {
  if (bytes.length < 4) throw new Error('the vocabulary file is empty');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + headerLength > bytes.length) throw new Error('the vocabulary file is cut short');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as VocabularyHeader;
  let lengths = 4 + headerLength;
  let at = lengths + header.count;
  const encoded: string[] = new Array<string>(header.count);
  for (let rank = 0; rank < header.count; rank++) {
    const length = bytes[lengths++] ?? 0;
    if (at + length > bytes.length) throw new Error('the vocabulary file is cut short');
    encoded[rank] = toBase64(bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.length) throw new Error('the vocabulary file has trailing bytes');
  return { header, ranks: { pat_str: header.pat_str, special_tokens: header.special_tokens, bpe_ranks: `! 0 ${encoded.join(' ')}` } };
}
