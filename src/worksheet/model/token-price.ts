/**
 * Price of one model call from its token counts and a per-million-token price row:
 *   cost per call       = input tokens · input price / 10⁶ + output tokens · output price / 10⁶
 *   cost per 1,000 calls = 1000 · cost per call
 *   tokens per character = tokens / characters (Unicode code points)
 */
import type { TokenPrice } from './types';

export function costPerCall(inputTokens: number, outputTokens: number, price: TokenPrice): number {
  return (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1e6;
}

/** Tokens per character, or null for empty text. */
export function tokensPerCharacter(tokens: number, characters: number): number | null {
  return characters > 0 ? tokens / characters : null;
}
