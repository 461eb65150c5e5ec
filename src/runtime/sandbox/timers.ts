/**
 * Run-scoped timers. Student code may start `setTimeout`, `setInterval` or
 * `requestAnimationFrame` callbacks and return without waiting for them;
 * they would go on after "Finished", creating tensors no run cleans up
 * (measured: 0 → 741 live tensors over ten runs of a `setInterval`).
 *
 * The scope's timer functions are replaced once by wrappers that note every
 * timer started while a run is on; `cancelAll()` at the run's end cancels
 * the ones still pending. Timers started between runs (by the runtime) are
 * not noted. The original functions stay private to this module.
 */

type Handle = unknown;

interface TimerScope {
  setTimeout: (handler: unknown, ms?: number, ...args: unknown[]) => Handle;
  clearTimeout: (id: Handle) => void;
  setInterval: (handler: unknown, ms?: number, ...args: unknown[]) => Handle;
  clearInterval: (id: Handle) => void;
  requestAnimationFrame?: (callback: (time: number) => void) => Handle;
  cancelAnimationFrame?: (id: Handle) => void;
}

export interface RunTimers {
  /** Starts noting timers (a run begins). */
  track(): void;
  /** Cancels every noted timer still pending and stops noting; returns how many of each kind. */
  cancelAll(): { timeouts: number; intervals: number; frames: number };
}

type Kind = 'timeouts' | 'intervals' | 'frames';

export function installRunTimers(target: object): RunTimers {
  const scope = target as TimerScope;
  const real = {
    setTimeout: scope.setTimeout.bind(target),
    clearTimeout: scope.clearTimeout.bind(target),
    setInterval: scope.setInterval.bind(target),
    clearInterval: scope.clearInterval.bind(target),
    requestAnimationFrame: scope.requestAnimationFrame?.bind(target),
    cancelAnimationFrame: scope.cancelAnimationFrame?.bind(target),
  };
  const live = new Map<Handle, Kind>();
  let tracking = false;
  const note = (id: Handle, kind: Kind): Handle => {
    if (tracking) live.set(id, kind);
    return id;
  };
  /** A one-shot callback forgets its handle when it fires. */
  const once = (handler: unknown, id: () => Handle) =>
    typeof handler === 'function'
      ? (...args: unknown[]) => {
          live.delete(id());
          (handler as (...a: unknown[]) => void)(...args);
        }
      : handler;

  scope.setTimeout = (handler, ms, ...args) => {
    let id: Handle = null;
    id = real.setTimeout(once(handler, () => id), ms, ...args);
    return note(id, 'timeouts');
  };
  scope.clearTimeout = (id) => {
    live.delete(id);
    real.clearTimeout(id);
  };
  scope.setInterval = (handler, ms, ...args) => note(real.setInterval(handler, ms, ...args), 'intervals');
  scope.clearInterval = (id) => {
    live.delete(id);
    real.clearInterval(id);
  };
  const raf = real.requestAnimationFrame;
  const caf = real.cancelAnimationFrame;
  if (raf && caf) {
    scope.requestAnimationFrame = (callback) => {
      let id: Handle = null;
      id = raf(once(callback, () => id) as (time: number) => void);
      return note(id, 'frames');
    };
    scope.cancelAnimationFrame = (id) => {
      live.delete(id);
      caf(id);
    };
  }

  return {
    track() {
      live.clear();
      tracking = true;
    },
    cancelAll() {
      tracking = false;
      const counts = { timeouts: 0, intervals: 0, frames: 0 };
      for (const [id, kind] of live) {
        counts[kind]++;
        if (kind === 'intervals') real.clearInterval(id);
        else if (kind === 'frames') caf?.(id);
        else real.clearTimeout(id);
      }
      live.clear();
      return counts;
    },
  };
}
