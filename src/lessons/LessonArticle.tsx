/**
 * The lesson's ready HTML (built from content/ at build time, so it is our
 * own trusted markup), plus the things that need the browser: diagrams,
 * drawn as they come near the viewport, the glossary tips, and scrolling: to
 * the heading named in the URL (held in place while what is above it
 * settles), or, when the reader switches language, to the same place in the
 * other edition (scroll-anchor.ts).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { whenIdle } from '../app/idle';
import { useLayout } from '../app/layout-store';
import { useEffectiveTheme } from '../app/theme';
import type { Locale } from '../i18n/locales';
import { readAnchor, restoreAnchor, scrollerOf, type ScrollAnchor } from './scroll-anchor';
import { useScrollToHeading } from './useScrollToHeading';

export function LessonArticle({ html, heading, hasDiagrams, locale }: { html: string; heading: string | null; hasDiagrams: boolean; locale: Locale }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useEffectiveTheme();
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);
  /** Where the reader was, kept up to date while they scroll, and the language it was read in. */
  const anchor = useRef<{ locale: Locale; at: ScrollAnchor } | null>(null);

  /** True while the text on screen is the other edition of what the reader was reading (a language switch). */
  const switched = useRef(false);

  // Before paint: the other edition appears already at the reader's place.
  useLayoutEffect(() => {
    const root = ref.current;
    switched.current = anchor.current !== null && anchor.current.locale !== locale;
    if (root && switched.current && anchor.current) restoreAnchor(root, scrollerOf(root), anchor.current.at);
  }, [html, locale]);

  // A new page (not a new language) goes to its heading, or to the top.
  useScrollToHeading(ref, html, heading, switched);

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

  // The glossary tips (hover, tap, keyboard) are wired just after the text: their code is not part of showing it.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let live = true;
    let detach: (() => void) | undefined;
    const cancelIdle = whenIdle(() => {
      void import('./term-tips').then(({ attachTermTips }) => {
        if (live) detach = attachTermTips(root);
      });
    });
    return () => {
      live = false;
      cancelIdle();
      detach?.();
    };
  }, [html]);

  // The diagram code (and mermaid, later) loads only for a lesson that has diagrams.
  useEffect(() => {
    const root = ref.current;
    if (!root || !hasDiagrams) return;
    let stop: (() => void) | null = null;
    let current = true;
    // After the text's first frame: the diagrams' code is not part of showing the text.
    const cancelIdle = whenIdle(() => {
      void import('./mermaid').then(({ drawDiagramsWhenNear }) => {
        if (current) stop = drawDiagramsWhenNear(root, theme);
      });
    }, 1000);
    return () => {
      current = false;
      cancelIdle();
      stop?.();
    };
  }, [html, hasDiagrams, theme]);

  return <div ref={ref} className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
