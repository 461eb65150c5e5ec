/** The bounded lz-string decompressor: the library's output for every valid input, and a hard stop at the cap. */
import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { decompressBounded, TOO_LONG } from '../../../src/worksheet/io/lz-bounded';
import { seededRandom } from './rng';

// lz-string's types say string, but it returns null for some invalid input.
const decompressOrNull: (data: string) => string | null = decompressFromEncodedURIComponent;

function randomText(rng: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(rng() < 0.9 ? 32 + Math.floor(rng() * 90) : Math.floor(rng() * 0xd7ff));
  return text;
}

describe('decompressBounded', () => {
  it('gives exactly what lz-string gives for 400 compressed texts (JSON-like, random, repetitive)', () => {
    const rng = seededRandom(11);
    for (let i = 0; i < 400; i++) {
      const kind = i % 3;
      const text =
        kind === 0
          ? JSON.stringify({ name: randomText(rng, 20), values: [rng(), rng(), rng()], note: 'x'.repeat(Math.floor(rng() * 400)) })
          : kind === 1
            ? randomText(rng, Math.floor(rng() * 1000))
            : 'ab'.repeat(Math.floor(rng() * 1500));
      const compressed = compressToEncodedURIComponent(text);
      expect(decompressBounded(compressed, 1_000_000)).toBe(decompressFromEncodedURIComponent(compressed));
      expect(decompressBounded(compressed, 1_000_000)).toBe(text);
    }
  });

  it('agrees with lz-string on damaged input wherever lz-string returns text', () => {
    const rng = seededRandom(12);
    const base = compressToEncodedURIComponent(JSON.stringify({ a: randomText(rng, 300) }));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    let compared = 0;
    for (let i = 0; i < 500; i++) {
      const at = Math.floor(rng() * base.length);
      const damaged = base.slice(0, at) + (alphabet[Math.floor(rng() * 64)] ?? 'A') + base.slice(at + 1);
      let library: string | null;
      try {
        library = decompressOrNull(damaged);
      } catch {
        continue;
      }
      // lz-string returns odd text for an invalid first code (3); this port says null there.
      if (library === null || library.length > 1) {
        expect(decompressBounded(damaged, 1_000_000)).toBe(library);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('stops at the cap: a short input that would expand far past it', () => {
    const bomb = compressToEncodedURIComponent('7'.repeat(300_000));
    expect(bomb.length).toBeLessThan(2_000);
    expect(decompressBounded(bomb, 200_000)).toBe(TOO_LONG);
    expect(decompressBounded(bomb, 300_000)).toBe('7'.repeat(300_000));
  });

  it('returns null for the empty string, as the library does', () => {
    expect(decompressBounded('', 10)).toBeNull();
    expect(decompressFromEncodedURIComponent('')).toBeNull();
  });
});
