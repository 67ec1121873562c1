import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/ui';
import { useI18n } from '../../lib/i18n';

export function NotFoundRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="container page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
