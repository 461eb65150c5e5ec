/**
 * The models the speed lab trains (content/speed-lab/measure.ts builds them):
 * the course's own, plus a width sweep of MLPs for the chart of speed against
 * size. Parameter counts are worked out here from the shapes; the program
 * reports its own count and a unit test checks the two agree.
 */

/** 32 inputs → width → width → 1: weights 32·w + w·w + w·1, biases w + w + 1. */
const sweepParams = (width: number): number => 32 * width + width * width + width + (width + width + 1);

/** Timed steps per model and backend (after the first): a few seconds per pair on a laptop's CPU for the largest. */
export const LAB_STEPS = 20;

export const SWEEP_WIDTHS = [8, 32, 128, 512] as const;

export type SpeedModelId = 'playground' | `mlp-${(typeof SWEEP_WIDTHS)[number]}` | 'cnn' | 'transformer';

export interface SpeedModel {
  readonly id: SpeedModelId;
  readonly params: number;
  /** Part of the width sweep drawn on the chart (same architecture, growing width). */
  readonly sweep: boolean;
  /** The width, for sweep models. */
  readonly width?: number;
}

export const SPEED_MODELS: readonly SpeedModel[] = [
  // 2-4-2-1: weights 2·4 + 4·2 + 2·1, biases 4 + 2 + 1.
  { id: 'playground', params: 2 * 4 + 4 * 2 + 2 * 1 + (4 + 2 + 1), sweep: false },
  ...SWEEP_WIDTHS.map((width): SpeedModel => ({ id: `mlp-${width}`, params: sweepParams(width), sweep: true, width })),
  // 3×3 convolutions 1→6 and 6→12 (16→14→pool 7→5→pool 2), then 2·2·12 = 48 features → 4 classes.
  { id: 'cnn', params: 3 * 3 * 1 * 6 + 6 + (3 * 3 * 6 * 12 + 12) + (48 * 4 + 4), sweep: false },
  // Vocabulary V = 40, context T = 24, width d = 32: embeddings V·d + T·d, four d×d attention
  // matrices, the MLP d·4d + 4d + 4d·d, the output d·V + V.
  { id: 'transformer', params: 40 * 32 + 24 * 32 + 4 * 32 * 32 + (32 * 128 + 128 + 128 * 32) + (32 * 40 + 40), sweep: false },
];

export function isSpeedModelId(value: unknown): value is SpeedModelId {
  return SPEED_MODELS.some((model) => model.id === value);
}

export function speedModel(id: SpeedModelId): SpeedModel {
  const model = SPEED_MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`unknown speed lab model ${id}`);
  return model;
}
