/**
 * Where a lesson's exercises go, below its text: their code, words and data
 * load when the reader comes near (never with the text itself).
 */
import { lazy, Suspense } from 'react';
import { loadProgress } from '../app/progress-loader';
import { useNearViewport } from '../app/useNearViewport';

const ExercisesSection = lazy(() => loadProgress().then((m) => ({ default: m.ExercisesSection })));

export function ExercisesSlot({ slug, hasCodePane }: { readonly slug: string; readonly hasCodePane: boolean }) {
  const [ref, near] = useNearViewport<HTMLDivElement>('800px');
  return (
    <div ref={ref} className="exercises-slot">
      {near && (
        <Suspense fallback={null}>
          <ExercisesSection slug={slug} hasCodePane={hasCodePane} />
        </Suspense>
      )}
    </div>
  );
}
