import { useDocumentTitle } from '../../components/ui';
import { NationalOverview } from '../../features/overview/components/NationalOverview';
import { SearchBox } from '../../features/search/components/SearchBox';
import { useI18n } from '../../lib/i18n';

/** The home page: find a collectivity, then the national picture. */
export function HomeRoute() {
  const { t } = useI18n();
  useDocumentTitle(undefined);
  return (
    <div className="container page">
      <div className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <SearchBox />
      </div>
      <NationalOverview />
    </div>
  );
}
