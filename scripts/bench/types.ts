import type { Browser } from 'playwright-core';

/** What every bench module gets: the production build served under a sub-path, and a Chromium launcher. */
export interface BenchContext {
  readonly appUrl: string;
  readonly distDir: string;
  launch(options?: { webgpu?: boolean }): Promise<Browser>;
}

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
