/**
 * Short reviews written by templates, for the fine-tuning lesson: restaurant
 * reviews (many, for pretraining) and gadget reviews (the new task, few
 * labelled). Both share the words of opinion ("great", "awful", "love",
 * "broke") and differ in their topic words ("soup", "waiter" vs "battery",
 * "screen"). Pure and seeded; scripts/data/reviews.ts writes the files.
 */
import { createRandom, type SeededRandom as Random } from '../runtime/random';

export type Domain = 'restaurant' | 'gadget';
export interface Review {
  readonly text: string;
  /** 1 = positive, 0 = negative. */
  readonly label: number;
}

const POSITIVE = ['great', 'excellent', 'lovely', 'perfect', 'fantastic', 'good', 'wonderful', 'superb', 'reliable', 'pleasant', 'brilliant', 'solid', 'amazing', 'delightful', 'fine', 'impressive', 'nice', 'outstanding', 'sturdy', 'smooth'];
const NEGATIVE = ['terrible', 'awful', 'bad', 'poor', 'horrible', 'disappointing', 'broken', 'useless', 'rude', 'cheap', 'dreadful', 'flimsy', 'mediocre', 'faulty', 'annoying', 'slow', 'weak', 'noisy', 'nasty', 'sloppy'];
const LIKE = ['i love', 'i really like', 'we enjoyed', 'highly recommend', 'happy with'];
const DISLIKE = ['i hate', 'i regret', 'we returned', 'never again with', 'unhappy with'];
const TOPICS: Record<Domain, readonly string[]> = {
  restaurant: ['the soup', 'the waiter', 'the pasta', 'the dessert', 'the service', 'the table', 'the wine', 'the menu'],
  gadget: ['the battery', 'the screen', 'the charger', 'the case', 'the speaker', 'the camera', 'the app', 'the buttons'],
};
const FILLER = ['overall', 'honestly', 'to be fair', 'this time', 'as expected', 'again'];
/** Opinion words only one domain uses: the pretrained model has never seen the gadget ones. */
const DOMAIN_WORDS: Record<Domain, { readonly positive: readonly string[]; readonly negative: readonly string[] }> = {
  restaurant: { positive: ['tasty', 'fresh', 'juicy', 'crispy', 'generous', 'cosy'], negative: ['bland', 'stale', 'greasy', 'soggy', 'cold', 'overpriced'] },
  gadget: { positive: ['fast', 'crisp', 'durable', 'lightweight', 'responsive', 'bright'], negative: ['laggy', 'glitchy', 'dead', 'cracked', 'overheating', 'dim'] },
};

export const VOCABULARY: readonly string[] = [
  ...new Set(
    [
      ...POSITIVE, ...NEGATIVE, ...LIKE, ...DISLIKE, ...TOPICS.restaurant, ...TOPICS.gadget, ...FILLER,
      ...Object.values(DOMAIN_WORDS).flatMap((d) => [...d.positive, ...d.negative]),
      'was', 'is', 'and', 'but', 'not',
    ]
      .flatMap((phrase) => phrase.split(' ')),
  ),
].sort();

function review(rng: Random, domain: Domain): Review {
  const label = rng.next() < 0.5 ? 1 : 0;
  const topics = TOPICS[domain];
  // Most sentences agree with the label; one in four adds a contrary remark ("but the case was cheap").
  // Half the time the opinion word is the domain's own (a gadget "overheating", a soup "bland").
  const own = DOMAIN_WORDS[domain];
  const general = rng.next() < 0.5;
  const main = label === 1 ? rng.pick(general ? POSITIVE : own.positive) : rng.pick(general ? NEGATIVE : own.negative);
  const parts = [`${rng.pick(topics)} was ${main}`];
  if (rng.next() < 0.3) parts.push(`${label === 1 ? rng.pick(LIKE) : rng.pick(DISLIKE)} ${rng.pick(topics)}`);
  if (rng.next() < 0.25) parts.push(`but ${rng.pick(topics)} was ${label === 1 ? rng.pick(NEGATIVE) : rng.pick(POSITIVE)}`);
  if (rng.next() < 0.5) parts.unshift(rng.pick(FILLER));
  return { text: parts.join(' ').replace(/\s+/g, ' '), label };
}

export function generateReviews(domain: Domain, count: number, seed: number): Review[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => review(rng, domain));
}

/** Bag of words over VOCABULARY: 1 where the word occurs. */
export function bagOfWords(text: string): number[] {
  const words = new Set(text.split(' '));
  return VOCABULARY.map((w) => (words.has(w) ? 1 : 0));
}
