/**
 * Where the reader is in a lesson, in terms both editions share: the section
 * (the last heading above the top of the view; both editions have the same
 * headings, check:content makes sure) and how far through it they are. After
 * a language switch the other edition is scrolled to the same place, though
 * its sections are longer or shorter.
 */

export interface ScrollAnchor {
  /** Index of the heading whose section is at the top of the view; -1 before the first heading. */
  readonly section: number;
  /** 0 … 1: how far the view's top is through that section. */
  readonly fraction: number;
}

/** The element that scrolls the article: the nearest ancestor that scrolls, else the page. */
export function scrollerOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** Section boundaries in the scroller's coordinates: the body's top, each heading's top, the body's end. */
function boundaries(body: HTMLElement, scroller: HTMLElement): number[] {
  const origin = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
  const at = (el: Element) => el.getBoundingClientRect().top - origin + scroller.scrollTop;
  const headings = Array.from(body.querySelectorAll('h2, h3'));
  const box = body.getBoundingClientRect();
  return [box.top - origin + scroller.scrollTop, ...headings.map(at), box.bottom - origin + scroller.scrollTop];
}

export function readAnchor(body: HTMLElement, scroller: HTMLElement): ScrollAnchor {
  const edges = boundaries(body, scroller);
  const top = scroller.scrollTop;
  // edges[0] is the body's top (section -1), edges[k + 1] heading k's top.
  let section = -1;
  for (let k = 0; k + 1 < edges.length - 1; k++) if ((edges[k + 1] ?? Infinity) <= top + 1) section = k;
  const start = edges[section + 1] ?? 0;
  const end = edges[section + 2] ?? start;
  return { section, fraction: end > start ? Math.min(1, Math.max(0, (top - start) / (end - start))) : 0 };
}

export function restoreAnchor(body: HTMLElement, scroller: HTMLElement, anchor: ScrollAnchor): void {
  const edges = boundaries(body, scroller);
  const start = edges[anchor.section + 1];
  const end = edges[anchor.section + 2];
  if (start === undefined || end === undefined) return;
  scroller.scrollTop = anchor.section < 0 && anchor.fraction === 0 && scroller.scrollTop < start ? scroller.scrollTop : start + anchor.fraction * (end - start);
}
