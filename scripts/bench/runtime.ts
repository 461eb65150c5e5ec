/**
 * Runtime bench, side by side in one browser:
 *  1. Overhead: the same fit task (scripts/bench/runtime/fit-task.ts, the
 *     house-prices model, 40 epochs × 10 batches) through the full runtime
 *     (worker, protocol, chart/progress/metrics events) vs a bare page
 *     calling it directly with tfjs on the main thread. Runs alternate
 *     (bare, runtime, bare, …) after a warm-up of each, so drift hits both;
 *     ratio = median(runtime) / median(bare). Goal on cpu: ≤ 1.10. Measured
 *     on a short fit (40 epochs, ~0.1 s: the run's fixed cost — worker
 *     round trip, compile, clean-up — weighs most) and a longer one (400
 *     epochs, over a second: the per-epoch cost of the events).
 *     The short fit is repeated 15 times: at ~0.1 s a run, a stray
 *     millisecond moves the ratio. Both sides run code compiled once (the
 *     worker remembers its last compile, as it does for a student's reruns).
 *     Also on WebGPU (SwiftShader here: information only, fewer epochs).
 *  2. Milliseconds from run() to the first live chart point of the
 *     house-prices example: the first run in a fresh worker (backend start
 *     included) and a second run.
 * The two pages are the bench's own small Vite build (bench-pages.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { serveBenchPages } from './bench-pages';
import { median, type BenchContext, type BenchRow } from './types';


interface TimedRun {
  readonly wallMs: number;
  readonly firstChartMs: number | null;
  readonly finalLoss: number | null;
  readonly outcome: { kind: string; backend?: string; message?: string };
}
interface BareRun {
  readonly ms: number;
  readonly finalLoss: number;
}
type Backend = 'cpu' | 'webgpu';

async function openPage(browser: Browser, url: string, ready: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => name in window, ready);
  return page;
}

const runClient = (page: Page, which: string, backend: Backend, scale: number): Promise<TimedRun> =>
  page.evaluate(
    ([w, b, s]) => (window as unknown as { benchClient: (w: string, b: string, s: number) => Promise<TimedRun> }).benchClient(w, b, s),
    [which, backend, scale] as const,
  );

const runBare = (page: Page, backend: Backend, scale: number): Promise<BareRun> =>
  page.evaluate(
    ([b, s]) => (window as unknown as { benchBare: (b: string, s: number) => Promise<BareRun> }).benchBare(b, s),
    [backend, scale] as const,
  );

function checkDone(run: TimedRun, backend: Backend): void {
  if (run.outcome.kind !== 'done' || run.outcome.backend !== backend) {
    throw new Error(`runtime run did not finish on ${backend}: ${JSON.stringify(run.outcome)}`);
  }
}

async function overhead(browser: Browser, base: string, backend: Backend, runs: number, scale: number): Promise<BenchRow[]> {
  const bare = await openPage(browser, base + 'bare.html', 'benchBare');
  const client = await openPage(browser, base + 'client.html', 'benchClient');
  try {
    await runBare(bare, backend, scale); // warm-up: backend start, shader compiles
    checkDone(await runClient(client, 'task', backend, scale), backend);
    const bareMs: number[] = [];
    const runtimeMs: number[] = [];
    let lossBare = NaN;
    let lossRuntime: number | null = null;
    for (let i = 0; i < runs; i++) {
      const b = await runBare(bare, backend, scale);
      bareMs.push(b.ms);
      lossBare = b.finalLoss;
      const r = await runClient(client, 'task', backend, scale);
      checkDone(r, backend);
      runtimeMs.push(r.wallMs);
      lossRuntime = r.finalLoss;
    }
    const epochs = Math.max(1, Math.round(40 * scale));
    const same = `final loss bare ${lossBare.toFixed(5)} vs runtime ${lossRuntime?.toFixed(5) ?? '?'}`;
    const label = `${backend === 'cpu' ? 'cpu' : 'webgpu (SwiftShader, information)'}, ${epochs} epochs`;
    return [
      { name: `fit overhead ratio, ${label}`, value: median(runtimeMs) / median(bareMs), unit: 'x', note: `runtime/bare, median of ${runs}; goal ≤ 1.10 on cpu; ${same}` },
      { name: `fit via runtime, ${label}`, value: median(runtimeMs), unit: 'ms', note: `${epochs} epochs × 10 batches, run() to outcome on the page` },
      { name: `fit on bare page, ${label}`, value: median(bareMs), unit: 'ms', note: `${epochs} epochs × 10 batches, tfjs on the main thread` },
    ];
  } finally {
    await bare.context().close();
    await client.context().close();
  }
}

async function firstChartPoint(browser: Browser, base: string, runs: number): Promise<BenchRow[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openPage(browser, base + 'client.html', 'benchClient');
    try {
      for (const into of [cold, warm]) {
        const run = await runClient(page, 'example', 'cpu', 1);
        checkDone(run, 'cpu');
        if (run.firstChartMs === null) throw new Error('the example drew no chart point');
        into.push(run.firstChartMs);
      }
    } finally {
      await page.context().close();
    }
  }
  return [
    { name: 'run → first chart point, fresh worker (cpu)', value: median(cold), unit: 'ms', note: `house-prices example, backend start included, median of ${runs}` },
    { name: 'run → first chart point, second run (cpu)', value: median(warm), unit: 'ms', note: `house-prices example, median of ${runs}` },
  ];
}

export default async function benchRuntime(ctx: BenchContext): Promise<BenchRow[]> {
  const server = await serveBenchPages();
  const browser = await ctx.launch({ webgpu: true });
  try {
    return [
      ...(await overhead(browser, server.url, 'cpu', 15, 1)),
      ...(await overhead(browser, server.url, 'cpu', 5, 10)),
      ...(await firstChartPoint(browser, server.url, 5)),
      ...(await overhead(browser, server.url, 'webgpu', 3, 0.25)),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
