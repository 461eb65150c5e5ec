/**
 * Requests, page → worker, on the private channel (see channel.ts). The
 * page is the only sender there, yet the worker still checks each request:
 * a bug must not become a run with half its options.
 */
import * as z from 'zod/mini';
import { controlValuesSchema } from './controls';
import { backendChoice, count, finite, firstProblem, type Shape } from './kit';

/** Longest source a run accepts (2 M characters; the editor's files are a few KB). */
export const MAX_CODE_LENGTH = 2_000_000;

export const runRequestSchema = z.object({
  type: z.literal('run'),
  runId: count,
  /** The user's TypeScript source, as typed in the editor. */
  code: z.string().check(z.maxLength(MAX_CODE_LENGTH)),
  backend: backendChoice,
  /** An exercise's checker, run after the code in its scope (runtime/checks.ts); absent for ordinary runs. */
  checker: z.optional(z.string().check(z.maxLength(MAX_CODE_LENGTH))),
  /** Seeds the helper API's random generator (reproducible runs on the cpu backend). */
  seed: finite,
  /**
   * Shrinks epochs/data for tests only (1 = what users see). Examples read it
   * through the helper API; it never changes the code shown to users.
   */
  scale: finite.check(z.gt(0)),
  /** The values the student set for the example's controls (`lab.control`), by name. */
  controls: controlValuesSchema,
  /** The app's base URL (absolute, ends with '/'): `lab.url` resolves shipped files against it. */
  baseUrl: z.url(),
});

export type RunRequest = Shape<typeof runRequestSchema>;
export type WorkerRequest = RunRequest;

export function parseRequest(data: unknown): { ok: true; value: WorkerRequest } | { ok: false; error: string } {
  const result = runRequestSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const { field, problem } = firstProblem(result.error);
  return { ok: false, error: `run request${field ? ` field ${field}` : ''}: ${problem}` };
}
