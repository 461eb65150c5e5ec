/**
 * The worker's outgoing pump (src/runtime/event-pump.ts) with a fake clock:
 * calm output goes out at once, a flood goes out in batches with the
 * newest lines, and final events flush everything in order.
 */
import { describe, expect, it } from 'vitest';
import { createEventPump, PUMP_DEFAULTS } from '../../../src/runtime/event-pump';
import type { WorkerMessage } from '../../../src/runtime/protocol';

function setup() {
  let t = 0;
  const posts: WorkerMessage[][] = [];
  const timers: { at: number; run: () => void }[] = [];
  const pump = createEventPump({
    post: (batch) => posts.push(batch),
    now: () => t,
    setTimer: (run, ms) => timers.push({ at: t + ms, run }),
  });
  const advance = (ms: number): void => {
    t += ms;
    const due = timers.filter((x) => x.at <= t);
    timers.splice(0, timers.length, ...timers.filter((x) => x.at > t));
    for (const timer of due) timer.run();
  };
  return { pump, posts, timers, advance, setTime: (ms: number) => (t = ms) };
}

const print = (i: number): WorkerMessage => ({ type: 'print', runId: 1, level: 'log', value: { kind: 'text', text: `line ${i}` } });
const textOf = (m: WorkerMessage | undefined): string => (m?.type === 'print' && m.value.kind === 'text' ? m.value.text : m?.type ?? '');

describe('the event pump', () => {
  it('sends calm output at once, one message per post (a print just before a hang still shows)', () => {
    const { pump, posts } = setup();
    pump.push({ type: 'started', runId: 1, info: { backend: 'cpu' } });
    pump.push(print(0));
    expect(posts.map((b) => b.map((m) => m.type))).toEqual([['started'], ['print']]);
  });

  it('batches a flood: after the burst, one post per interval, and only the newest held lines', () => {
    const { pump, posts, advance } = setup();
    const lines = 10_000;
    // A synchronous loop: the clock moves 1 ms every 100 lines.
    for (let i = 0; i < lines; i++) {
      pump.push(print(i));
      if (i % 100 === 99) advance(1);
    }
    advance(PUMP_DEFAULTS.intervalMs);
    // 100 ms of loop: the burst, then about one post per interval.
    expect(posts.length).toBeLessThanOrEqual(PUMP_DEFAULTS.burst + 100 / PUMP_DEFAULTS.intervalMs + 2);
    const last = posts.at(-1) ?? [];
    expect(textOf(last.at(-1))).toBe(`line ${lines - 1}`);
    const sent = posts.flat();
    // Every line is either sent or counted in a notice.
    const counted = sent.map(textOf).filter((t) => t.startsWith('… ')).map((t) => Number(t.slice(2).split(' ')[0]?.replace(/,/g, '')));
    const shown = sent.filter((m) => textOf(m).startsWith('line ')).length;
    expect(shown + counted.reduce((a, b) => a + b, 0)).toBe(lines);
    expect(Math.max(...posts.map((b) => b.length))).toBeLessThanOrEqual(PUMP_DEFAULTS.maxHeldPrints + 1);
    // The lines that are shown keep their order.
    const numbers = sent.map(textOf).filter((t) => t.startsWith('line ')).map((t) => Number(t.slice(5)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('keeps only the latest progress while messages wait', () => {
    const { pump, posts } = setup();
    for (let i = 0; i < PUMP_DEFAULTS.burst; i++) pump.push(print(i));
    const progress = (done: number): WorkerMessage => ({ type: 'progress', runId: 1, epoch: 1, epochs: 1, batch: done, batches: 10, done, total: 10, elapsedMs: done, etaMs: 1 });
    pump.push(progress(1));
    pump.push(progress(2));
    pump.push(progress(3));
    pump.push({ type: 'done', runId: 1, durationMs: 3, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } });
    const final = posts.at(-1) ?? [];
    expect(final.map((m) => (m.type === 'progress' ? m.done : m.type))).toEqual([3, 'done']);
  });

  it('a final event goes out at once with everything before it, in order', () => {
    const { pump, posts, timers } = setup();
    for (let i = 0; i < PUMP_DEFAULTS.burst + 3; i++) pump.push(print(i));
    expect(timers).toHaveLength(1); // three lines wait for the interval
    pump.push({ type: 'retire', reason: 'x' });
    expect((posts.at(-1) ?? []).map((m) => textOf(m))).toEqual([`line ${PUMP_DEFAULTS.burst}`, `line ${PUMP_DEFAULTS.burst + 1}`, `line ${PUMP_DEFAULTS.burst + 2}`, 'retire']);
  });

  it('sends what waits when the interval ends, if the code yields', () => {
    const { pump, posts, advance } = setup();
    for (let i = 0; i < PUMP_DEFAULTS.burst + 1; i++) pump.push(print(i));
    const before = posts.length;
    advance(PUMP_DEFAULTS.intervalMs);
    expect(posts.length).toBe(before + 1);
    expect(textOf(posts.at(-1)?.[0])).toBe(`line ${PUMP_DEFAULTS.burst}`);
  });
});
