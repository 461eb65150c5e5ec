/**
 * Counting baselines for a character-level language model: what the loss
 * would be with no context at all (unigram) and with one character of
 * context (bigram), measured on a text with probabilities counted from that
 * same text. They are the best possible tables of their kind for this text,
 * so a network that only matches them has learned letter frequencies or
 * letter pairs and nothing more.
 *
 *   unigram:  P(c) = n(c) / N,
 *             loss = −(1/N) Σ_t ln P(x_t) = −Σ_c P(c) ln P(c)   (the entropy)
 *   bigram:   P(b | a) = n(ab) / n(a·)   (n(a·) = pairs that start with a),
 *             loss = −(1/(N−1)) Σ_{t≥2} ln P(x_t | x_{t−1})
 *
 * Units: nats per character (natural logarithms, like the model's loss).
 */

/** Characters of a string as code points (so "é" is one character). */
const characters = (text: string): string[] => Array.from(text);

/** −(1/N) Σ ln P(x_t) with P the text's own character frequencies. 0 for a text of one repeated character. */
export function unigramLoss(text: string): number {
  const chars = characters(text);
  if (chars.length === 0) throw new RangeError('unigramLoss: empty text');
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let loss = 0;
  for (const n of counts.values()) loss -= (n / chars.length) * Math.log(n / chars.length);
  return loss;
}

/** −(1/(N−1)) Σ ln P(x_t | x_{t−1}) with P counted from the text's own adjacent pairs. Needs two characters. */
export function bigramLoss(text: string): number {
  const chars = characters(text);
  if (chars.length < 2) throw new RangeError('bigramLoss: needs at least two characters');
  const pairs = new Map<string, number>();
  const starts = new Map<string, number>();
  for (let t = 1; t < chars.length; t++) {
    const a = chars[t - 1] ?? '';
    const key = `${a}\u0000${chars[t] ?? ''}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    starts.set(a, (starts.get(a) ?? 0) + 1);
  }
  // Σ over positions of ln P(b|a) = Σ over distinct pairs of n(ab) · ln(n(ab) / n(a·)).
  let total = 0;
  for (const [key, n] of pairs) total += n * Math.log(n / (starts.get(key.split('\u0000')[0] ?? '') ?? Number.NaN));
  return -total / (chars.length - 1);
}
