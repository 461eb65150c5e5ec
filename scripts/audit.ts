/**
 * `npm run audit`: Lighthouse and axe-core on the production build.
 *
 * Builds nothing itself (`npm run audit` runs `npm run build` first): serves
 * dist/ (or the folder given as LML_AUDIT_DIST) under a sub-path with the
 * tests' plain static server, then on the course index and one lesson
 *  - runs Lighthouse (desktop preset) in Debian's Chromium and prints the
 *    accessibility, best-practices, performance and SEO scores;
 *  - runs axe-core through playwright-core and prints violations by impact.
 * Goals (issue 7): accessibility ≥ 95, best practices ≥ 95, no serious or
 * critical axe violation. Exits 1 when a goal is missed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { BASE_FLAGS, CHROMIUM_PATH, launchChromium } from '../tests/browser/support/chromium';
import { DIST_DIR, serveStatic } from '../tests/browser/support/static-server';

const GOALS = { accessibility: 95, 'best-practices': 95 } as const;
const CATEGORIES = ['accessibility', 'best-practices', 'performance', 'seo'] as const;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** tests/browser/support/chromium.ts's base flags, plus new headless mode for Lighthouse. */
const CHROME_FLAGS = [
  '--headless=new',
  ...BASE_FLAGS,
  '--remote-debugging-port=0',
  '--user-data-dir=' + join(process.env['TMPDIR'] ?? '/tmp', `lml-audit-${process.pid}`),
];

/** Starts Chromium with a DevTools port for Lighthouse; resolves with the port. */
function startChrome(): Promise<{ port: number; process: ChildProcess }> {
  return new Promise((done, fail) => {
    const child = spawn(CHROMIUM_PATH, [...CHROME_FLAGS, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) done({ port: Number(match[1]), process: child });
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before DevTools was ready:\n${stderr}`)));
  });
}

interface PageAudit {
  readonly name: string;
  readonly scores: Record<(typeof CATEGORIES)[number], number | null>;
  readonly failedAudits: string[];
  readonly violations: { impact: string; id: string; help: string; nodes: string[] }[];
}

/** The first few elements an audit flags (Lighthouse's table items carry a `node.selector`). */
function failingNodes(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
  const selectors = items.map((item) => item.node?.selector).filter((s): s is string => typeof s === 'string');
  return selectors.length === 0 ? '' : ` (${selectors.slice(0, 4).join(', ')}${selectors.length > 4 ? ', …' : ''})`;
}

async function runLighthouse(url: string, port: number): Promise<Pick<PageAudit, 'scores' | 'failedAudits'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as PageAudit['scores'];
  // Audits that count towards accessibility and best practices and did not pass.
  const failedAudits = (['accessibility', 'best-practices'] as const).flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit?.id ?? '?'} — ${audit?.title ?? ''}${failingNodes(audit?.details)}`),
  );
  return { scores, failedAudits };
}

async function runAxe(url: string): Promise<PageAudit['violations']> {
  const browser = await launchChromium({ webgpu: false });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('main h1').first().waitFor();
    // Let lazy parts (worksheet, diagrams, editor) settle before scanning.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => ({
      impact: v.impact ?? 'unknown',
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  } finally {
    await browser.close();
  }
}

function printAudit(audit: PageAudit): void {
  console.log(`\n== ${audit.name}`);
  console.log('Lighthouse: ' + CATEGORIES.map((id) => `${id} ${audit.scores[id] ?? 'n/a'}`).join(' · '));
  for (const failed of audit.failedAudits) console.log(`  not passing  ${failed}`);
  const byImpact = new Map<string, PageAudit['violations']>();
  for (const v of audit.violations) byImpact.set(v.impact, [...(byImpact.get(v.impact) ?? []), v]);
  const order = ['critical', 'serious', 'moderate', 'minor', 'unknown'];
  console.log(`axe-core: ${order.map((impact) => `${impact} ${byImpact.get(impact)?.length ?? 0}`).join(' · ')}`);
  for (const impact of order) {
    for (const v of byImpact.get(impact) ?? []) {
      console.log(`  [${impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s): ${v.nodes.slice(0, 3).join(', ')}${v.nodes.length > 3 ? ', …' : ''})`);
    }
  }
}

const dist = process.env['LML_AUDIT_DIST'] ? resolve(process.env['LML_AUDIT_DIST']) : DIST_DIR;
const index = JSON.parse(readFileSync(join(dist, 'lessons-index.json'), 'utf8')) as { lessons: { slug: string; title: string }[] };
const lesson = index.lessons.find((l) => l.slug === process.env['LML_AUDIT_LESSON']) ?? index.lessons[0];
const server = await serveStatic(dist);
const targets = [
  { name: `course index (${server.url})`, url: server.url },
  ...(lesson ? [{ name: `lesson "${lesson.title}"`, url: `${server.url}#/lessons/${lesson.slug}` }] : []),
];

const chrome = await startChrome();
const audits: PageAudit[] = [];
try {
  for (const target of targets) {
    const lh = await runLighthouse(target.url, chrome.port);
    audits.push({ name: target.name, ...lh, violations: await runAxe(target.url) });
  }
} finally {
  chrome.process.removeAllListeners('exit');
  chrome.process.kill();
  await server.close();
}

for (const audit of audits) printAudit(audit);
const misses = audits.flatMap((audit) => [
  ...Object.entries(GOALS)
    .filter(([id, goal]) => (audit.scores[id as keyof typeof GOALS] ?? 0) < goal)
    .map(([id, goal]) => `${audit.name}: Lighthouse ${id} ${audit.scores[id as keyof typeof GOALS] ?? 'n/a'} < ${goal}`),
  ...audit.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).map((v) => `${audit.name}: axe ${v.impact} ${v.id}`),
]);
if (misses.length > 0) {
  console.log(`\naudit: ${misses.length} goal(s) missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('\naudit: all goals met (accessibility ≥ 95, best practices ≥ 95, no serious or critical axe violations).');
