// Byte-pair encoding (BPE), the way language models cut text into tokens,
// learned in your browser from this course's text (data/corpus.txt).
// Start with one token per character; again and again, merge the pair of
// neighbouring tokens that occurs most often into one new token.

const mergeCount = lab.control('merges', { value: 300, min: 0, max: 1000, step: 50 });

// 1. Cut the text into words, each keeping the space before it ("the cat." →
//    "the", " cat", "."). Merges never cross a word, so count each distinct word once, with its frequency.
const text = await lab.fetchText('data/corpus.txt');
const characters = Array.from(text).length;
const wordCounts = new Map<string, number>();
for (const word of text.match(/ ?[a-z]+|[^a-z]/gu) ?? []) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
const words = [...wordCounts].map(([word, n]) => ({ symbols: Array.from(word), n }));
const alphabet = new Set(text).size;
const tokenTotal = () => words.reduce((s, w) => s + w.symbols.length * w.n, 0);
lab.print(`${characters} characters, ${wordCounts.size} distinct words, ${alphabet} distinct characters to start from.`);

/** Merges every non-overlapping (a, b) in a word, left to right. */
function applyMerge(symbols: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i] === a && symbols[i + 1] === b) {
      out.push(a + b);
      i++;
    } else out.push(symbols[i] ?? '');
  }
  return out;
}

// 2. Learn the merges. Each round counts every neighbouring pair in every word
//    (times the word's frequency) and merges the most frequent one; on a tie, the pair met first wins.
const merges: [string, string][] = [];
const rows: Record<string, unknown>[] = [];
const report = (tokens: number) => {
  lab.chart('tokens per character', 'course text', merges.length, tokens / characters);
  if (merges.length % 100 === 0 || merges.length === mergeCount) {
    rows.push({ merges: merges.length, vocabulary: alphabet + merges.length, tokens, 'tokens per character': Number((tokens / characters).toFixed(3)), 'characters per token': Number((characters / tokens).toFixed(2)) });
  }
};
report(tokenTotal());
while (merges.length < mergeCount) {
  const pairs = new Map<string, { a: string; b: string; n: number }>();
  for (const w of words) {
    for (let i = 0; i + 1 < w.symbols.length; i++) {
      const a = w.symbols[i] ?? '';
      const b = w.symbols[i + 1] ?? '';
      const entry = pairs.get(`${a}\u0000${b}`);
      if (entry) entry.n += w.n;
      else pairs.set(`${a}\u0000${b}`, { a, b, n: w.n });
    }
  }
  let best: { a: string; b: string; n: number } | undefined;
  for (const entry of pairs.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < 2) break; // nothing left that occurs twice
  const { a, b } = best;
  merges.push([a, b]);
  for (const w of words) w.symbols = applyMerge(w.symbols, a, b);
  report(tokenTotal());
  if (merges.length % 25 === 0) lab.progress({ epoch: 1, epochs: 1, batch: merges.length, batches: mergeCount });
}
lab.table(rows);

// 3. The first merges, and a sentence cut into tokens by the learned merges (applied in the order learned).
const show = (token: string) => token.replace(/ /g, '·');
lab.print(`First 20 merges: ${merges.slice(0, 20).map(([a, b]) => `${show(a)}+${show(b)}`).join('  ')}`);
const sentence = 'attention lets every position look at the others.';
const tokens = (sentence.match(/ ?[a-z]+|[^a-z]/gu) ?? []).flatMap((word) => merges.reduce((symbols, [a, b]) => applyMerge(symbols, a, b), Array.from(word)));
lab.print(`"${sentence}" → ${tokens.length} tokens: ${tokens.map(show).join(' | ')}`);
const tokensPerCharacter = tokenTotal() / characters;
lab.print(`After ${merges.length} merges the text is ${tokenTotal()} tokens: ${tokensPerCharacter.toFixed(3)} per character (${(1 / tokensPerCharacter).toFixed(2)} characters per token), with a vocabulary of ${alphabet + merges.length}.`);
lab.metrics({ merges: merges.length, vocabulary: alphabet + merges.length, tokens: tokenTotal(), tokensPerCharacter, sentenceTokens: tokens.length });

export {};
