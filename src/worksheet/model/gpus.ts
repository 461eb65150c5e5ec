/**
 * The GPU price table that ships with the app (editable per scenario).
 *
 * Peak FLOP/s are DENSE figures (no 2:4 sparsity) from the vendors'
 * datasheets: NVIDIA H100 SXM5 datasheet (BF16 Tensor Core 1,979 TFLOP/s
 * with sparsity → 989 dense), A100 SXM datasheet (BF16 312 dense), L4
 * datasheet (FP16 Tensor 242 with sparsity → 121 dense), Ada Lovelace
 * whitepaper for the GeForce RTX 4090 (FP16 Tensor with FP32 accumulate
 * 165.2 dense). Prices per GPU-hour are typical on-demand cloud list prices
 * (hyperscaler and GPU-cloud range, rounded); they move fast, which is why
 * each row carries the month it was checked and the sidebar shows it.
 */
import type { GpuPrice } from './types';
import { flopsPerSecond, usd } from './units';

export const PRICES_CHECKED = '2026-11';

export const DEFAULT_GPUS: readonly GpuPrice[] = [
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM',
    peakFlopsPerSecond: flopsPerSecond(989e12),
    precision: 'BF16 dense',
    pricePerHour: usd(2.99),
    checked: PRICES_CHECKED,
  },
  {
    id: 'a100-sxm',
    name: 'NVIDIA A100 SXM 80GB',
    peakFlopsPerSecond: flopsPerSecond(312e12),
    precision: 'BF16 dense',
    pricePerHour: usd(1.79),
    checked: PRICES_CHECKED,
  },
  {
    id: 'l4',
    name: 'NVIDIA L4',
    peakFlopsPerSecond: flopsPerSecond(121e12),
    precision: 'FP16 dense',
    pricePerHour: usd(0.8),
    checked: PRICES_CHECKED,
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    peakFlopsPerSecond: flopsPerSecond(165.2e12),
    precision: 'FP16 dense, FP32 accumulate',
    pricePerHour: usd(0.69),
    checked: PRICES_CHECKED,
  },
];

/** The GPU with this id, or the table's first row when the id is unknown (the validator prevents that). */
export function findGpu(gpus: readonly GpuPrice[], id: string): GpuPrice | undefined {
  return gpus.find((gpu) => gpu.id === id) ?? gpus[0];
}

/** The GPUs the scenario's inference, capacity plan and training use: removing one of them would change their costs silently. */
export function gpusInUse(scenario: {
  readonly inference: { readonly gpuId: string };
  readonly training: { readonly gpuId: string };
  readonly capacity?: { readonly gpuId: string };
}): Set<string> {
  return new Set([scenario.inference.gpuId, scenario.training.gpuId, ...(scenario.capacity ? [scenario.capacity.gpuId] : [])]);
}

/**
 * A new row for the price table, for a GPU the shipped table lacks: an id no
 * row has (`custom-1`, `custom-2`, …), placeholder figures the user then
 * edits, and `checked` = the month it is added in (`YYYY-MM`).
 */
export function newGpuRow(existing: readonly GpuPrice[], checked: string): GpuPrice {
  const ids = new Set(existing.map((gpu) => gpu.id));
  let n = 1;
  while (ids.has(`custom-${n}`)) n += 1;
  return {
    id: `custom-${n}`,
    name: `Custom GPU ${n}`,
    peakFlopsPerSecond: flopsPerSecond(100e12),
    precision: 'BF16 dense',
    pricePerHour: usd(1),
    checked,
  };
}

/** `YYYY-MM` of a date, in UTC. */
export function yearMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}
