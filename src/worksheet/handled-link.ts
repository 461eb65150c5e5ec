/**
 * Links that add a scenario (`#/share/…`, `#/worksheet/preset/…`) act once
 * per visit: the visit is marked in the history entry's state, which a
 * reload keeps, so reloading the page does not add the scenario again
 * (opening the link anew, a new history entry, does).
 */
const MARK = 'lmlHandledLink';

export function wasHandled(link: string): boolean {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[MARK] === link;
}

export function markHandled(link: string): void {
  const state: unknown = history.state;
  const base = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  history.replaceState({ ...base, [MARK]: link }, '');
}

/** Same inputs and name, ignoring the id. */
export function sameInputs(a: object, b: object): boolean {
  const { id: _a, ...left } = a as { id?: string };
  const { id: _b, ...right } = b as { id?: string };
  return JSON.stringify(left) === JSON.stringify(right);
}
