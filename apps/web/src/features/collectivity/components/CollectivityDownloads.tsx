import type { DatasetId } from '@pacte/pact';
import { Link } from 'react-router';
import { DownloadLinks } from '../../../components/ui';
import type { CollectivityKind } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';

/** The datasets a collectivity page shows; those of the commitment only when there is one. */
const COMMITMENT_DATASETS: readonly DatasetId[] = ['progress', 'milestones', 'evidence', 'audits'];
const ALWAYS: readonly DatasetId[] = ['inventory', 'history'];

/** "Télécharger : CSV · ODS · JSON" for each dataset of the page, filtered to this collectivity (kind and code). */
export function CollectivityDownloads({
  kind,
  code,
  committed,
}: {
  kind: CollectivityKind;
  code: string;
  committed: boolean;
}) {
  const { t } = useI18n();
  const datasets = committed ? [...COMMITMENT_DATASETS, ...ALWAYS] : ALWAYS;
  return (
    <section className="section collectivity-downloads" aria-labelledby="collectivity-downloads-heading">
      <h2 id="collectivity-downloads-heading">{t('collectivity.downloads.title')}</h2>
      <p>
        {t('collectivity.downloads.intro')} <Link to={paths.openData}>{t('collectivity.downloads.more')}</Link>
      </p>
      {datasets.map((dataset) => (
        <DownloadLinks key={dataset} dataset={dataset} filters={{ kind, code }} named testId="collectivity-downloads" />
      ))}
    </section>
  );
}
