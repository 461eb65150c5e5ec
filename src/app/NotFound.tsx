import { Link } from 'wouter';
import { t } from '../i18n';
import { MainPane } from './MainPane';

export function NotFound({ message }: { message?: string }) {
  return (
    <MainPane>
      <div className="article-frame">
        <h1>{t('app.notFoundHeading')}</h1>
        <p role="alert" className="notice notice-error">
          {message ?? t('app.lessonNotFound', { slug: location.hash.slice(1) })}
        </p>
        <Link href="/">{t('app.backToIndex')}</Link>
      </div>
    </MainPane>
  );
}
