/**
 * RuntimeClient against a stand-in Worker (Node has none): the run/outcome
 * bookkeeping, stop = terminate + respawn, stale and malformed messages.
 * The real worker is exercised by the browser tests and the bench.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuntimeClient } from '../../../src/runtime/client';
import type { RunRequest, WorkerEvent } from '../../../src/runtime/protocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  private listeners: Record<string, ((e: unknown) => void)[]> = {};
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.all.push(this);
  }
  addEventListener(type: string, listener: (e: unknown) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What the worker would post. */
  send(data: unknown): void {
    for (const l of this.listeners['message'] ?? []) l({ data });
  }
  fail(message: string): void {
    for (const l of this.listeners['error'] ?? []) l({ message, preventDefault: () => undefined });
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
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  FakeWorker.all = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});
afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe('RuntimeClient', () => {
  it('spawns a module worker and sends nothing until a run is asked for', () => {
    const client = new RuntimeClient();
    expect(FakeWorker.all).toHaveLength(1);
    expect(latest().options.type).toBe('module');
    expect(latest().url.pathname).toMatch(/worker\.ts$/);
    expect(latest().posted).toEqual([]);
    client.dispose();
  });

  it('waits for ready, sends the run, forwards events and resolves done', async () => {
    const client = new RuntimeClient();
    const seen: string[] = [];
    const outcome = client.run('lab.print(1)', { backend: 'auto' }, (e) => seen.push(e.type));
    await tick();
    expect(latest().posted).toEqual([]); // not ready yet
    latest().send({ type: 'ready' });
    await client.ready;
    await tick();
    const request = latest().lastRun();
    expect(request).toMatchObject({ type: 'run', code: 'lab.print(1)', backend: 'auto', seed: 42, scale: 1 });
    const id = request.runId;
    latest().send({ type: 'started', runId: id, info: { backend: 'webgl' } });
    latest().send({ type: 'print', runId: id + 99, level: 'log', value: { kind: 'text', text: 'stale' } });
    latest().send({ type: 'print', runId: id, level: 'log', value: { kind: 'html' } }); // malformed
    latest().send({ type: 'done', runId: id, durationMs: 3, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: 0 } } satisfies WorkerEvent);
    await expect(outcome).resolves.toEqual({ kind: 'done', durationMs: 3, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: 0 }, backend: 'webgl' });
    expect(seen).toEqual(['started', 'done']);
    client.dispose();
  });

  it('stop terminates the worker, resolves stopped at once, and the fresh worker runs next', async () => {
    const client = new RuntimeClient();
    latest().send({ type: 'ready' });
    const first = latest();
    const outcome = client.run('while (true) {}', { backend: 'cpu', seed: 1, scale: 0.5 }, () => undefined);
    await tick();
    expect(first.lastRun()).toMatchObject({ seed: 1, scale: 0.5 });
    client.stop();
    await expect(outcome).resolves.toEqual({ kind: 'stopped' });
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    // A late event from the dead worker changes nothing.
    first.send({ type: 'done', runId: first.lastRun().runId, durationMs: 1, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } });
    const second = client.run('1', { backend: 'cpu' }, () => undefined);
    latest().send({ type: 'ready' });
    await tick();
    const id = latest().lastRun().runId;
    latest().send({ type: 'error', runId: id, phase: 'runtime', message: 'boom', line: 1, column: 2, backend: 'cpu' });
    await expect(second).resolves.toEqual({ kind: 'error', phase: 'runtime', message: 'boom', line: 1, column: 2, backend: 'cpu' });
    client.dispose();
  });

  it('a second run stops the first', async () => {
    const client = new RuntimeClient();
    latest().send({ type: 'ready' });
    const first = client.run('a', { backend: 'cpu' }, () => undefined);
    const second = client.run('b', { backend: 'cpu' }, () => undefined);
    await expect(first).resolves.toEqual({ kind: 'stopped' });
    latest().send({ type: 'ready' });
    await tick();
    expect(latest().lastRun().code).toBe('b');
    latest().send({ type: 'done', runId: latest().lastRun().runId, durationMs: 1, memory: { numTensors: 0, numBytes: 0, numBytesInGPU: null } });
    await expect(second).resolves.toMatchObject({ kind: 'done', backend: 'cpu' });
    client.dispose();
  });

  it('a backend error restarts the worker so the next run starts clean', async () => {
    const client = new RuntimeClient();
    latest().send({ type: 'ready' });
    const outcome = client.run('x', { backend: 'webgpu' }, () => undefined);
    await tick();
    const broken = latest();
    broken.send({ type: 'started', runId: broken.lastRun().runId, info: { backend: 'webgpu' } });
    broken.send({ type: 'error', runId: broken.lastRun().runId, phase: 'backend', message: 'device lost', line: null, column: null, backend: 'webgpu' });
    await expect(outcome).resolves.toMatchObject({ kind: 'error', phase: 'backend', backend: 'webgpu' });
    expect(broken.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    client.dispose();
  });

  it('a worker that fails to load rejects ready and ends the run with a message', async () => {
    const client = new RuntimeClient();
    const outcome = client.run('x', { backend: 'auto' }, () => undefined);
    latest().fail('404 worker.js');
    await expect(client.ready).rejects.toThrow('404 worker.js');
    await expect(outcome).resolves.toMatchObject({ kind: 'error', phase: 'backend', message: expect.stringMatching(/could not start/) });
    client.dispose();
  });
});
