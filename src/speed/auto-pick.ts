/**
 * What Auto runs an example on, decided by measuring (issue 14), as pure
 * functions: which backends are candidates, which probe model stands for the
 * example's work, which measured candidate wins, and the reason shown.
 *
 * The rules:
 * - A candidate is a backend this browser offers that does not emulate a GPU
 *   in software: a WebGPU fallback adapter or a WebGL software rasterizer
 *   (SwiftShader) is never Auto's choice while the CPU backend works, and
 *   the CPU backend always does. With the CPU the only candidate, nothing
 *   is measured.
 * - Otherwise each candidate trains the probe model for a few steps in the
 *   same worker; the fastest in steps per second whose loss matches the
 *   CPU backend's (results.ts, PARITY_TOLERANCE) wins.
 * - The choice is remembered per example and device: the browser and its
 *   major version, the WebGPU adapter and the WebGL renderer. When any of
 *   them changes, Auto measures again.
 */
import type { BackendName } from '../runtime/protocol/backends';
import type { SpeedModelId } from './models';
import { parityOf, type Measured, type SpeedRow } from './results';

/** Timed steps per candidate (after the first, which compiles shaders): enough to rank, short enough to stay near a second. */
export const PROBE_STEPS = 8;

export interface Offered {
  readonly webgpu: { readonly available: boolean; readonly adapter: string | null; readonly software?: boolean };
  readonly webgl: boolean;
  readonly webglSoftware?: boolean;
  readonly webglRenderer?: string | null;
}

/** The backends Auto may choose here, in the fallback order (CPU always last). */
export function autoCandidates(offered: Offered): BackendName[] {
  const candidates: BackendName[] = [];
  if (offered.webgpu.available && offered.webgpu.software !== true) candidates.push('webgpu');
  if (offered.webgl && offered.webglSoftware !== true) candidates.push('webgl');
  candidates.push('cpu');
  return candidates;
}

/** What Auto passed over as an emulated GPU, for the reason text. */
export function passedOver(offered: Offered): BackendName[] {
  const over: BackendName[] = [];
  if (offered.webgpu.available && offered.webgpu.software === true) over.push('webgpu');
  if (offered.webgl && offered.webglSoftware === true) over.push('webgl');
  return over;
}

/** The device as far as speed goes: a change of browser version, GPU adapter or WebGL renderer means measuring again. */
export function deviceKey(browser: string, offered: Offered): string {
  return [browser, offered.webgpu.available ? (offered.webgpu.adapter ?? 'unnamed adapter') : 'no WebGPU', offered.webgl ? (offered.webglRenderer ?? 'unnamed renderer') : 'no WebGL'].join(' | ');
}

/**
 * The speed lab model that stands for the code's work: convolutions → the
 * shapes CNN; attention (a softmax over a matrix product) → the tiny
 * transformer; anything else → the Playground network. Read from the code
 * being run, so an edited example is probed for what it now does.
 */
export function probeModelFor(code: string): SpeedModelId {
  if (/\bconv[123]d\b/i.test(code)) return 'cnn';
  if (/\bsoftmax\b/.test(code) && /\bmatMul\b/.test(code)) return 'transformer';
  return 'playground';
}

export type AutoReason =
  /** Only the CPU backend is a candidate; `passedOver` lists the emulated GPUs offered. */
  | { readonly kind: 'only'; readonly passedOver: readonly BackendName[] }
  /**
   * Measured: the winner, how many times faster than `over` (the runner-up),
   * and a faster backend set aside because its loss differed from the CPU's.
   */
  | {
      readonly kind: 'measured';
      readonly ratio: number | null;
      readonly over: BackendName | null;
      readonly rejected: { readonly backend: BackendName; readonly relative: number } | null;
      readonly passedOver: readonly BackendName[];
    };

export interface AutoPick {
  readonly backend: BackendName;
  readonly reason: AutoReason;
  readonly model: SpeedModelId;
  /** ISO 8601. */
  readonly measuredAt: string;
  readonly device: string;
}

/** The pick from the candidates' measurements (the CPU's among them: it is the parity reference). */
export function pickFromMeasurements(rows: readonly SpeedRow[], over: readonly BackendName[]): Pick<AutoPick, 'backend' | 'reason'> {
  const measured = rows.filter((r): r is Measured => r.kind === 'measured').sort((a, b) => b.stepsPerSecond - a.stepsPerSecond);
  let rejected: { backend: BackendName; relative: number } | null = null;
  const passing: Measured[] = [];
  for (const row of measured) {
    const parity = parityOf(rows, row);
    if (parity.state === 'differs') {
      rejected ??= passing.length === 0 ? { backend: row.backend, relative: parity.relative } : null;
      continue;
    }
    // Without a CPU result there is no reference: a GPU's speed alone cannot be trusted.
    if (parity.state === 'unknown') continue;
    passing.push(row);
  }
  const winner = passing[0];
  if (!winner) return { backend: 'cpu', reason: { kind: 'measured', ratio: null, over: null, rejected, passedOver: over } };
  const runnerUp = passing[1];
  return {
    backend: winner.backend,
    reason: {
      kind: 'measured',
      ratio: runnerUp && runnerUp.stepsPerSecond > 0 ? winner.stepsPerSecond / runnerUp.stepsPerSecond : null,
      over: runnerUp?.backend ?? null,
      rejected,
      passedOver: over,
    },
  };
}
