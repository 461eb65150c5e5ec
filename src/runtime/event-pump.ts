/**
 * The worker's outgoing pump: every message to the page goes through it, as
 * batches (one `postMessage` carries a list of messages, see
 * protocol/channel.ts). It keeps the page's main thread free whatever the
 * code does:
 *
 *  - At a calm pace each message goes out at once, alone (a print just
 *    before `while (true) {}` still shows): at most `burst` posts in any
 *    `windowMs`.
 *  - Faster than that, messages wait and go out together, at most one post
 *    per `intervalMs`. The check runs on every message, so a synchronous
 *    loop that never yields still gets its batches out.
 *  - While they wait, only the latest progress of a run is kept, and at most
 *    `maxHeldPrints` printed lines (the newest): the page shows the last 500
 *    lines anyway. Lines dropped are counted in one notice line.
 *  - A run's final event (done, error) and the worker's own messages go out
 *    at once, with everything before them, in order.
 *
 * Measured with `for (;;) lab.print(i++)`: without the pump, every line was
 * a message and the page's frames stalled for 1.3–1.5 s.
 */
import type { WorkerEvent, WorkerMessage } from './protocol';

export interface EventPumpOptions {
  readonly post: (batch: WorkerMessage[]) => void;
  readonly now: () => number;
  /** The real timer functions, taken before student code could replace them. */
  readonly setTimer: (callback: () => void, ms: number) => unknown;
  readonly burst?: number;
  readonly windowMs?: number;
  readonly intervalMs?: number;
  readonly maxHeldPrints?: number;
}

export interface EventPump {
  push(message: WorkerMessage): void;
  /** Sends everything waiting now. */
  flush(): void;
}

export const PUMP_DEFAULTS = { burst: 32, windowMs: 100, intervalMs: 50, maxHeldPrints: 200 } as const;

const isFinal = (m: WorkerMessage): boolean => m.type === 'done' || m.type === 'error' || m.type === 'ready' || m.type === 'retire';

function droppedNotice(runId: number, count: number): WorkerEvent {
  const text = `… ${count.toLocaleString('en-US')} printed line(s) not shown: the code printed faster than the page can show (the latest lines follow).`;
  return { type: 'print', runId, level: 'warn', value: { kind: 'text', text } };
}

export function createEventPump(options: EventPumpOptions): EventPump {
  const burst = options.burst ?? PUMP_DEFAULTS.burst;
  const windowMs = options.windowMs ?? PUMP_DEFAULTS.windowMs;
  const intervalMs = options.intervalMs ?? PUMP_DEFAULTS.intervalMs;
  const maxHeldPrints = options.maxHeldPrints ?? PUMP_DEFAULTS.maxHeldPrints;

  /** Waiting messages; a dropped one becomes null (its place keeps the order of the rest). */
  let waiting: (WorkerMessage | null)[] = [];
  /** Where the waiting prints are, oldest first, and how many were dropped per run. */
  let printAt: number[] = [];
  let printHead = 0;
  let progressAt = -1;
  let dropped = new Map<number, { count: number; at: number }>();
  const recentPosts: number[] = [];
  let lastPost = -Infinity;
  let timer = false;

  const flush = (): void => {
    if (waiting.length === 0) return;
    const batch: WorkerMessage[] = [];
    waiting.forEach((m, i) => {
      for (const [runId, d] of dropped) if (d.at === i) batch.push(droppedNotice(runId, d.count));
      if (m !== null) batch.push(m);
    });
    waiting = [];
    printAt = [];
    printHead = 0;
    progressAt = -1;
    dropped = new Map();
    const t = options.now();
    lastPost = t;
    recentPosts.push(t);
    if (recentPosts.length > burst) recentPosts.shift();
    options.post(batch);
  };

  const calm = (t: number): boolean => recentPosts.length < burst || t - (recentPosts[0] ?? -Infinity) >= windowMs;

  const hold = (message: WorkerMessage): void => {
    if (message.type === 'progress' && progressAt >= 0) waiting[progressAt] = null;
    if (message.type === 'progress') progressAt = waiting.length;
    if (message.type === 'print') {
      printAt.push(waiting.length);
      if (printAt.length - printHead > maxHeldPrints) {
        const oldest = printAt[printHead++] as number;
        const old = waiting[oldest];
        if (old && old.type === 'print') {
          const d = dropped.get(old.runId) ?? { count: 0, at: oldest };
          d.count++;
          dropped.set(old.runId, d);
        }
        waiting[oldest] = null;
      }
    }
    waiting.push(message);
  };

  return {
    push(message) {
      hold(message);
      const t = options.now();
      if (isFinal(message) || calm(t) || t - lastPost >= intervalMs) {
        flush();
        return;
      }
      if (!timer) {
        timer = true;
        options.setTimer(() => {
          timer = false;
          flush();
        }, Math.max(0, intervalMs - (t - lastPost)));
      }
    },
    flush,
  };
}
