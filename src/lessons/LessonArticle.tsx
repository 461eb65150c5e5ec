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
import { currentHashPath } from '../app/locale-route';
import { splitLocalePath } from '../i18n/locales';
import { readAnchor, restoreAnchor, scrollerOf, type ScrollAnchor } from './scroll-anchor';
import { holdWhileSettling, useScrollToHeading } from './useScrollToHeading';

/**
 * The reader's place in the page last on screen, outside the component: a
 * language switch may mount the other edition afresh (measured: the pane went
 * to its top). Kept past an unmount only when the URL is already in another
 * language (a switch), so a page opened later by a link starts at its top.
 */
let lastPlace: { page: string; locale: Locale; at: ScrollAnchor } | null = null;

export function LessonArticle({ page, html, heading, hasDiagrams, locale }: { page: string; html: string; heading: string | null; hasDiagrams: boolean; locale: Locale }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useEffectiveTheme();
  const markMainReady = useLayout((s) => s.markMainReady);
  useEffect(markMainReady, [markMainReady]);
  /** Where the reader was, kept up to date while they scroll, and the language it was read in. */
  const anchor = useRef<{ locale: Locale; at: ScrollAnchor } | null>(lastPlace?.page === page ? lastPlace : null);

  /** True while the text on screen is the other edition of what the reader was reading (a language switch). */
  const switched = useRef(false);

  // Before paint: the other edition appears already at the reader's place.
  // The other edition of the same page and heading, and its text changing again as it settles (its
  // shared formulas filled in): the reader stays where they were. Measured: that second change sent the
  // pane to its top. On mount, a place kept across a switch (`lastPlace`) is restored too.
  const last = useRef<{ page: string; heading: string | null } | null>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    const previous = last.current;
    last.current = { page, heading };
    const samePlace = previous === null || (previous.page === page && previous.heading === heading);
    const otherEdition = anchor.current !== null && anchor.current.locale !== locale;
    // Kept while the text settles after a switch; a deep link's own settling is useScrollToHeading's.
    switched.current = samePlace && anchor.current !== null && (otherEdition || previous === null || switched.current);
    if (!root || !switched.current || !anchor.current) return;
    // Held there while the new text settles (diagrams drawn, blocks laid out), as a deep link's heading is.
    const place = anchor.current.at;
    const bring = () => restoreAnchor(root, scrollerOf(root), place);
    bring();
    return holdWhileSettling(root, bring);
  }, [page, html, locale, heading]);

  // A new page (not a new language) goes to its heading, or to the top.
  useScrollToHeading(ref, html, heading, switched);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const scroller = scrollerOf(root);
    const target = scroller === document.scrollingElement ? window : scroller;
    const remember = () => {
      // Not while the text is hidden (a Suspense fallback during a language switch shows instead of it):
      // the pane then scrolls to its top, and that is not where the reader was.
      if (root.getClientRects().length === 0) return;
      anchor.current = { locale, at: readAnchor(root, scroller) };
      lastPlace = { page, ...anchor.current };
    };
    remember();
    target.addEventListener('scroll', remember, { passive: true });
    return () => {
      target.removeEventListener('scroll', remember);
      if (splitLocalePath(currentHashPath()).locale === locale) lastPlace = null;
    };
  }, [page, html, locale]);

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
