import {
  exportUrl,
  getDataset,
  type DatasetId,
  type ExportFilters,
  type ExportFilterValues,
  type ExportFormat,
} from '@pacte/pact';
import { useI18n } from '../../lib/i18n';
import { localized } from '../../lib/i18n/localized';

const DEFAULT_FORMATS: readonly ExportFormat[] = ['csv', 'ods', 'json'];

/**
 * "Télécharger : CSV · ODS · JSON": the export of the dataset a page shows, with the page's filters (the export's
 * names, see libs/pact's EXPORT_FILTERS). `named` prefixes the dataset's title, for a page that offers several; each
 * link's accessible name then names the dataset too. Formats the dataset lacks are left out.
 */
export function DownloadLinks({
  dataset,
  filters = {},
  formats = DEFAULT_FORMATS,
  named = false,
  testId,
}: {
  dataset: DatasetId;
  filters?: ExportFilters | ExportFilterValues;
  formats?: readonly ExportFormat[];
  named?: boolean;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  const described = getDataset(dataset);
  const title = localized(described.title, locale);
  const offered = formats.filter((f) => described.formats.includes(f));
  return (
    <p className="downloads" data-testid={testId} data-dataset={dataset}>
      {named && <span className="downloads-title">{title} — </span>}
      {t('downloads.label')}{' '}
      {offered.map((f, i) => (
        <span key={f}>
          {i > 0 && ' · '}
          <a
            href={exportUrl(dataset, f, filters)}
            download
            aria-label={named ? t('downloads.linkOf', { format: f.toUpperCase(), title }) : undefined}
          >
            {f.toUpperCase()}
          </a>
        </span>
      ))}
    </p>
  );
}
