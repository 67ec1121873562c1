import { OPEN_DATASETS, OPEN_DATA_LICENCE } from '@pacte/pact';
import { screen, within } from '@testing-library/react';
import { DownloadLinks } from '../src/components/ui';
import { OpenDataPage } from '../src/features/opendata/components/OpenDataPage';
import { renderWithProviders } from './support/render';

describe('"Données ouvertes" page', () => {
  it('lists every dataset of the catalogue with its description, columns and download links', () => {
    renderWithProviders(<OpenDataPage />, { path: '/donnees-ouvertes' });
    expect(screen.getByRole('heading', { level: 1, name: 'Données ouvertes' })).toBeInTheDocument();
    const entries = screen.getAllByTestId('open-dataset');
    expect(entries).toHaveLength(OPEN_DATASETS.length);
    OPEN_DATASETS.forEach((dataset, i) => {
      const entry = within(entries[i]);
      expect(entry.getByRole('heading', { level: 3 })).toHaveTextContent(dataset.title.fr);
      expect(entries[i].textContent).toContain(dataset.description.fr.replaceAll('`', ''));
      // Every column of the catalogue, by its CSV name.
      const names = entry
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent)
        .filter((name) => name !== null);
      expect(names).toEqual(dataset.columns.map((c) => c.name));
      // CSV · ODS · JSON always, GeoJSON where the dataset has places.
      const links = entry.getAllByRole('link');
      const expected = ['csv', 'ods', 'json', 'geojson'].filter((f) => (dataset.formats as string[]).includes(f));
      expect(links.map((a) => a.textContent)).toEqual(expected.map((f) => f.toUpperCase()));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(expected.map((f) => `/exports/${dataset.id}.${f}`));
      expect(links[0]).toHaveAccessibleName(`CSV — ${dataset.title.fr}`);
    });
    expect(screen.getAllByRole('link', { name: /^GEOJSON/ })).toHaveLength(
      OPEN_DATASETS.filter((d) => d.formats.includes('geojson')).length,
    );
    expect(OPEN_DATASETS.some((d) => !d.formats.includes('geojson'))).toBe(true);
  });

  it('gives the full dump, the licence, how often the data changes, how to cite it and the API', () => {
    renderWithProviders(<OpenDataPage />, { path: '/donnees-ouvertes' });
    expect(screen.getByRole('link', { name: 'Télécharger l’archive complète (ZIP)' })).toHaveAttribute(
      'href',
      '/exports/dump.zip',
    );
    const licence = screen.getByRole('link', { name: 'Licence Ouverte / Open Licence version 2.0' });
    expect(licence).toHaveAttribute('href', OPEN_DATA_LICENCE.path);
    expect(screen.getByRole('heading', { level: 2, name: 'Fréquence de mise à jour' })).toBeInTheDocument();
    expect(screen.getByTestId('open-data-citation')).toHaveTextContent(
      /« Collectivités engagées », Pacte du Logiciel Libre — suivi des engagements, http:\/\/localhost\/donnees-ouvertes, téléchargé le \d+ \S+ \d{4}, Licence Ouverte 2\.0\./,
    );
    expect(screen.getByText(/docs\/api\.md/)).toBeInTheDocument();
    expect(
      screen.getByText(/\/exports\/committed-collectivities\.csv\?departement=38&kind=COMMUNE/),
    ).toBeInTheDocument();
    // The filters' table names each filter the exports take.
    expect(screen.getByRole('rowheader', { name: 'scoreMin' })).toBeInTheDocument();
  });

  it('is in English too', () => {
    renderWithProviders(<OpenDataPage />, { path: '/donnees-ouvertes?lang=en', locale: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Open data' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /^Committed collectivities/ })).toBeInTheDocument();
    expect(screen.getAllByTestId('open-dataset')[2].textContent).toContain(
      OPEN_DATASETS[2].description.en.replaceAll('`', ''),
    );
    expect(screen.getByRole('link', { name: 'Download the full dump (ZIP)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CSV — Progress of the actions' })).toBeInTheDocument();
  });
});

describe('DownloadLinks', () => {
  it('carries the page’s filters, in the catalogue’s order, and leaves out formats the dataset lacks', () => {
    renderWithProviders(
      <>
        <DownloadLinks dataset="progress" filters={{ kind: 'COMMUNE', code: '38151' }} />
        <DownloadLinks dataset="software" formats={['csv', 'geojson']} named />
      </>,
    );
    const [progress, software] = screen.getAllByText(/Télécharger/).map((p) => within(p.closest('p')!));
    expect(progress.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['CSV', '/exports/progress.csv?kind=COMMUNE&code=38151'],
      ['ODS', '/exports/progress.ods?kind=COMMUNE&code=38151'],
      ['JSON', '/exports/progress.json?kind=COMMUNE&code=38151'],
    ]);
    expect(software.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/exports/software.csv']);
  });
});
