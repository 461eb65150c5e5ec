/**
 * Draws the lesson's mermaid diagrams. Mermaid is large, so it is imported
 * only when a lesson has a diagram, with the light `dagre` layout (mermaid
 * 12's default `elk` layout costs ~3x the bytes). A diagram that fails to
 * parse becomes an inline error box; the rest of the lesson is unaffected.
 */
import { t } from '../i18n';

let counter = 0;

type Mermaid = typeof import('mermaid').default;
let mermaidPromise: Promise<Mermaid> | null = null;
const loadMermaid = () => (mermaidPromise ??= import('mermaid').then((m) => m.default));

export async function renderDiagrams(root: HTMLElement, theme: 'light' | 'dark'): Promise<void> {
  const figures = Array.from(root.querySelectorAll<HTMLElement>('figure.mermaid-diagram'));
  if (figures.length === 0) return;
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: 'inherit',
  });
  for (const figure of figures) {
    const source = figure.querySelector('pre.mermaid-source')?.textContent ?? '';
    figure.querySelector('.mermaid-output')?.remove();
    const output = document.createElement('div');
    output.className = 'mermaid-output';
    try {
      const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
      output.innerHTML = svg;
      const drawn = output.querySelector('svg');
      if (drawn) {
        // Name the picture for screen readers from its own node labels.
        const labels = Array.from(drawn.querySelectorAll('.nodeLabel'), (n) => n.textContent.trim()).filter(Boolean);
        drawn.setAttribute('role', 'img');
        drawn.removeAttribute('aria-labelledby');
        drawn.setAttribute('aria-label', t('app.diagram.label', { labels: labels.join(', ') }));
      }
      figure.dataset['state'] = 'drawn';
    } catch (error) {
      output.className = 'mermaid-output notice notice-error';
      output.setAttribute('role', 'alert');
      output.textContent = t('app.diagram.error', { message: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
      figure.dataset['state'] = 'error';
      // Mermaid leaves its error SVG in the body; remove it.
      document.getElementById(`dmermaid-${counter}`)?.remove();
    }
    figure.appendChild(output);
  }
}
