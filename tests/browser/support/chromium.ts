/**
 * Launches Debian's Chromium through playwright-core with the flags from
 * shared/browser-testing.md: WebGPU on SwiftShader, no background networking.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags every Chromium we start gets (also used by scripts/audit.ts for Lighthouse). */
export const BASE_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
];

/**
 * The compositor draws in software instead of through SwiftShader's emulated
 * GL; WebGL and WebGPU still run on SwiftShader. On two cores this cut the CPU
 * time of page-heavy test files by 13-20 % (layout.test.ts: 120 → 95 s).
 */
const SOFTWARE_COMPOSITING_FLAGS = ['--disable-gpu-compositing'];

const WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
];

export interface LaunchOptions {
  /** false: start Chromium without WebGPU, to test the fallback path. */
  readonly webgpu?: boolean;
  /**
   * true for the tests (with-browser.ts), which check what a page does, not
   * how fast it draws; the benchmarks, Lighthouse and axe keep GPU compositing.
   */
  readonly softwareCompositing?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run "npx tsx scripts/ensure-chromium.ts".`);
  }
  const webgpu = options.webgpu ?? true;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_FLAGS, ...(options.softwareCompositing === true ? SOFTWARE_COMPOSITING_FLAGS : []), ...(webgpu ? WEBGPU_FLAGS : [])],
  });
}

/** Console errors and uncaught page errors, collected for assertions. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  return problems;
}

export interface FreshPageOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  /**
   * 'allow' for the tests of offline use, updates and the cache (they wait
   * for the service worker). Blocked otherwise: every fresh profile would
   * register it and precache the whole app (~15 MB) beside the test:
   * measured, the 12 s after opening one lesson cost 6.6-7.5 CPU-seconds
   * with it and 2.5-2.6 without, and the browser files open about 85 profiles. The app without a service worker
   * is what a browser that has none (or a private window that blocks it) gets.
   */
  readonly serviceWorkers?: 'allow' | 'block';
}

/** A fresh context with its own storage (like a new browser profile). */
export async function freshPage(browser: Browser, options: FreshPageOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  return { context, page, problems: watchProblems(page) };
}
