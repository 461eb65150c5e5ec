/**
 * Keeps the user's output in order when some of it must be read from the
 * GPU first. Tensors are read with `await t.data()`, never `dataSync()`:
 * synchronous reads block the worker and, on WebGPU in a worker (seen on
 * Chromium + SwiftShader), lose the device. A message made only of ready
 * values goes out at once when nothing is waiting (so a print just before
 * `while (true) {}` still shows); otherwise it waits its turn.
 */
export interface Outbox<E> {
  /** Sends the parts in order, after everything sent before. */
  send(parts: readonly (E | Promise<E>)[]): void;
  /** Resolves when everything is sent; rejects with the first failed read (e.g. a lost device). */
  drain(): Promise<void>;
}

export function createOutbox<E>(emit: (event: E) => void): Outbox<E> {
  let chain: Promise<void> = Promise.resolve();
  let waiting = 0;
  let failure: { error: unknown } | null = null;
  return {
    send(parts) {
      const allReady = parts.every((p) => !(p instanceof Promise));
      if (allReady && waiting === 0) {
        for (const p of parts) emit(p as E);
        return;
      }
      waiting++;
      chain = chain.then(async () => {
        try {
          const events = await Promise.all(parts);
          if (failure === null) for (const e of events) emit(e);
        } catch (error) {
          failure ??= { error };
        } finally {
          waiting--;
        }
      });
    },
    async drain() {
      await chain;
      if (failure !== null) throw failure.error;
    },
  };
}
