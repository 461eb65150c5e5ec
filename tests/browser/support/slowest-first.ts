/**
 * The order the browser test files start in: the known-slowest first, then
 * Vitest's own order. Two files run at once; Vitest orders by the durations
 * it cached in an earlier run, but a fresh clone (CI) has no cache and falls
 * back to file size, which started the longest file (the examples, ~40 % of
 * the suite) late and left one worker running it alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first (seconds alone on two cores, December 2026): examples ~210, layout ~70, chinese ~55. */
const SLOWEST_FILES = ['examples.test.ts', 'layout.test.ts', 'chinese.test.ts'];

const rank = (spec: TestSpecification): number => {
  const index = SLOWEST_FILES.findIndex((name) => spec.moduleId.endsWith(`/${name}`));
  return index === -1 ? SLOWEST_FILES.length : index;
};

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
