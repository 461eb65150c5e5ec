/**
 * The runtime's private channel. Student code runs in the worker's global
 * scope, so anything posted on the worker's own channel (`self.postMessage`)
 * could be theirs. Instead the page creates a MessageChannel and hands one
 * port to the worker in its very first message (`connect`), before any
 * student code can run; the runtime keeps that port to itself. Everything
 * the page trusts arrives on it, in batches (an array of messages per post,
 * see event-pump.ts); the page ignores the worker's own channel.
 *
 * Besides the run events, two messages concern the worker itself: `ready`
 * (its module, tfjs included, has loaded) and `retire` (the last run changed
 * state a later run would see, e.g. removed a tfjs backend: replace me).
 */
import * as z from 'zod/mini';
import { firstProblem, text } from './kit';
import { claimedKind, parseEvent, type MessageProblem, type WorkerEvent } from './events';
import { OUTPUT_LIMITS } from './limits';
import { MAX_BATCH } from './wire';


const lifecycleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('retire'), reason: text(OUTPUT_LIMITS.shortText) }),
]);

export type WorkerLifecycle = z.output<typeof lifecycleSchema>;
export type WorkerMessage = WorkerEvent | WorkerLifecycle;

const isLifecycle = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && ((data as { type?: unknown }).type === 'ready' || (data as { type?: unknown }).type === 'retire');

export function parseWorkerMessage(data: unknown): { ok: true; value: WorkerMessage } | { ok: false; error: MessageProblem } {
  if (!isLifecycle(data)) return parseEvent(data);
  const result = lifecycleSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: { ...claimedKind(data), ...firstProblem(result.error) } };
}

export interface ParsedBatch {
  /** The messages before the first bad one, in order. */
  readonly messages: WorkerMessage[];
  /** The first message that failed its check, if one did (the rest of the batch is not read). */
  readonly problem: MessageProblem | null;
}

/** Checks one post on the private channel: a list of messages. */
export function parseBatch(data: unknown): ParsedBatch {
  if (!Array.isArray(data) || data.length > MAX_BATCH) {
    return { messages: [], problem: { kind: null, runId: null, field: '', problem: `expected a list of at most ${MAX_BATCH} messages` } };
  }
  const messages: WorkerMessage[] = [];
  for (const [i, item] of (data as unknown[]).entries()) {
    const parsed = parseWorkerMessage(item);
    if (!parsed.ok) {
      const field = parsed.error.field;
      return { messages, problem: { ...parsed.error, field: field || (parsed.error.kind ? '' : `[${i}]`) } };
    }
    messages.push(parsed.value);
  }
  return { messages, problem: null };
}
