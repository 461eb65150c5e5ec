/**
 * Parses what a person types in a number field: `1,000`, `1 000`, `$20`,
 * `¥140`, `140元`, `2e9`, `7.5`. Grouping characters, a leading `$` or `¥`
 * and a trailing 元 are ignored; anything else that is not a finite number is
 * refused with a reason.
 */
import { err, ok, type Result } from '../result';
import type { Range } from './model/limits';

export type FieldProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'notNumber'; readonly text: string }
  | { readonly kind: 'min'; readonly min: number }
  | { readonly kind: 'max'; readonly max: number }
  | { readonly kind: 'integer' };

/** `scale` converts the typed value to the stored one (1/100 for percent fields, 1/rate for yuan); the range is in stored units. */
export function parseFieldNumber(text: string, range: Range, scale = 1): Result<number, FieldProblem> {
  const cleaned = text.trim().replace(/^[$¥￥]/, '').replace(/元$/, '').replace(/[,_\s]/g, '');
  if (cleaned === '') return err({ kind: 'required' });
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return err({ kind: 'notNumber', text: text.trim().slice(0, 30) });
  const typed = Number(cleaned);
  const value = typed * scale;
  if (!Number.isFinite(value)) return err({ kind: 'notNumber', text: text.trim().slice(0, 30) });
  if (value < range.min) return err({ kind: 'min', min: range.min / scale });
  if (value > range.max) return err({ kind: 'max', max: range.max / scale });
  if (range.integer && !Number.isInteger(value)) return err({ kind: 'integer' });
  return ok(value);
}
