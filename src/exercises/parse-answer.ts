/**
 * A typed number answer: digits with an optional sign, decimal point,
 * exponent and thousands separators (`1,200`, `1 200`, `0.25`, `2.5e-3`);
 * full-width digits and signs typed with a Chinese input method are read too.
 * Null for anything else (so "0,5" is not silently 5).
 */
const FULL_WIDTH = /[０-９．，－＋]/g;

export function parseAnswer(text: string): number | null {
  const half = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');
  const trimmed = half.trim();
  if (!/^[-+]?(\d{1,3}([, ]\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed) || !/\d/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[, ]/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Right when within the exercise's absolute tolerance (a hair of float slack for answers typed exactly at the edge). */
export function isRight(given: number, answer: number, tolerance: number): boolean {
  return Math.abs(given - answer) <= tolerance * (1 + 1e-9);
}
