/**
 * Where the run history sits in the code pane, under the output. Its code
 * (the store, the list, the chart and the table) is a lazy chunk fetched
 * once the browser is idle after the pane's first paint, so it never holds
 * the pane up; if it cannot load (offline before it was cached), the pane
 * simply shows no history.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '../app/idle';
import type { RunHistoryProps } from './RunHistorySection';

const RunHistorySection = lazy(
  (): Promise<{ default: ComponentType<RunHistoryProps> }> => import('./RunHistorySection').catch(() => ({ default: () => null })),
);

export function RunHistorySlot(props: RunHistoryProps) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => whenIdle(() => setWanted(true)), []);
  return wanted ? (
    <Suspense fallback={null}>
      <RunHistorySection {...props} />
    </Suspense>
  ) : null;
}
