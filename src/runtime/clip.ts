/**
 * Keeping output inside the protocol's limits (protocol/limits.ts) on the
 * worker's side, visibly: a long text says how long it was, a long list is
 * thinned evenly. Pure, so the Node tests check the exact results.
 */
import { OUTPUT_LIMITS } from './protocol/limits';

/** `text` if it fits in `max` characters, else its start and "… (truncated, N characters)" within `max`. */
export function clipText(text: string, max: number = OUTPUT_LIMITS.textLength): string {
  if (text.length <= max) return text;
  const note = ` … (truncated, ${text.length.toLocaleString('en-US')} characters)`;
  return text.slice(0, Math.max(0, max - note.length)) + note;
}

/**
 * At most `max` items, evenly spaced, the first and the last kept: index
 * round(i · (n − 1) / (max − 1)) for i = 0 … max − 1. A line drawn through
 * them keeps the shape of the whole at the resolution a chart can show.
 */
export function thinEvenly<T>(items: readonly T[], max: number): T[] {
  const n = items.length;
  if (n <= max) return [...items];
  if (max <= 1) return items.slice(0, Math.max(0, max));
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(items[Math.round((i * (n - 1)) / (max - 1))] as T);
  return out;
}
