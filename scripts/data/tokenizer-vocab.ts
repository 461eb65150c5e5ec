/**
 * Writes the worksheet token counter's vocabulary:
 *   public/tokenizer/cl100k_base.bin   js-tiktoken's cl100k_base ranks, packed as raw bytes
 *                                      and deflate-raw compressed (src/worksheet/tokens/vocab.ts)
 * Deterministic: the same installed js-tiktoken gives the same file. Run:
 *   npx tsx scripts/data/tokenizer-vocab.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { packVocabulary } from '../../src/worksheet/tokens/vocab';

export const VOCAB_FILE = resolve(import.meta.dirname, '../../public/tokenizer/cl100k_base.bin');

export function vocabularyBytes(): Buffer {
  return deflateRawSync(packVocabulary('cl100k_base', cl100k), { level: 9 });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bytes = vocabularyBytes();
  mkdirSync(dirname(VOCAB_FILE), { recursive: true });
  writeFileSync(VOCAB_FILE, bytes);
  console.log(`${VOCAB_FILE}: ${bytes.length} bytes (${(bytes.length / 1024 / 1024).toFixed(2)} MiB)`);
}
