/**
 * One Lighthouse run on one page, in the mobile preset (Lighthouse's
 * default: a Moto G-class phone, simulated slow 4G, 4× CPU slowdown) or the
 * desktop preset; returns the four category scores, the three timings the
 * goals name, and what did not pass.
 */
import lighthouse, { desktopConfig } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
  readonly scores: Record<Category, number | null>;
  /** Total blocking time (ms), largest contentful paint (ms), cumulative layout shift. */
  readonly tbtMs: number | null;
  readonly lcpMs: number | null;
  readonly cls: number | null;
  /** Accessibility and best-practice audits that count and did not pass. */
  readonly failedAudits: string[];
  /** The scripts that kept the main thread busiest, and the LCP element with its phases (for `--details`). */
  readonly busiestScripts: string[];
  readonly lcpDetails: string;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster; a quiet laptop scores ~1000–2000). */
  readonly benchmarkIndex: number | null;
}

/** The first few elements an audit flags (Lighthouse's table items carry a `node.selector`). */
function failingNodes(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
  const selectors = items.map((item) => item.node?.selector).filter((s): s is string => typeof s === 'string');
  return selectors.length === 0 ? '' : ` (${selectors.slice(0, 4).join(', ')}${selectors.length > 4 ? ', …' : ''})`;
}

/** The LCP element and its phases (Lighthouse's `largest-contentful-paint-element` audit), with first contentful paint. */
function lcpDetails(details: unknown, fcpMs: number | null): string {
  const tables = (details as { items?: { items?: Record<string, unknown>[] }[] } | undefined)?.items ?? [];
  const element = tables[0]?.items?.[0]?.['node'] as { snippet?: string } | undefined;
  const phases = (tables[1]?.items ?? []).map((p) => `${String(p['phase'])} ${Math.round(Number(p['timing']))} ms`);
  return `FCP ${fcpMs === null ? 'n/a' : Math.round(fcpMs)} ms; LCP element ${element?.snippet?.slice(0, 80) ?? '?'}; ${phases.join(', ')}`;
}

/** The longest main-thread tasks (simulated), where they started and what they are attributed to. */
function longTasks(details: unknown): string[] {
  const items = (details as { items?: { url?: string; duration?: number; startTime?: number }[] } | undefined)?.items ?? [];
  return [...items]
    .sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))
    .slice(0, 5)
    .map((t) => `long task ${Math.round(t.duration ?? 0)} ms at ${Math.round(t.startTime ?? 0)} ms: ${(t.url ?? '?').replace(/^.*\/assets\//, 'assets/')}`);
}

/** The elements that moved most (Lighthouse's `layout-shifts` audit). */
function shifts(details: unknown): string[] {
  const items = (details as { items?: { node?: { selector?: string; snippet?: string }; score?: number }[] } | undefined)?.items ?? [];
  return items.slice(0, 4).map((item) => `layout shift ${(item.score ?? 0).toFixed(3)}: ${item.node?.selector ?? item.node?.snippet ?? '?'}`);
}

function busiest(details: unknown): string[] {
  const items = (details as { items?: { url?: string; total?: number; scripting?: number }[] } | undefined)?.items ?? [];
  return items
    .slice(0, 6)
    .map((item) => `${Math.round(item.total ?? 0)} ms total, ${Math.round(item.scripting ?? 0)} ms scripting: ${(item.url ?? '?').replace(/^.*\/assets\//, 'assets/')}`);
}

export async function runLighthouse(url: string, port: number, preset: Preset): Promise<LighthouseResult> {
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as LighthouseResult['scores'];
  const numeric = (id: string) => {
    const value = audits[id]?.numericValue;
    return typeof value === 'number' ? value : null;
  };
  const failedAudits = (['accessibility', 'best-practices'] as const).flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit?.id ?? '?'} — ${audit?.title ?? ''}${failingNodes(audit?.details)}`),
  );
  return {
    scores,
    tbtMs: numeric('total-blocking-time'),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    failedAudits,
    busiestScripts: [...busiest(audits['bootup-time']?.details), ...longTasks(audits['long-tasks']?.details), ...shifts(audits['layout-shifts']?.details)],
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    lcpDetails: lcpDetails(audits['largest-contentful-paint-element']?.details, numeric('first-contentful-paint')),
  };
}

/** Of several runs of one page, the one with the median performance score (its own timings come with it). */
export function medianRun(results: readonly LighthouseResult[]): LighthouseResult {
  const sorted = [...results].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse run to choose from');
  return median;
}
