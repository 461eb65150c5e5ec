/**
 * Whether a code exercise's check run passed: the run ended normally, its
 * checker made at least one check (a starter that `return`s early skips the
 * checker and must not pass), and every check passed. Shared by the page and
 * by the build's proof that each checker checks (pipeline/exercise-runs.ts).
 */
export type CheckVerdict =
  | { readonly kind: 'passed' }
  | { readonly kind: 'failed'; readonly failing: number }
  /** The run ended before the checker made any check. */
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'error' };

export function checkVerdict(ended: 'done' | 'error' | 'stopped', checks: readonly { readonly passed: boolean }[]): CheckVerdict {
  if (ended !== 'done') return { kind: 'error' };
  if (checks.length === 0) return { kind: 'unchecked' };
  const failing = checks.filter((c) => !c.passed).length;
  return failing === 0 ? { kind: 'passed' } : { kind: 'failed', failing };
}
