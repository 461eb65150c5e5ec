/**
 * The audit's goals (issue 11; accessibility and best practices from issue 7)
 * and its one table: a row per page and preset, a column per category and
 * timing, then the goals each page misses and the worst page.
 */
import type { AxeViolation } from './axe-run';
import { CATEGORIES, type LighthouseResult, type Preset } from './lighthouse-run';

export interface PageAudit {
  readonly page: string;
  readonly preset: Preset;
  readonly lighthouse: LighthouseResult;
  /** null when axe did not run for this row (it runs once per page, with the mobile row). */
  readonly violations: AxeViolation[] | null;
}

/** Score goals (at least) and timing goals (at most), for both presets. */
export const GOALS = {
  performance: 90,
  accessibility: 95,
  'best-practices': 95,
  tbtMs: 200,
  lcpMs: 2500,
  cls: 0.05,
} as const;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export function misses(audit: PageAudit): string[] {
  const { scores, tbtMs, lcpMs, cls } = audit.lighthouse;
  const found: string[] = [];
  for (const id of ['performance', 'accessibility', 'best-practices'] as const) {
    const score = scores[id];
    if (score === null || score < GOALS[id]) found.push(`${id} ${score ?? 'n/a'} < ${GOALS[id]}`);
  }
  if (tbtMs === null || tbtMs > GOALS.tbtMs) found.push(`TBT ${tbtMs === null ? 'n/a' : Math.round(tbtMs)} ms > ${GOALS.tbtMs}`);
  if (lcpMs === null || lcpMs > GOALS.lcpMs) found.push(`LCP ${lcpMs === null ? 'n/a' : (lcpMs / 1000).toFixed(2)} s > ${GOALS.lcpMs / 1000}`);
  if (cls === null || cls > GOALS.cls) found.push(`CLS ${cls === null ? 'n/a' : cls.toFixed(3)} > ${GOALS.cls}`);
  for (const v of audit.violations ?? []) if (BLOCKING_IMPACTS.has(v.impact)) found.push(`axe ${v.impact} ${v.id}`);
  return found;
}

const cell = (value: number | null, format: (v: number) => string) => (value === null ? 'n/a' : format(value));

export function printTable(audits: readonly PageAudit[]): void {
  console.log('\n| page | preset | ' + CATEGORIES.join(' | ') + ' | TBT ms | LCP s | CLS | axe serious+ |');
  console.log('|---|---|' + CATEGORIES.map(() => '---:').join('|') + '|---:|---:|---:|---:|');
  for (const audit of audits) {
    const { scores, tbtMs, lcpMs, cls } = audit.lighthouse;
    const axe = audit.violations === null ? '' : String(audit.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).length);
    console.log(
      `| ${audit.page} | ${audit.preset} | ` +
        CATEGORIES.map((id) => cell(scores[id], String)).join(' | ') +
        ` | ${cell(tbtMs, (v) => String(Math.round(v)))} | ${cell(lcpMs, (v) => (v / 1000).toFixed(2))} | ${cell(cls, (v) => v.toFixed(3))} | ${axe} |`,
    );
  }
}

/** Lowest performance score; ties go to the longer blocking time. */
export function worst(audits: readonly PageAudit[]): PageAudit | undefined {
  return [...audits].sort(
    (a, b) =>
      (a.lighthouse.scores.performance ?? -1) - (b.lighthouse.scores.performance ?? -1) ||
      (b.lighthouse.tbtMs ?? Infinity) - (a.lighthouse.tbtMs ?? Infinity),
  )[0];
}

export function printDetails(audit: PageAudit): void {
  console.log(`\n== ${audit.page} (${audit.preset})`);
  console.log(`  paint        ${audit.lighthouse.lcpDetails}; machine benchmark index ${audit.lighthouse.benchmarkIndex ?? 'n/a'}`);
  for (const failed of audit.lighthouse.failedAudits) console.log(`  not passing  ${failed}`);
  for (const script of audit.lighthouse.busiestScripts) console.log(`  main thread  ${script}`);
  for (const v of audit.violations ?? []) {
    console.log(`  axe [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).join(', ')}${v.nodes.length > 3 ? ', …' : ''})`);
  }
}
