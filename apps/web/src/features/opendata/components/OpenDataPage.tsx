import {
  EXPORTS_PATH,
  EXPORT_FILTERS,
  EXPORT_FILTER_NAMES,
  OPEN_DATASETS,
  OPEN_DATA_LICENCE,
  exportUrl,
  type Dataset,
} from '@pacte/pact';
import { DownloadLinks, TableScroll, useDocumentTitle } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { localized } from '../../../lib/i18n/localized';

const ALL_FORMATS = ['csv', 'ods', 'json', 'geojson'] as const;

/**
 * /donnees-ouvertes: every dataset of libs/pact's open-data catalogue, its columns and download links, the full dump,
 * the licence, how often the data changes, how to cite it and where the API is described.
 */
export function OpenDataPage() {
  const { t, locale, formatDate } = useI18n();
  useDocumentTitle(t('opendata.title'));
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const example = exportUrl('committed-collectivities', 'csv', { departement: '38', kind: 'COMMUNE' });
  const licence = OPEN_DATA_LICENCE.title[locale];
  const [before, after] = t('opendata.licence.body').split('{licence}');
  return (
    <div className="container page open-data">
      <h1>{t('opendata.title')}</h1>
      <p className="lead">{t('opendata.intro')}</p>
      <nav aria-label={t('opendata.contents')}>
        <ul className="inline-list">
          <li>
            <a href="#open-data-licence">{t('opendata.licence.title')}</a>
          </li>
          <li>
            <a href="#open-data-freshness">{t('opendata.freshness.title')}</a>
          </li>
          <li>
            <a href="#open-data-cite">{t('opendata.cite.title')}</a>
          </li>
          <li>
            <a href="#open-data-dump">{t('opendata.dump.title')}</a>
          </li>
          <li>
            <a href="#open-data-api">{t('opendata.api.title')}</a>
          </li>
          <li>
            <a href="#open-data-datasets">{t('opendata.datasets.title')}</a>
          </li>
        </ul>
      </nav>

      <section className="section" id="open-data-licence" aria-labelledby="open-data-licence-heading">
        <h2 id="open-data-licence-heading">{t('opendata.licence.title')}</h2>
        <p>
          {before}
          <a href={OPEN_DATA_LICENCE.path} rel="license">
            {licence}
          </a>
          {after}
        </p>
      </section>

      <section className="section" id="open-data-freshness" aria-labelledby="open-data-freshness-heading">
        <h2 id="open-data-freshness-heading">{t('opendata.freshness.title')}</h2>
        <p>{t('opendata.freshness.body')}</p>
      </section>

      <section className="section" id="open-data-cite" aria-labelledby="open-data-cite-heading">
        <h2 id="open-data-cite-heading">{t('opendata.cite.title')}</h2>
        <p>{t('opendata.cite.body')}</p>
        <blockquote className="citation" data-testid="open-data-citation">
          {t('opendata.cite.example', {
            dataset: localized(OPEN_DATASETS[0].title, locale),
            url: `${origin}/donnees-ouvertes`,
            date: formatDate(new Date().toISOString()),
          })}
        </blockquote>
      </section>

      <section className="section" id="open-data-dump" aria-labelledby="open-data-dump-heading">
        <h2 id="open-data-dump-heading">{t('opendata.dump.title')}</h2>
        <p>{t('opendata.dump.body')}</p>
        <p>
          <a className="button" href={`${EXPORTS_PATH}/dump.zip`} download data-testid="open-data-dump">
            {t('opendata.dump.link')}
          </a>
        </p>
      </section>

      <section className="section" id="open-data-api" aria-labelledby="open-data-api-heading">
        <h2 id="open-data-api-heading">{t('opendata.api.title')}</h2>
        <p>{t('opendata.api.body')}</p>
        <p>{t('opendata.api.example')}</p>
        <pre className="code-block">
          <code>{`curl -sOJ '${origin}${example}'`}</code>
        </pre>
        <TableScroll label={t('opendata.api.title')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('opendata.api.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opendata.filter')}</th>
                <th scope="col">{t('opendata.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_FILTER_NAMES.map((name) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>{withCode(localized(EXPORT_FILTERS[name], locale))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section className="section" id="open-data-datasets" aria-labelledby="open-data-datasets-heading">
        <h2 id="open-data-datasets-heading">{t('opendata.datasets.title')}</h2>
        {OPEN_DATASETS.map((dataset) => (
          <DatasetEntry key={dataset.id} dataset={dataset} />
        ))}
      </section>
    </div>
  );
}

function DatasetEntry({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useI18n();
  const headingId = `dataset-${dataset.id}`;
  return (
    <article className="dataset" aria-labelledby={headingId} data-testid="open-dataset">
      <h3 id={headingId}>
        {localized(dataset.title, locale)} <code className="dataset-id">{dataset.id}</code>
      </h3>
      <p>{withCode(localized(dataset.description, locale))}</p>
      <p>{t('opendata.row', { row: localized(dataset.row, locale) })}</p>
      <DownloadLinks dataset={dataset.id} formats={ALL_FORMATS} named />
      <p className="muted">
        {dataset.filters.length > 0 ? (
          <>
            {t('opendata.filters')}{' '}
            {dataset.filters.map((filter, i) => (
              <span key={filter}>
                {i > 0 && ', '}
                <code>{filter}</code>
              </span>
            ))}
            .
          </>
        ) : (
          t('opendata.noFilter')
        )}
      </p>
      <details>
        <summary>{t('opendata.columns', { count: dataset.columns.length })}</summary>
        <TableScroll
          label={`${t('opendata.columns', { count: dataset.columns.length })} — ${localized(dataset.title, locale)}`}
        >
          <table className="data-table">
            <caption className="visually-hidden">
              {t('opendata.columns', { count: dataset.columns.length })} — {localized(dataset.title, locale)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('opendata.column')}</th>
                <th scope="col">{t('opendata.type')}</th>
                <th scope="col">{t('opendata.required')}</th>
                <th scope="col">{t('opendata.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.columns.map((column) => (
                <tr key={column.name}>
                  <th scope="row">
                    <code>{column.name}</code>
                  </th>
                  <td>{column.type}</td>
                  <td>{column.required ? t('opendata.yes') : t('opendata.no')}</td>
                  <td>
                    {withCode(localized(column.description, locale))}
                    {column.enum && (
                      <span className="muted">
                        {' '}
                        — {t('opendata.values')}{' '}
                        {column.enum.map((value, i) => (
                          <span key={value}>
                            {i > 0 && ', '}
                            <code>{value}</code>
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </article>
  );
}

/** A text whose `backticked` parts are values to type literally, with those parts set as code. */
function withCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
