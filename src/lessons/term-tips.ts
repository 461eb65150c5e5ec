/**
 * Glossary tips: the build links the first use of each term in a lesson to
 * its glossary entry, with the definition beside it (`.term` > `a.term-link`
 * + `.term-tip[role=tooltip]`, see pipeline/glossary.ts). This shows the tip
 * while the link is hovered or focused, and on a first tap on a touch screen
 * (a second tap follows the link); Escape closes it. Without JavaScript the
 * link still leads to the glossary.
 */

const OPEN = 'term-open';

function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.term') : null;
}

function close(root: HTMLElement, except: HTMLElement | null = null): void {
  for (const open of root.querySelectorAll<HTMLElement>(`.term.${OPEN}`)) if (open !== except) open.classList.remove(OPEN);
}

/** Wires the tips of `root`'s terms; returns the clean-up. */
export function attachTermTips(root: HTMLElement): () => void {
  let lastPointer = 'mouse';
  const open = (term: HTMLElement) => {
    close(root, term);
    term.classList.add(OPEN);
  };
  const onOver = (event: Event) => {
    const term = termOf(event.target);
    if (term && (event as PointerEvent).pointerType !== 'touch') open(term);
  };
  const onOut = (event: Event) => {
    const term = termOf(event.target);
    const to = (event as PointerEvent).relatedTarget;
    if (term && !(to instanceof Node && term.contains(to)) && !term.contains(document.activeElement)) term.classList.remove(OPEN);
  };
  const onFocus = (event: Event) => {
    const term = termOf(event.target);
    if (term) open(term);
  };
  const onBlur = (event: Event) => {
    const term = termOf(event.target);
    if (term) term.classList.remove(OPEN);
  };
  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType;
  };
  const onClick = (event: MouseEvent) => {
    const term = termOf(event.target);
    if (!term) {
      close(root);
      return;
    }
    // A touch screen has no hover: the first tap shows the definition, the next one follows the link.
    if (lastPointer === 'touch' && !term.classList.contains(OPEN)) {
      event.preventDefault();
      open(term);
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close(root);
  };
  // One signal removes every listener at once.
  const listening = new AbortController();
  const { signal } = listening;
  root.addEventListener('pointerover', onOver, { signal });
  root.addEventListener('pointerout', onOut, { signal });
  root.addEventListener('focusin', onFocus, { signal });
  root.addEventListener('focusout', onBlur, { signal });
  root.addEventListener('pointerdown', onPointerDown, { signal });
  root.addEventListener('click', onClick, { signal });
  document.addEventListener('keydown', onKey, { signal });
  return () => listening.abort();
}
