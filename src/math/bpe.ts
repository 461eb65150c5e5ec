/**
 * Byte-pair encoding (BPE; Sennrich, Haddow & Birch 2016, after Gage 1994),
 * the way language models turn text into tokens, on characters:
 *
 *   1. Cut the text into words, each keeping the space before it
 *      ("the cat." → "the", " cat", "."); merges never cross a word.
 *   2. Start with one token per character.
 *   3. Count every pair of adjacent tokens in every word (weighted by how
 *      often the word occurs; overlapping pairs in "aaa" count twice).
 *   4. Merge the most frequent pair into one new token everywhere, left to
 *      right without overlaps. On a tie, the pair met first in the text wins.
 *   5. Repeat until the wanted number of merges, or no pair occurs twice.
 *
 * The merges, in order, are the tokenizer: encoding new text applies them in
 * the same order. More merges mean a larger vocabulary and fewer tokens per
 * character, so shorter sequences for the model.
 */

/** Words with the space before them, letters together; every other character (space not before a letter, punctuation, newline) alone. Joined, they give back the text. */
export function splitWords(text: string): string[] {
  return text.match(/ ?[a-z]+|[^a-z]/gu) ?? [];
}

export type Merge = readonly [string, string];

export interface BpeTraining {
  /** The merges in the order they were learned. */
  readonly merges: Merge[];
  /** Tokens in the whole text before any merge (index 0, = its characters) and after each merge. */
  readonly tokenCounts: number[];
  readonly characters: number;
}

/** Merges every non-overlapping (a, b) in `symbols`, left to right. */
export function applyMerge(symbols: readonly string[], [a, b]: Merge): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i] === a && symbols[i + 1] === b) {
      out.push(a + b);
      i++;
    } else out.push(symbols[i] ?? '');
  }
  return out;
}

/** Learns up to `mergeCount` merges from `text` (steps 1–5 above). */
export function trainBpe(text: string, mergeCount: number): BpeTraining {
  // Distinct words with their counts, in order of first appearance.
  const counts = new Map<string, number>();
  for (const w of splitWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].map(([w, n]) => ({ symbols: Array.from(w), n }));
  const tokens = () => words.reduce((s, w) => s + w.symbols.length * w.n, 0);
  const merges: Merge[] = [];
  const tokenCounts = [tokens()];
  while (merges.length < mergeCount) {
    const pairs = new Map<string, { pair: Merge; n: number }>();
    for (const w of words) {
      for (let i = 0; i + 1 < w.symbols.length; i++) {
        const pair: Merge = [w.symbols[i] ?? '', w.symbols[i + 1] ?? ''];
        const key = `${pair[0]}\u0000${pair[1]}`;
        const entry = pairs.get(key);
        if (entry) entry.n += w.n;
        else pairs.set(key, { pair, n: w.n });
      }
    }
    let best: { pair: Merge; n: number } | undefined;
    for (const entry of pairs.values()) if (!best || entry.n > best.n) best = entry; // strict >: first met wins ties
    if (!best || best.n < 2) break;
    merges.push(best.pair);
    for (const w of words) w.symbols = applyMerge(w.symbols, best.pair);
    tokenCounts.push(tokens());
  }
  return { merges, tokenCounts, characters: Array.from(text).length };
}

/** Tokens of `text` under learned merges: each word starts as characters and gets every merge, in the order learned. */
export function encode(text: string, merges: readonly Merge[]): string[] {
  return splitWords(text).flatMap((word) => merges.reduce<string[]>((symbols, merge) => applyMerge(symbols, merge), Array.from(word)));
}
