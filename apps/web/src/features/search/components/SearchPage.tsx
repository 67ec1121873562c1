import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { SearchBox } from './SearchBox';

/** /recherche?q=…: the search with more results; the query stays in the address so that it can be shared. */
export function SearchPage() {
  const { t } = useI18n();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  return (
    <div className="container page">
      <h1>{t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      <SearchBox
        initialQuery={params.get('q') ?? ''}
        first={30}
        resultsHeading
        onQueryChange={(q) => setParams(q ? { q } : {}, { replace: true })}
      />
    </div>
  );
}
