/** `lab.images`: pictures from rows of grey levels or [h, w(, 1|3)] tensors, values clipped to [0, 1]. */
import type * as tfjs from '@tensorflow/tfjs';
import { clipText } from '../clip';
import type { PictureData } from '../protocol';
import { OUTPUT_LIMITS } from '../protocol/limits';
import { readGrid } from './matrix';
import { fieldsOf, shown } from './untrusted';

type Tf = typeof tfjs;

const clip01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

export function buildImages(tf: Tf, list: unknown): PictureData[] | Promise<PictureData[]> {
  if (!Array.isArray(list)) throw new TypeError('lab.images needs a list: [{ pixels, caption }]');
  if (list.length > OUTPUT_LIMITS.images) throw new RangeError(`lab.images: at most ${OUTPUT_LIMITS.images} pictures at once, got ${list.length}`);
  const images = (list as readonly unknown[]).map((image) => fieldsOf<LabImage>(image));
  const grids = images.map((image, i) => {
    const grid = readGrid(tf, image.pixels, `lab.images: picture ${i + 1}`, true);
    if (grid.rows * grid.columns > OUTPUT_LIMITS.imagePixels) {
      throw new RangeError(`lab.images: picture ${i + 1} is ${grid.rows}×${grid.columns}; at most ${OUTPUT_LIMITS.imagePixels} pixels`);
    }
    if (image.tone !== undefined && image.tone !== 'good' && image.tone !== 'bad') {
      throw new RangeError(`lab.images: picture ${i + 1}: tone must be 'good' or 'bad'`);
    }
    return grid;
  });
  const build = (values: number[][]): PictureData[] =>
    grids.map((grid, i) => {
      const image = images[i];
      return {
        width: grid.columns,
        height: grid.rows,
        channels: grid.channels === 3 ? 3 : 1,
        pixels: (values[i] ?? []).map(clip01),
        ...(image?.caption !== undefined ? { caption: clipText(shown(image.caption), OUTPUT_LIMITS.nameLength) } : {}),
        ...(image?.tone === 'good' || image?.tone === 'bad' ? { tone: image.tone } : {}),
      };
    });
  if (!grids.some((g) => g.values instanceof Promise)) return build(grids.map((g) => g.values as number[]));
  return Promise.all(grids.map((g) => Promise.resolve(g.values))).then(build);
}
