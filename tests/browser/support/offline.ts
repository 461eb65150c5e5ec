/** Waiting for the service worker, for the offline, hosting and deployment tests. */
import type { Page } from 'playwright-core';

/**
 * Waits until a service worker controls the page. The first install claims
 * the open page (vite.config.ts `clientsClaim`); should it not, this reloads
 * once so the tests after it run on a controlled page.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}
