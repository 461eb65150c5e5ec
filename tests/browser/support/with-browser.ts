/**
 * The set-up most browser test files share: one Chromium and one static
 * server of the build for the whole file, opened in `beforeAll` and closed in
 * `afterAll` (browser first, then server; whatever a failed `beforeAll` never
 * opened is skipped, see teardown.ts). Hooks a file adds after calling this
 * run after it opens and, Vitest running `afterAll` hooks in reverse, before
 * it closes, so a file's own contexts close while the browser is still up.
 *
 *   const lab = withBrowser({ webgpu: false });
 *   it('…', async () => { const { page } = await freshPage(lab.browser); await page.goto(lab.server.url); });
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { serveStatic, SUB_PATH, type StaticServer } from './static-server';
import { closeIfOpened } from './teardown';
import { TEST_DIST } from './build';

export interface BrowserOptions {
  /** true: Chromium with WebGPU on SwiftShader; false: without, to test the fallback path. */
  readonly webgpu: boolean;
  /**
   * The build to serve under /courses/lab/: TEST_DIST unless given (a folder,
   * or a function that makes one, e.g. build B); false serves nothing (the
   * file starts its own servers).
   */
  readonly serve?: string | (() => Promise<string>) | false;
  /** Time for opening both, when the build has to be made first (ms). */
  readonly timeout?: number;
}

export interface OpenBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function withBrowser(options: BrowserOptions): OpenBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const serve = options.serve ?? TEST_DIST;
    if (serve !== false) server = await serveStatic(typeof serve === 'string' ? serve : await serve(), SUB_PATH);
    browser = await launchChromium({ webgpu: options.webgpu, softwareCompositing: true });
  }, options.timeout);
  afterAll(async () => {
    await closeIfOpened(browser);
    await closeIfOpened(server);
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('withBrowser: Chromium is not open (used outside a test, or its beforeAll failed)');
      return browser;
    },
    get server(): StaticServer {
      if (!server) throw new Error(options.serve === false ? 'withBrowser: this file serves no build (serve: false)' : 'withBrowser: the server is not up (used outside a test, or its beforeAll failed)');
      return server;
    },
  };
}
