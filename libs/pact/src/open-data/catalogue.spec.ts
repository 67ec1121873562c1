import { getCatalogue } from '../catalogue/catalogue';
import { OPEN_DATASETS, getDataset, isDatasetId } from './catalogue';
import { parseExportFilters } from './filters';
import { DATASET_IDS, EXPORT_FILTER_NAMES } from './types';
import { exportUrl, parseExportFile } from './url';

describe('open-data catalogue', () => {
  it('describes every dataset id once, in order', () => {
    expect(OPEN_DATASETS.map((d) => d.id)).toEqual([...DATASET_IDS]);
  });

  it.each(OPEN_DATASETS.map((d) => [d.id, d] as const))(
    '%s: snake_case unique columns, fr/en texts, a key',
    (_id, d) => {
      const names = d.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of d.columns) {
        expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.description.fr.length).toBeGreaterThan(0);
        expect(c.description.en.length).toBeGreaterThan(0);
      }
      expect(d.columns.some((c) => c.key)).toBe(true);
      expect(d.title.fr).not.toBe('');
      expect(d.formats).toEqual(expect.arrayContaining(['csv', 'json', 'ods']));
      expect(d.formats.includes('geojson')).toBe(d.geo);
      for (const f of d.filters) expect(EXPORT_FILTER_NAMES).toContain(f);
    },
  );

  it('labels demo records in every dataset that can hold them', () => {
    for (const d of OPEN_DATASETS.filter((x) => !['software', 'history'].includes(x.id))) {
      expect(d.columns.map((c) => c.name)).toContain('demo');
    }
  });

  it('has no private column', () => {
    for (const d of OPEN_DATASETS) {
      for (const c of d.columns) expect(c.name).not.toMatch(/phone|email|e_mail|file_key|signed_form/);
    }
  });

  it('builds the export URL with filters in the catalogue order, without empty ones', () => {
    expect(exportUrl('progress', 'csv')).toBe('/exports/progress.csv');
    expect(exportUrl('committed-collectivities', 'ods', { scoreMin: 50, region: '84', departement: '' })).toBe(
      '/exports/committed-collectivities.ods?region=84&scoreMin=50',
    );
    expect(exportUrl('audits', 'json', { demo: false, verdict: 'KEPT' })).toBe(
      '/exports/audits.json?verdict=KEPT&demo=false',
    );
  });

  it('reads a file name back, refusing unknown datasets and formats', () => {
    expect(parseExportFile('progress.csv')).toEqual({ ok: true, dataset: 'progress', format: 'csv' });
    expect(parseExportFile('nope.csv')).toEqual({ ok: false, code: 'EXPORT_UNKNOWN_DATASET' });
    expect(parseExportFile('progress.xlsx')).toEqual({ ok: false, code: 'EXPORT_UNKNOWN_FORMAT' });
    expect(parseExportFile('software.geojson')).toEqual({ ok: false, code: 'EXPORT_UNKNOWN_FORMAT' });
    expect(isDatasetId('history')).toBe(true);
  });

  it('parses filters, typed, and names each refusal', () => {
    const progress = getDataset('progress');
    const action = getCatalogue().actions[0].code;
    expect(
      parseExportFilters(progress.filters, { region: '84', scoreMin: '12.5', demo: 'false', action, departement: '' }),
    ).toEqual({ ok: true, filters: { region: '84', scoreMin: 12.5, demo: false, action } });
    expect(parseExportFilters(progress.filters, { verdict: 'KEPT', region: 'Auvergne', scoreMax: '101' })).toEqual({
      ok: false,
      issues: [
        { code: 'EXPORT_UNKNOWN_FILTER', filter: 'verdict' },
        { code: 'EXPORT_INVALID_FILTER', filter: 'region' },
        { code: 'EXPORT_INVALID_FILTER', filter: 'scoreMax' },
      ],
    });
    expect(parseExportFilters(progress.filters, { kind: ['COMMUNE', 'METROPOLE'] })).toEqual({
      ok: false,
      issues: [{ code: 'EXPORT_INVALID_FILTER', filter: 'kind' }],
    });
    expect(parseExportFilters(getDataset('history').filters, { since: '2026-02-30' })).toEqual({
      ok: false,
      issues: [{ code: 'EXPORT_INVALID_FILTER', filter: 'since' }],
    });
    expect(parseExportFilters(getDataset('history').filters, { since: '2026-03-02', until: '2026-03-01' })).toEqual({
      ok: false,
      issues: [{ code: 'EXPORT_INVALID_FILTER', filter: 'until' }],
    });
  });

  it('round-trips filters through the URL', () => {
    const d = getDataset('committed-collectivities');
    const url = exportUrl(d.id, 'csv', {
      kind: 'COMMUNE',
      stratum: 'FROM_2000_TO_3499',
      scoreMax: 80,
      source: 'LIST_MAJORITY',
    });
    const query = Object.fromEntries(new URL(url, 'http://x').searchParams);
    expect(parseExportFilters(d.filters, query)).toEqual({
      ok: true,
      filters: { kind: 'COMMUNE', stratum: 'FROM_2000_TO_3499', scoreMax: 80, source: 'LIST_MAJORITY' },
    });
  });
});
