import { Link } from 'wouter';
import { t } from '../i18n';

export function NotFound({ message }: { message?: string }) {
  return (
    <main className="pane pane-lesson" id="main">
      <div className="article-frame">
        <p role="alert" className="notice notice-error">
          {message ?? t('app.lessonNotFound', { slug: location.hash.slice(1) })}
        </p>
        <Link href="/">{t('app.backToIndex')}</Link>
      </div>
    </main>
  );
}
