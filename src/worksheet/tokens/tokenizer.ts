/**
 * Loads the cl100k_base tokenizer (js-tiktoken's BPE with its own
 * vocabulary, packed by scripts/data/tokenizer-vocab.ts) the first time the
 * token panel needs it: one same-origin file, inflated with the browser's
 * DecompressionStream. Nothing is fetched from anywhere else.
 */
import { Tiktoken } from 'js-tiktoken/lite';
import { unpackVocabulary } from './vocab';

export const ENCODING = 'cl100k_base';
/** Relative to the app's index.html (works under any sub-path). */
export const VOCAB_PATH = 'tokenizer/cl100k_base.bin';

let loading: Promise<Tiktoken> | null = null;

async function load(): Promise<Tiktoken> {
  const response = await fetch(new URL(VOCAB_PATH, document.baseURI));
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const inflated = await new Response(response.body.pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer();
  const { header, ranks } = unpackVocabulary(new Uint8Array(inflated));
  if (header.encoding !== ENCODING) throw new Error(`expected ${ENCODING}, got ${header.encoding}`);
  return new Tiktoken(ranks);
}

/** The tokenizer (loaded once; a failed load can be retried). */
export function loadTokenizer(): Promise<Tiktoken> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Tokens of `text` as plain text: special-token markers such as <|endoftext|> count as ordinary characters. */
export function countTokens(tokenizer: Tiktoken, text: string): number {
  return tokenizer.encode(text, [], []).length;
}

/** Characters as a person counts them (Unicode code points: one Chinese character = 1). */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}
