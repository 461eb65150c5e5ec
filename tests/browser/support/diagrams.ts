import type { Page } from 'playwright-core';

/**
 * Diagrams are drawn when they come near the viewport: scrolls to each one,
 * as a reader would, and waits until it is drawn (or shows its error box).
 * Returns how many there are.
 */
export async function scrollThroughDiagrams(page: Page, timeout = 60_000): Promise<number> {
  const figures = page.locator('figure.mermaid-diagram');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.mermaid-output').waitFor({ timeout });
  }
  return count;
}
