/**
 * The three TensorFlow.js backends, their fallback order, and every rule
 * that follows from that order: what a choice tries (the worker), which
 * backend to retry on after a failure (the error box), which one `auto`
 * will pick here (the badge before a run). One order, one file.
 * Free of zod, like limits.ts and wire.ts: the worker imports them.
 */

export const BACKEND_ORDER = ['webgpu', 'webgl', 'cpu'] as const;

export type BackendName = (typeof BACKEND_ORDER)[number];
/** `auto` = the best the browser offers: WebGPU, else WebGL, else CPU. */
export type BackendChoice = 'auto' | BackendName;
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', ...BACKEND_ORDER];

/** What to try, best first: the choice and everything after it in BACKEND_ORDER. */
export function candidatesFor(choice: BackendChoice): BackendName[] {
  if (choice === 'auto') return [...BACKEND_ORDER];
  return BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(choice));
}

/** The backend after `b` in the fallback order (webgpu → webgl → cpu), or null after cpu. */
export function nextBackend(b: BackendName): BackendName | null {
  const i = BACKEND_ORDER.indexOf(b);
  return BACKEND_ORDER[i + 1] ?? null;
}

/** The backend a choice will run on, given what is available: the choice if it is, else the first available after it. */
export function expectedBackend(choice: BackendChoice, isAvailable: (b: BackendName) => boolean): BackendName {
  return candidatesFor(choice).find(isAvailable) ?? 'cpu';
}
