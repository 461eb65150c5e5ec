import { Link } from 'wouter';
import { t } from '../i18n';
import { usePages } from './catalog';

/** Links to every reference page (notation, glossary…), shown on every lesson and on the course index. */
export function ReferenceLinks() {
  const pages = usePages();
  if (pages.length === 0) return null;
  return (
    <nav className="reference-links" aria-label={t('app.reference')}>
      <span className="reference-links-label">{t('app.reference')}{t('app.colon')}</span>
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
