/**
 * FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits: a short check
 * for share links and stable ids for identical content (not cryptographic).
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
