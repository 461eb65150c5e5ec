/**
 * Function plots typeset at build time: a fenced ```plot block holding JSON
 * `{ "functions": ["sigmoid"], "x": [-6, 6], "y"?: [min, max], "title"?: "…" }`
 * becomes an inline SVG, so reading a lesson needs no chart library.
 * Function names are the keys of `plotFunctions` (src/math/plot-registry.ts).
 */
import type { Code, Root } from 'mdast';
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { visit } from 'unist-util-visit';
import { replaceWithBlock } from './block-node';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { plotFunctions } from '../../math/plot-registry';
import { tIn } from '../../i18n/content-text';
import type { Locale } from '../../i18n/locales';

const plotSpec = z.strictObject({
  functions: z.array(z.string()).min(1).max(6),
  x: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, 'x must be [min, max] with min < max'),
  y: z
    .tuple([z.number(), z.number()])
    .refine(([a, b]) => a < b, 'y must be [min, max] with min < max')
    .optional(),
  title: z.string().optional(),
});

type PlotSpec = z.infer<typeof plotSpec>;

const WIDTH = 480;
const HEIGHT = 260;
const PAD = { left: 40, right: 12, top: 28, bottom: 28 };
const SAMPLES = 241;

/** Ticks at "nice" steps (1, 2 or 5 × 10^k) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((v) => v >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  }
  return ticks;
}

export function renderPlot(spec: PlotSpec, locale: Locale = 'en'): Element {
  const series = spec.functions.map((name) => {
    const entry = plotFunctions[name];
    if (!entry) throw new Error(`unknown plot function "${name}"`);
    const points: [number, number][] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const x = spec.x[0] + ((spec.x[1] - spec.x[0]) * i) / (SAMPLES - 1);
      points.push([x, entry.fn(x)]);
    }
    return { name, label: entry.label, points };
  });
  const ys = series.flatMap((line) => line.points.map(([, y]) => y)).filter(Number.isFinite);
  const [yMin, yMax] = spec.y ?? [Math.min(0, ...ys), Math.max(...ys)];
  const yPad = spec.y ? 0 : (yMax - yMin) * 0.05 || 1;
  const y0 = yMin - yPad;
  const y1 = yMax + yPad;
  const px = (x: number) => PAD.left + ((x - spec.x[0]) / (spec.x[1] - spec.x[0])) * (WIDTH - PAD.left - PAD.right);
  const py = (y: number) => HEIGHT - PAD.bottom - ((y - y0) / (y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom);
  const fmt = (v: number) => String(Number(v.toPrecision(3)));

  const grid: ElementContent[] = [];
  for (const x of niceTicks(spec.x[0], spec.x[1])) {
    grid.push(s('line', { class: x === 0 ? 'plot-axis' : 'plot-grid', x1: px(x), x2: px(x), y1: PAD.top, y2: HEIGHT - PAD.bottom }));
    grid.push(s('text', { class: 'plot-tick', x: px(x), y: HEIGHT - PAD.bottom + 14, 'text-anchor': 'middle' }, fmt(x)));
  }
  for (const y of niceTicks(y0, y1, 5)) {
    grid.push(s('line', { class: y === 0 ? 'plot-axis' : 'plot-grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: py(y), y2: py(y) }));
    grid.push(s('text', { class: 'plot-tick', x: PAD.left - 4, y: py(y) + 4, 'text-anchor': 'end' }, fmt(y)));
  }
  const lines = series.map((line, index) => {
    const d = line.points
      .filter(([, y]) => Number.isFinite(y) && y >= y0 && y <= y1)
      .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
      .join('');
    return s('path', { class: `plot-line plot-line-${index}`, d, fill: 'none' });
  });
  const legend = series.map((line, index) =>
    s('text', { class: `plot-legend plot-legend-${index}`, x: PAD.left + 8 + index * 150, y: 16 }, `— ${line.label}`),
  );
  const title = spec.title ?? series.map((line) => line.label).join(', ');
  return s('figure', { class: 'plot' }, [
    s(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': tIn(locale, 'content.plot.label', { title }), class: 'plot-svg' },
      [s('title', title), ...grid, ...lines, ...legend],
    ),
    ...(spec.title ? [s('figcaption', spec.title)] : []),
  ]);
}

export function remarkPlots(locale: Locale = 'en') {
  return () => (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'plot') return;
      const fail = (message: string) => {
        file.message(`plot: ${message}`, { place: node.position, ruleId: 'bad-plot', source: 'lml' });
      };
      let json: unknown;
      try {
        json = JSON.parse(node.value);
      } catch (error) {
        fail(`not valid JSON (${(error as Error).message})`);
        return;
      }
      const spec = plotSpec.safeParse(json);
      if (!spec.success) {
        fail(spec.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`).join('; '));
        return;
      }
      const unknown = spec.data.functions.filter((name) => !Object.hasOwn(plotFunctions, name));
      if (unknown.length > 0) {
        fail(`unknown function ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${Object.keys(plotFunctions).join(', ')}`);
        return;
      }
      replaceWithBlock(node, 'div', { className: ['plot-block'] }, [renderPlot(spec.data, locale)]);
    });
  };
}
