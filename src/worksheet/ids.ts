/** Scenario ids: random UUIDs where the browser offers them (secure contexts), else time + counter + random. */
let counter = 0;
export function newScenarioId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter += 1;
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
