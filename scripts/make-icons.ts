/**
 * Renders the app icons (public/icons/*.png) from the hand-written SVGs
 * beside them, with Debian's Chromium (no image library, no download).
 * Run once after changing an SVG: `npx tsx scripts/make-icons.ts`; the PNGs
 * are committed.
 *
 * The maskable icon keeps its glyph inside the central 80% circle (the
 * "safe zone" launchers may crop to), hence its own SVG with a full-bleed
 * background and a smaller diamond.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/support/chromium';

const ICONS = resolve(import.meta.dirname, '../public/icons');

const outputs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon-180.png', size: 180 },
] as const;

const browser = await launchChromium({ webgpu: false });
try {
  for (const { svg, png, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const source = readFileSync(resolve(ICONS, svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${source}`);
    writeFileSync(resolve(ICONS, png), await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(`public/icons/${png} (${size}×${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
