/**
 * Texts the worksheet ships as data, in English: the first scenario's name,
 * the capacity's assumed source, the GPU table's precision notes. They are
 * stored in the scenario (and may be edited, exported, shared), so they stay
 * as they are there; shown, the shipped English reads in the reader's
 * language. Anything the reader typed shows as typed.
 */
import { t, tIn, type Locale, type MessageKey } from '../i18n';
import { DEFAULT_CAPACITY } from './model/defaults';

/** The name of the scenario a fresh browser starts with (store/worksheet.ts). */
export const DEFAULT_SCENARIO_NAME = 'Hybrid AI startup';

const SHIPPED: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  [DEFAULT_SCENARIO_NAME, 'worksheet.shipped.defaultName'],
  [DEFAULT_CAPACITY.throughputSource, 'worksheet.shipped.throughputSource'],
  ['BF16 dense', 'worksheet.shipped.bf16Dense'],
  ['FP16 dense', 'worksheet.shipped.fp16Dense'],
  ['FP16 dense, FP32 accumulate', 'worksheet.shipped.fp16Accumulate'],
]);

/** `text` in the reader's language when it is one the worksheet ships, else as it is. */
export function shown(text: string): string {
  const key = SHIPPED.get(text);
  return key === undefined ? text : t(key);
}

/** The same in a given language (for memoized values that depend on it). */
export function shownIn(locale: Locale, text: string): string {
  const key = SHIPPED.get(text);
  return key === undefined ? text : tIn(locale, key);
}
