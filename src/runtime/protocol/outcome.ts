/**
 * How a run ended, as the page's client reports it: one value per run,
 * built from the worker's final event, or from the client itself (Stop, a
 * worker that died, a message that failed its check). The output view's
 * types (src/editor/output-state.ts) are derived from these.
 */
import type { BackendName } from './backends';
import type { EventOf } from './events';

type Payload<T extends 'done' | 'error'> = Omit<EventOf<T>, 'type' | 'runId'>;

/**
 * compile / runtime / backend: as the worker reports them. protocol: the
 * worker sent something that failed the page's check (a runtime bug, never
 * the student's code: their code cannot post on the runtime's channel).
 */
export type FailurePhase = EventOf<'error'>['phase'] | 'protocol';

export type RunDone = Payload<'done'> & {
  readonly kind: 'done';
  /** The backend the run's `started` event named; null if none came. */
  readonly backend: BackendName | null;
};
export type RunError = Omit<Payload<'error'>, 'phase'> & { readonly kind: 'error'; readonly phase: FailurePhase };
export type RunStopped = { readonly kind: 'stopped' };

export type RunOutcome = RunDone | RunError | RunStopped;
