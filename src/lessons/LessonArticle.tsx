/**
 * The lesson's ready HTML (built from content/ at build time, so it is our
 * own trusted markup), plus the things that need the browser: diagrams, the
 * glossary tips, and scrolling: to the heading named in the URL (again once
 * diagrams have drawn, since they change the height of what is above the
 * heading), or, when the reader switches language, to the same place in the
 * other edition (scroll-anchor.ts).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLayout } from '../app/layout-store';
import { useEffectiveTheme } from '../app/theme';
import type { Locale } from '../i18n/locales';
import { renderDiagrams } from './mermaid';
import { readAnchor, restoreAnchor, scrollerOf, type ScrollAnchor } from './scroll-anchor';
import { attachTermTips } from './term-tips';

function scrollToHeading(heading: string | null): void {
  const target = heading ? document.getElementById(heading) : null;
  if (target) target.scrollIntoView({ block: 'start' });
}

export function LessonArticle({ html, heading, hasDiagrams, locale }: { html: string; heading: string | null; hasDiagrams: boolean; locale: Locale }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useEffectiveTheme();
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);
  /** Where the reader was, kept up to date while they scroll, and the language it was read in. */
  const anchor = useRef<{ locale: Locale; at: ScrollAnchor } | null>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const scroller = scrollerOf(root);
    const target = scroller === document.scrollingElement ? window : scroller;
    const remember = () => {
      anchor.current = { locale, at: readAnchor(root, scroller) };
    };
    remember();
    target.addEventListener('scroll', remember, { passive: true });
    return () => target.removeEventListener('scroll', remember);
  }, [html, locale]);

  // Before paint: the other edition appears already at the reader's place.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const switched = anchor.current !== null && anchor.current.locale !== locale;
    if (switched && anchor.current) restoreAnchor(root, scrollerOf(root), anchor.current.at);
    else if (heading) scrollToHeading(heading);
    else root.closest('.pane')?.scrollTo({ top: 0 });
    // Only a new page or a new language moves the reader; the heading is read once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [html, locale]);

  useEffect(() => {
    if (heading) scrollToHeading(heading);
  }, [heading]);

  useEffect(() => {
    const root = ref.current;
    return root ? attachTermTips(root) : undefined;
  }, [html]);

  useEffect(() => {
    const root = ref.current;
    if (!root || !hasDiagrams) return;
    let current = true;
    // Drawn diagrams change the heights above the heading; elsewhere the browser's scroll anchoring keeps the reader's place.
    void renderDiagrams(root, theme).then(() => {
      if (current && heading) scrollToHeading(heading);
    });
    return () => {
      current = false;
    };
    // Re-scrolling only matters for the first drawing of this page's diagrams.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [html, hasDiagrams, theme]);

  return <div ref={ref} className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
