/**
 * The validator's messages (schema.ts writes them in English, where the
 * rules are) in the reader's language: each known message maps to an i18n
 * key, its numbers kept. A message not listed here (one of zod's own) is
 * shown as it is.
 */
import { t, type MessageKey } from '../../i18n';

const EXACT: Readonly<Record<string, MessageKey>> = {
  'must be a number': 'worksheet.issue.number',
  'must be a finite number': 'worksheet.issue.finite',
  'must be a whole number': 'worksheet.issue.integer',
  'must be text': 'worksheet.issue.text',
  'must be true or false': 'worksheet.issue.boolean',
  'must be a list': 'worksheet.issue.list',
  'must not be empty': 'worksheet.issue.empty',
  'must not be blank': 'worksheet.issue.blank',
  'must be a month like 2026-11': 'worksheet.issue.yearMonth',
  'must be a month like 2026-11, or empty': 'worksheet.issue.yearMonthOrEmpty',
  'must be "direct", "derived" or "capacity"': 'worksheet.issue.inferenceMode',
  'must be "reserved" or "onDemand"': 'worksheet.issue.pricing',
  'must list at least one GPU': 'worksheet.issue.noGpu',
  'names a GPU that is not in the GPU table': 'worksheet.issue.unknownGpu',
  'has two GPUs with the same id': 'worksheet.issue.duplicateGpu',
  'is not an input that can have a range': 'worksheet.issue.notRangeable',
  'low must not be above high': 'worksheet.issue.lowAboveHigh',
  'is outside the input’s allowed range': 'worksheet.issue.outsideRange',
  'gives one input two ranges': 'worksheet.issue.twoRanges',
};

const PATTERNS: readonly [RegExp, MessageKey, string][] = [
  [/^must be at most (\S+) characters$/, 'worksheet.issue.maxChars', 'max'],
  [/^must have at most (\S+) entries$/, 'worksheet.issue.maxEntries', 'max'],
  [/^must be at least (\S+)$/, 'worksheet.issue.min', 'min'],
  [/^must be at most (\S+)$/, 'worksheet.issue.max', 'max'],
];

export function issueText(message: string): string {
  const exact = Object.hasOwn(EXACT, message) ? EXACT[message] : undefined;
  if (exact) return t(exact);
  for (const [pattern, key, param] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return t(key, { [param]: match[1] ?? '' });
  }
  return message;
}
