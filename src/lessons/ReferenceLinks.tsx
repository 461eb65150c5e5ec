import { Link } from 'wouter';
import { pages } from 'virtual:pages';
import { t } from '../i18n';

/** Links to every reference page (notation, glossary…), shown on every lesson and on the course index. */
export function ReferenceLinks() {
  if (pages.length === 0) return null;
  return (
    <nav className="reference-links" aria-label={t('app.reference')}>
      <span className="reference-links-label">{t('app.reference')}:</span>{' '}
      {pages.map((page, i) => (
        <span key={page.slug}>
          {i > 0 && ' · '}
          <Link href={`/${page.slug}`} title={page.summary}>
            {page.title}
          </Link>
        </span>
      ))}
    </nav>
  );
}
