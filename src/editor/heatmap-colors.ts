/**
 * Colours for heat maps, as [r, g, b] in 0–255. Pure functions, so the
 * scale is unit-tested exactly.
 *
 * - sequential: light → dark blue, linear in t = (v − min) / (max − min);
 * - diverging: blue below `center`, white at it, orange above; each side
 *   scaled by its own distance to the ends, so the center stays white even
 *   when the range is lopsided (a decision boundary at p = 0.5).
 * NaN and ±Infinity draw mid grey, so a broken value is visible, not hidden.
 */
export type Rgb = readonly [number, number, number];

const LIGHT: Rgb = [247, 251, 255];
const DARK_BLUE: Rgb = [8, 48, 107];
const BLUE: Rgb = [33, 102, 172];
const WHITE: Rgb = [255, 255, 255];
const ORANGE: Rgb = [224, 130, 20];
export const INVALID: Rgb = [150, 150, 150];

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

export interface ColorScale {
  readonly colors: 'diverging' | 'sequential';
  readonly min: number;
  readonly max: number;
  readonly center: number;
}

export function cellColor(value: number, scale: ColorScale): Rgb {
  if (!Number.isFinite(value)) return INVALID;
  const { min, max, center } = scale;
  if (scale.colors === 'sequential') {
    return mix(LIGHT, DARK_BLUE, clamp01(max > min ? (value - min) / (max - min) : 0));
  }
  if (value >= center) return mix(WHITE, ORANGE, clamp01(max > center ? (value - center) / (max - center) : 0));
  return mix(WHITE, BLUE, clamp01(center > min ? (center - value) / (center - min) : 0));
}

/** Black or white text, whichever reads better on the cell (relative luminance). */
export function textOn(color: Rgb): 'black' | 'white' {
  const [r, g, b] = color.map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 ? 'black' : 'white';
}

/** Colours for the classes of points drawn over a heat map: class 0 blue, 1 orange, then others. */
export const POINT_COLORS = ['#1f5fa8', '#d86f00', '#2e8b57', '#8e44ad', '#c0392b', '#555555'] as const;

export const rgbCss = (c: Rgb): string => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
