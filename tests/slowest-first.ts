/**
 * The order test files start in: the known-slowest first, then Vitest's own
 * order. Vitest orders by the durations it cached in an earlier run, but a
 * fresh clone (CI) has no cache and falls back to file size, which can start
 * the longest file late and leave one worker running it alone at the end
 * while the other core idles (browser files: the examples, ~40 % of the
 * suite; unit files: the examples that train at full scale).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A sequencer that starts the files whose paths end with `slowest` first, in that order. */
export function slowestFirst(slowest: readonly string[]): typeof BaseSequencer {
  const rank = (spec: TestSpecification): number => {
    const index = slowest.findIndex((suffix) => spec.moduleId.endsWith(`/${suffix}`));
    return index === -1 ? slowest.length : index;
  };
  return class SlowestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const ordered = await super.sort(files);
      // Array.prototype.sort is stable: the rest keep Vitest's order.
      return ordered.sort((a, b) => rank(a) - rank(b));
    }
  };
}
