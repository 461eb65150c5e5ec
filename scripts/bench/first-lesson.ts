/**
 * Cold load of the first lesson on the production build: gzip bytes of the
 * JavaScript and CSS fetched before the lesson's text is visible, and the
 * milliseconds until it is (median of N cold loads, each in a fresh context
 * with an empty cache).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext, BenchRow } from './types';
import { median } from './types';

const RUNS = 7;

interface LoadSample {
  readonly visibleMs: number;
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly jsFiles: number;
}

const gzipCache = new Map<string, number>();
function gzipSize(distDir: string, pathname: string, subPath: string): number {
  const relative = decodeURIComponent(pathname.slice(subPath.length));
  const cached = gzipCache.get(relative);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(join(distDir, relative)), { level: 9 }).length;
  gzipCache.set(relative, size);
  return size;
}

export default async function benchFirstLesson(ctx: BenchContext): Promise<BenchRow[]> {
  const { lessons } = JSON.parse(readFileSync(join(ctx.distDir, 'lessons-index.json'), 'utf8')) as {
    lessons: { slug: string }[];
  };
  const first = lessons[0]?.slug;
  if (!first) throw new Error('no lessons in the build');
  const subPath = new URL(ctx.appUrl).pathname;
  const browser = await ctx.launch({ webgpu: true });
  const samples: LoadSample[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // A string, not a function: tsx would wrap named functions in a `__name` helper the page lacks.
      // Checked every animation frame (a frame is when text can first be seen).
      await page.addInitScript(`(() => {
        const check = () => {
          const body = document.querySelector('.lesson-body');
          if (body && (body.textContent || '').trim().length > 0) window.__lessonVisibleAt = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })();`);
      await page.goto(`${ctx.appUrl}#/lessons/${first}`);
      await page.waitForFunction(() => (window as unknown as { __lessonVisibleAt?: number }).__lessonVisibleAt !== undefined);
      const { visibleAt, resources } = await page.evaluate(() => {
        const at = (window as unknown as { __lessonVisibleAt: number }).__lessonVisibleAt;
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return {
          visibleAt: at,
          resources: entries.filter((e) => e.startTime <= at).map((e) => new URL(e.name).pathname),
        };
      });
      let jsGzip = 0;
      let cssGzip = 0;
      let jsFiles = 0;
      for (const pathname of resources) {
        if (!pathname.startsWith(subPath)) continue;
        if (pathname.endsWith('.js')) {
          jsGzip += gzipSize(ctx.distDir, pathname, subPath);
          jsFiles++;
        } else if (pathname.endsWith('.css')) {
          cssGzip += gzipSize(ctx.distDir, pathname, subPath);
        }
      }
      samples.push({ visibleMs: visibleAt, jsGzip, cssGzip, jsFiles });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [
    { name: 'first lesson: JavaScript before text (gzip)', value: median(samples.map((s) => s.jsGzip)) / 1024, unit: 'KiB', note: `goal ≤ 100 KiB (TensorFlow Playground: 89); ${median(samples.map((s) => s.jsFiles))} files` },
    { name: 'first lesson: CSS before text (gzip)', value: median(samples.map((s) => s.cssGzip)) / 1024, unit: 'KiB' },
    { name: 'first lesson: time to text (cold, local)', value: median(samples.map((s) => s.visibleMs)), unit: 'ms', note: `median of ${RUNS}` },
  ];
}
