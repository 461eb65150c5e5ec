/**
 * `npm run audit`: Lighthouse and axe-core on every page of the production build.
 *
 * Builds nothing itself (`npm run audit` runs `npm run build` first): serves
 * dist/ (or the folder named by LML_AUDIT_DIST) under a sub-path, text files
 * gzip-compressed as real hosts send them (scripts/audit/serve-compressed.ts),
 * then for every page (the course index, every
 * lesson, a shared scenario, a preset link, the not-found page) runs
 * Lighthouse in the mobile preset (its default: simulated slow 4G, 4× CPU)
 * and the desktop preset, and axe-core once. Prints one table (page × preset
 * × category, TBT, LCP, CLS), the goals each page misses and the worst page;
 * exits 1 when a goal is missed. Goals: see scripts/audit/report.ts.
 *
 * Options (after `--` with npm): `--pages=index,losses-and-softmax` (page ids:
 * `index`, a lesson or reference page slug, `share`, `preset`, `not-found`), `--preset=mobile`
 * or `--preset=desktop`, `--no-axe`, `--details` (failing audits, the LCP
 * element, long tasks and layout shifts, per row), `--runs=3` (Lighthouse
 * runs per page and preset; the row is the run with the median performance
 * score, which steadies figures on a busy machine).
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/support/chromium';
import { sitePages } from '../tests/browser/support/site-pages';
import { TEST_DIST } from '../tests/browser/support/build';
import { runAxe } from './audit/axe-run';
import { startChrome } from './audit/chrome';
import { medianRun, runLighthouse, type LighthouseResult, type Preset } from './audit/lighthouse-run';
import { misses, printDetails, printTable, worst, type PageAudit } from './audit/report';
import { serveCompressed } from './audit/serve-compressed';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const onlyPages = option('pages')?.split(',');
const presets: Preset[] = option('preset') === 'mobile' ? ['mobile'] : option('preset') === 'desktop' ? ['desktop'] : ['mobile', 'desktop'];
const withAxe = !args.includes('--no-axe');
const withDetails = args.includes('--details');
const runs = Math.max(1, Number(option('runs') ?? 1) || 1);

const dist = process.env['LML_AUDIT_DIST'] ? resolve(process.env['LML_AUDIT_DIST']) : TEST_DIST;
const pages = sitePages(dist).filter((p) => !onlyPages || onlyPages.includes(p.id));
if (pages.length === 0) throw new Error(`no page matches --pages=${onlyPages?.join(',') ?? ''}`);

const server = await serveCompressed(dist);
const chrome = await startChrome();
const axeBrowser = withAxe ? await launchChromium({ webgpu: false }) : null;
const audits: PageAudit[] = [];
try {
  for (const page of pages) {
    const url = server.url + page.hash;
    for (const preset of presets) {
      console.error(`audit: ${page.id} (${preset})…`);
      const results: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) results.push(await runLighthouse(url, chrome.port, preset));
      const lighthouse = medianRun(results);
      const violations = axeBrowser && preset === presets[0] ? await runAxe(axeBrowser, url) : null;
      audits.push({ page: page.id, preset, lighthouse, violations });
    }
  }
} finally {
  chrome.stop();
  await axeBrowser?.close();
  await server.close();
}

printTable(audits);
if (withDetails) audits.forEach(printDetails);
const missed = audits.map((audit) => ({ audit, found: misses(audit) })).filter((m) => m.found.length > 0);
for (const { audit, found } of missed) console.log(`  misses  ${audit.page} (${audit.preset}): ${found.join('; ')}`);
for (const preset of presets) {
  const w = worst(audits.filter((a) => a.preset === preset));
  if (w) {
    const { scores, tbtMs, lcpMs } = w.lighthouse;
    console.log(`worst page (${preset}): ${w.page}: performance ${scores.performance ?? 'n/a'}, TBT ${Math.round(tbtMs ?? NaN)} ms, LCP ${((lcpMs ?? NaN) / 1000).toFixed(2)} s`);
  }
}
if (missed.length > 0) {
  console.log(`\naudit: ${missed.length} of ${audits.length} page runs miss a goal.`);
  process.exit(1);
}
console.log(`\naudit: all ${audits.length} page runs meet every goal (performance ≥ 90, TBT ≤ 200 ms, LCP ≤ 2.5 s, CLS ≤ 0.05, accessibility ≥ 95, best practices ≥ 95, no serious or critical axe violation).`);
