import type { TocEntry } from './types';
import { t } from '../i18n';

export function TableOfContents({ slug, toc }: { slug: string; toc: readonly TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('app.contents')}>
      <h2 className="toc-title">{t('app.contents')}</h2>
      <ol>
        {toc.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#/lessons/${slug}/${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
