/**
 * Slider positions ↔ control values. A log slider spreads min…max evenly in
 * log space (learning rates: 0.001, 0.01, 0.1 and 1 equally far apart);
 * values are rounded to 3 significant digits so the label stays readable.
 */
export const SLIDER_STEPS = 1000;

export function roundSignificant(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

export function sliderToValue(position: number, min: number, max: number, log: boolean, step?: number): number {
  const t = Math.min(1, Math.max(0, position / SLIDER_STEPS));
  if (log) return roundSignificant(Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min))));
  const raw = min + t * (max - min);
  return step ? roundSignificant(Math.round((raw - min) / step) * step + min, 12) : roundSignificant(raw, 6);
}

export function valueToSlider(value: number, min: number, max: number, log: boolean): number {
  const t = log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
  return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_STEPS);
}
