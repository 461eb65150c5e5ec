/** Derived data is not stored: the projection and summary are computed from the inputs, memoised per scenario object. */
import { useMemo } from 'react';
import { project, type Projection } from './model/project';
import { summarize, type Summary } from './model/summary';
import type { Scenario } from './model/types';

export function useProjection(scenario: Scenario): { projection: Projection; summary: Summary } {
  return useMemo(() => {
    const projection = project(scenario);
    return { projection, summary: summarize(scenario, projection) };
  }, [scenario]);
}
