/** axe-core on one page, in Debian's Chromium through playwright-core, once its lazy parts settle. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

export interface AxeViolation {
  readonly impact: string;
  readonly id: string;
  readonly help: string;
  readonly nodes: string[];
}

export async function runAxe(browser: Browser, url: string): Promise<AxeViolation[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('main').first().waitFor();
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
    await context.close();
  }
}
