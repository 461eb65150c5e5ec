/**
 * RuntimeClient against a stand-in Worker (Node has none) and Node's real
 * MessageChannel: the private-port handshake, run/outcome bookkeeping,
 * stop = terminate + respawn (also before the worker is ready), refused
 * messages, and the worker asking to be replaced. The real worker is
 * exercised by the browser tests and the bench.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RuntimeClient } from '../../../src/runtime/client';
import { CONNECT_MESSAGE, type RunRequest, type WorkerEvent, type WorkerMessage } from '../../../src/runtime/protocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  /** Messages on the worker's own channel, i.e. what `self.postMessage` in student code would reach. */
  readonly ownChannel: ((e: unknown) => void)[] = [];
  terminated = false;
  port: MessagePort | null = null;
  private errorListeners: ((e: unknown) => void)[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  addEventListener(type: string, listener: (e: unknown) => void): void {
    if (type === 'error') this.errorListeners.push(listener);
    if (type === 'message') this.ownChannel.push(listener);
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if ((message as { type?: unknown }).type === CONNECT_MESSAGE) {
      this.port = transfer[0] as MessagePort;
      this.port.onmessage = (e: MessageEvent) => this.posted.push(e.data);
      return;
    }
    throw new Error('the client must send runs on the private port only');
  }
  terminate(): void {
    this.terminated = true;
    this.port?.close();
  }
  /** What the runtime would post on the private port: one batch. */
  send(...messages: unknown[]): void {
    this.port?.postMessage(messages);
  }
  /** What student code's `self.postMessage` would send (the client must never read it). */
  forge(data: unknown): void {
    for (const l of this.ownChannel) l({ data });
  }
  fail(message: string): void {
    for (const l of this.errorListeners) l({ message, preventDefault: () => undefined });
  }
  lastRun(): RunRequest {
    return this.posted.at(-1) as RunRequest;
  }
}

const latest = (): FakeWorker => {
  const w = FakeWorker.all.at(-1);
  if (!w) throw new Error('no worker');
  return w;
};
/** MessagePort delivery in Node is a macrotask: let it through. */
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));
const newClient = (): RuntimeClient => new RuntimeClient({ createWorker: () => new FakeWorker() as unknown as Worker });
const done = (runId: number): WorkerMessage => ({ type: 'done', runId, durationMs: 3, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: 0 } });

const clients: RuntimeClient[] = [];
const make = (): RuntimeClient => {
  const c = newClient();
  clients.push(c);
  return c;
};
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
  FakeWorker.all = [];
});

describe('RuntimeClient', () => {
  it('hands the worker a private port first and sends nothing else until a run is asked for', async () => {
    make();
    expect(FakeWorker.all).toHaveLength(1);
    expect(latest().port).not.toBeNull();
    await tick();
    expect(latest().posted).toEqual([]);
  });

  it('returns the run id its events carry, waits for ready, forwards events and resolves done', async () => {
    const client = make();
    const seen: string[] = [];
    const { runId, outcome } = client.run('lab.print(1)', { backend: 'auto' }, (e) => seen.push(e.type));
    await tick();
    expect(latest().posted).toEqual([]); // not ready yet
    latest().send({ type: 'ready' });
    await client.ready;
    await tick();
    const request = latest().lastRun();
    expect(request).toMatchObject({ type: 'run', runId, code: 'lab.print(1)', backend: 'auto', seed: 42, scale: 1 });
    latest().send(
      { type: 'started', runId, info: { backend: 'webgl' } },
      { type: 'print', runId: runId + 99, level: 'log', value: { kind: 'text', text: 'stale' } },
      done(runId),
    );
    await expect(outcome).resolves.toEqual({ kind: 'done', durationMs: 3, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: 0 }, backend: 'webgl' });
    expect(seen).toEqual(['started', 'done']);
  });

  it('a run without a started event ends with an unknown backend (null), not an invented one', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const { runId, outcome } = client.run('1', { backend: 'cpu' }, () => undefined);
    await tick();
    latest().send(done(runId));
    await expect(outcome).resolves.toMatchObject({ kind: 'done', backend: null });
  });

  it('ignores everything on the worker’s own channel: a forged done neither ends the run nor reaches the page', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const seen: WorkerEvent[] = [];
    const { runId, outcome } = client.run('while (true) {}', { backend: 'cpu' }, (e) => seen.push(e));
    await tick();
    latest().forge(done(runId));
    latest().forge([done(runId)]);
    latest().forge({ type: 'plot', runId, plot: 'p', series: [{ name: 'x' }] });
    let settled = false;
    void outcome.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    expect(seen).toEqual([]);
    client.stop();
    await expect(outcome).resolves.toEqual({ kind: 'stopped' });
  });

  it('a malformed event ends its run with an error naming the kind and field, and replaces the worker', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const seen: string[] = [];
    const { runId, outcome } = client.run('x', { backend: 'cpu' }, (e) => seen.push(e.type));
    await tick();
    const broken = latest();
    broken.send({ type: 'started', runId, info: { backend: 'cpu' } }, { type: 'plot', runId, plot: 'p', series: [{ name: 'x' }] }, done(runId));
    await expect(outcome).resolves.toEqual({
      kind: 'error',
      phase: 'protocol',
      message: 'The runtime sent a "plot" event the page cannot use (field series[0].x): expected a list. The run was ended and the runtime restarted.',
      line: null,
      column: null,
      backend: 'cpu',
    });
    // The events before it were shown; the bad one and everything after it were not.
    expect(seen).toEqual(['started']);
    expect(broken.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('stop terminates the worker, resolves stopped at once, and the fresh worker runs next', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const first = latest();
    const { outcome } = client.run('while (true) {}', { backend: 'cpu', seed: 1, scale: 0.5 }, () => undefined);
    await tick();
    expect(first.lastRun()).toMatchObject({ seed: 1, scale: 0.5 });
    client.stop();
    await expect(outcome).resolves.toEqual({ kind: 'stopped' });
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    const second = client.run('1', { backend: 'cpu' }, () => undefined);
    latest().send({ type: 'ready' });
    await tick();
    latest().send({ type: 'error', runId: second.runId, phase: 'runtime', message: 'boom', line: 1, column: 2, backend: 'cpu' });
    await expect(second.outcome).resolves.toEqual({ kind: 'error', phase: 'runtime', message: 'boom', line: 1, column: 2, backend: 'cpu' });
  });

  it.each([0, 1, 3])('stop before the worker is ready (after %i ticks) ends the run, and a later run works', async (ticks) => {
    const client = make();
    const { outcome } = client.run('x', { backend: 'cpu' }, () => undefined);
    for (let i = 0; i < ticks; i++) await tick();
    const loading = latest();
    client.stop();
    await expect(outcome).resolves.toEqual({ kind: 'stopped' });
    // The stopped worker never got the run.
    expect(loading.posted).toEqual([]);
    const again = client.run('y', { backend: 'cpu' }, () => undefined);
    latest().send({ type: 'ready' });
    await tick();
    expect(latest().lastRun().code).toBe('y');
    latest().send(done(again.runId));
    await expect(again.outcome).resolves.toMatchObject({ kind: 'done' });
  });

  it('a second run stops the first', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const first = client.run('a', { backend: 'cpu' }, () => undefined);
    const second = client.run('b', { backend: 'cpu' }, () => undefined);
    expect(second.runId).toBeGreaterThan(first.runId);
    await expect(first.outcome).resolves.toEqual({ kind: 'stopped' });
    latest().send({ type: 'ready' });
    await tick();
    expect(latest().lastRun().code).toBe('b');
    latest().send(done(second.runId));
    await expect(second.outcome).resolves.toMatchObject({ kind: 'done' });
  });

  it('a backend error restarts the worker so the next run starts clean', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const { runId, outcome } = client.run('x', { backend: 'webgpu' }, () => undefined);
    await tick();
    const broken = latest();
    broken.send({ type: 'started', runId, info: { backend: 'webgpu' } }, { type: 'error', runId, phase: 'backend', message: 'device lost', line: null, column: null, backend: 'webgpu' });
    await expect(outcome).resolves.toMatchObject({ kind: 'error', phase: 'backend', backend: 'webgpu' });
    expect(broken.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('a worker that asks to retire is replaced when its run ends, before the next run', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const { runId, outcome } = client.run('tf.removeBackend("cpu")', { backend: 'cpu' }, () => undefined);
    await tick();
    const changed = latest();
    changed.send({ type: 'retire', reason: 'the run changed the tfjs backends' }, done(runId));
    await expect(outcome).resolves.toMatchObject({ kind: 'done' });
    expect(changed.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('a worker that dies after loading ends the run with its message and is replaced', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const { outcome } = client.run('x', { backend: 'cpu' }, () => undefined);
    await tick();
    const dying = latest();
    dying.fail('Uncaught RangeError: out of memory');
    await expect(outcome).resolves.toMatchObject({ kind: 'error', phase: 'runtime', message: 'Uncaught RangeError: out of memory' });
    expect(dying.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('checks the request before sending: a stored setting of the wrong shape ends the run with a message', async () => {
    const client = make();
    latest().send({ type: 'ready' });
    const controls = { kernel: [[1, 'x']] } as unknown as Record<string, number[][]>;
    const { outcome } = client.run('x', { backend: 'cpu', controls }, () => undefined);
    await expect(outcome).resolves.toEqual({
      kind: 'error',
      phase: 'runtime',
      message: 'The run could not start: the run request field controls.kernel[0][1]: Invalid input: expected number, received string.',
      line: null,
      column: null,
      backend: null,
    });
    await tick();
    expect(latest().posted).toEqual([]);
  });

  it('a worker that fails to load rejects ready and ends the run with a message', async () => {
    const client = make();
    const { outcome } = client.run('x', { backend: 'auto' }, () => undefined);
    latest().fail('404 worker.js');
    await expect(client.ready).rejects.toThrow('404 worker.js');
    await expect(outcome).resolves.toMatchObject({ kind: 'error', phase: 'backend', message: expect.stringMatching(/could not start/) as unknown });
  });
});
