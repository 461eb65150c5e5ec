/**
 * Draws the lesson's mermaid diagrams when they come near the viewport.
 * Mermaid is large, so it is imported only when a diagram is about to be
 * seen, with the light `dagre` layout (mermaid 12's default `elk` layout
 * costs ~3x the bytes), and each diagram is laid out in idle time, one at a
 * time. A diagram that fails to parse becomes an inline error box; the rest
 * of the lesson is unaffected. The source stays in the page (hidden once
 * drawn) so a theme change can draw it again.
 */
import { whenIdle } from '../app/idle';
import { t } from '../i18n';

let counter = 0;
/**
 * A diagram is never drawn narrower than this share of its own width, nor
 * than MIN_READABLE_PX (unless it is smaller): its labels stay readable on a
 * phone, and a wider diagram scrolls sideways in its box.
 */
const MIN_SCALE = 0.7;
const MIN_READABLE_PX = 480;

type Mermaid = typeof import('mermaid').default;
let mermaidPromise: Promise<Mermaid> | null = null;
const loadMermaid = () => (mermaidPromise ??= import('mermaid').then((m) => m.default));

/** Mermaid keeps global state while it renders: one diagram at a time, page-wide. */
let queue: Promise<void> = Promise.resolve();

async function draw(figure: HTMLElement, theme: 'light' | 'dark'): Promise<void> {
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: 'inherit',
  });
  const source = figure.querySelector('pre.mermaid-source')?.textContent ?? '';
  const output = document.createElement('div');
  output.className = 'mermaid-output';
  const id = `mermaid-${++counter}`;
  try {
    const { svg } = await mermaid.render(id, source);
    output.innerHTML = svg;
    const drawn = output.querySelector('svg');
    if (drawn) {
      // Name the picture for screen readers from its own node labels.
      const labels = Array.from(drawn.querySelectorAll('.nodeLabel'), (n) => n.textContent.trim()).filter(Boolean);
      drawn.setAttribute('role', 'img');
      drawn.removeAttribute('aria-labelledby');
      drawn.setAttribute('aria-label', t('app.diagram.label', { labels: labels.join(', ') }));
      // Shrink to fit a narrow screen down to a readable size; wider than that, the diagram scrolls in its box.
      // No viewBox attribute gives a null baseVal, whatever the DOM types say.
      const natural = (drawn.viewBox.baseVal as DOMRect | null)?.width ?? 0;
      if (natural > 0) drawn.style.minWidth = `${Math.round(Math.min(natural, Math.max(MIN_READABLE_PX, natural * MIN_SCALE)))}px`;
      output.tabIndex = 0;
    }
    figure.dataset['state'] = 'drawn';
  } catch (error) {
    output.className = 'mermaid-output notice notice-error';
    output.setAttribute('role', 'alert');
    output.textContent = t('app.diagram.error', { message: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
    figure.dataset['state'] = 'error';
    // Mermaid leaves its error SVG in the body; remove it.
    document.getElementById(`d${id}`)?.remove();
  }
  // Replace the old drawing (after a theme change) only once the new one is ready: no blank in between.
  figure.querySelector('.mermaid-output')?.remove();
  figure.appendChild(output);
  figure.dataset['drawnIn'] = theme;
}

/**
 * Watches `root`'s diagrams and draws each one (in `theme`; figures drawn in
 * another theme are drawn again) when it is on screen, or, once the reader
 * has started to scroll, when it is within half a viewport of it: so a page
 * that has just opened spends nothing on diagrams below the fold, and a
 * reader moving down finds them drawn. Returns a function that stops watching.
 */
export function drawDiagramsWhenNear(root: HTMLElement, theme: 'light' | 'dark'): () => void {
  const figures = Array.from(root.querySelectorAll<HTMLElement>('figure.mermaid-diagram'));
  if (figures.length === 0) return () => {};
  const scroller = root.closest('.pane');
  let stopped = false;
  const request = (figure: HTMLElement) => {
    if (figure.dataset['drawnIn'] === theme) return;
    queue = queue.then(
      () =>
        new Promise<void>((done) => {
          whenIdle(() => {
            if (stopped || figure.dataset['drawnIn'] === theme) {
              done();
              return;
            }
            draw(figure, theme).then(done, done);
          }, 500);
        }),
    );
  };
  const watch = (rootMargin: string) => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          request(entry.target as HTMLElement);
        }
      },
      { root: scroller, rootMargin },
    );
    for (const figure of figures) observer.observe(figure);
    return observer;
  };
  const observers = [watch('0px')];
  const onScroll = () => {
    scroller?.removeEventListener('scroll', onScroll);
    if (!stopped) observers.push(watch('50% 0px'));
  };
  scroller?.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    stopped = true;
    scroller?.removeEventListener('scroll', onScroll);
    for (const observer of observers) observer.disconnect();
  };
}
