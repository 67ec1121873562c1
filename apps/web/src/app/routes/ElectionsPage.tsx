import { useDocumentTitle } from '../../components/ui';
import { ElectionsList } from '../../features/election/components/ElectionsList';
import { SearchBox } from '../../features/search/components/SearchBox';
import { useI18n } from '../../lib/i18n';
import { electionPath } from '../../lib/routes';

/** /elections: the elections, and a search that leads to the lists of a commune (in a chunk of its own: ./ElectionsRoute). */
export default function ElectionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('election.title'));
  return (
    <div className="container page">
      <h1>{t('election.title')}</h1>
      <p className="lead">{t('election.intro')}</p>
      <SearchBox label={t('election.searchLabel')} kinds={['COMMUNE']} hrefFor={(r) => electionPath(r.kind, r.code)} />
      <ElectionsList />
    </div>
  );
}
