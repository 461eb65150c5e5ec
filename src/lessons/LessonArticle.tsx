/**
 * The lesson's ready HTML (built from content/ at build time, so it is our
 * own trusted markup), plus the things that need the browser: diagrams and
 * scrolling to the heading named in the URL (again once diagrams have drawn,
 * since they change the height of what is above the heading).
 */
import { useEffect, useRef } from 'react';
import { useLayout } from '../app/layout-store';
import { useEffectiveTheme } from '../app/theme';
import { renderDiagrams } from './mermaid';

function scrollToHeading(root: HTMLElement, heading: string | null): void {
  const target = heading ? document.getElementById(heading) : null;
  if (target) target.scrollIntoView({ block: 'start' });
}

export function LessonArticle({ html, heading, hasDiagrams }: { html: string; heading: string | null; hasDiagrams: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useEffectiveTheme();
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (heading) scrollToHeading(root, heading);
    else root.closest('.pane')?.scrollTo({ top: 0 });
  }, [html, heading]);

  useEffect(() => {
    const root = ref.current;
    if (!root || !hasDiagrams) return;
    let current = true;
    void renderDiagrams(root, theme).then(() => {
      if (current && heading) scrollToHeading(root, heading);
    });
    return () => {
      current = false;
    };
    // Re-scrolling only matters for the first drawing of this lesson's diagrams.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [html, hasDiagrams, theme]);

  return <div ref={ref} className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
