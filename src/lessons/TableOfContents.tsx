import type { TocEntry } from './types';
import { t } from '../i18n';

/** The headings of a lesson or page; `base` is its route (`/lessons/<slug>` or `/<slug>`). */
export function TableOfContents({ base, toc }: { base: string; toc: readonly TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('app.contents')}>
      <h2 className="toc-title">{t('app.contents')}</h2>
      <ol>
        {toc.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#${base}/${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
