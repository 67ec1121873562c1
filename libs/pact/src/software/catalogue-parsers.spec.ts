import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseComptoirExport } from './comptoir';
import { parseSillCatalogue } from './sill';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

describe('parseSillCatalogue', () => {
  const { entries, skipped } = parseSillCatalogue(fixture('sill.json'));
  const byId = (id: number) => entries.find((e) => e.sillId === id);

  it('reads every well-formed record, in file order', () => {
    expect(entries.map((e) => e.externalId)).toEqual(['70', '71', '72', '75']);
  });

  it('normalises a full record, ignoring the fields it does not know', () => {
    expect(byId(70)).toEqual({
      source: 'SILL',
      externalId: '70',
      name: 'LibreOffice',
      licence: 'MPL-2.0',
      description: 'Suite bureautique libre',
      website: 'https://www.libreoffice.org',
      repository: 'https://git.libreoffice.org/core',
      sillId: 70,
      comptoirId: 48,
      similarSillIds: [71],
      providers: [
        { name: 'Arawa', siren: '123456789', url: 'https://annuaire.cnll.fr/societes/123456789' },
        { name: 'Libre Conseil', siren: null, url: 'https://annuaire.cnll.fr/societes/98765' },
        { name: 'Logiciel Libre Grenoble', siren: null, url: 'https://llg.example.org' },
      ],
      users: ['DINUM', "ville d'échirolles"],
      dereferenced: false,
    });
  });

  it('gives null and empty lists for the optional fields a record lacks', () => {
    expect(byId(71)).toEqual({
      source: 'SILL',
      externalId: '71',
      name: 'Firefox ESR',
      licence: null,
      description: null,
      website: null,
      repository: null,
      sillId: 71,
      comptoirId: null,
      similarSillIds: [],
      providers: [],
      users: [],
      dereferenced: false,
    });
  });

  it('marks dereferenced software, by a dereferencing object or isReferenced: false', () => {
    expect(byId(72)?.dereferenced).toBe(true);
    expect(byId(75)?.dereferenced).toBe(true);
  });

  it('leaves comptoirId null when the embedded Comptoir record has no id', () => {
    expect(byId(75)?.comptoirId).toBeNull();
  });

  it('skips records without an integer id or a name, non-objects and repeated ids, saying why', () => {
    expect(skipped).toEqual([
      { index: 2, reason: 'not an object but string' },
      { index: 3, reason: 'missing id' },
      { index: 4, id: '73', reason: 'id is not a non-negative integer: "73"' },
      { index: 5, id: 74, reason: 'missing or empty name' },
      { index: 7, id: 70, reason: 'duplicate id 70, first seen at index 0' },
    ]);
  });

  it('reads an empty catalogue as nothing to import', () => {
    expect(parseSillCatalogue([])).toEqual({ entries: [], skipped: [] });
  });

  it.each([
    [{ softwares: [] }, 'got object'],
    [null, 'got null'],
    ['[]', 'got string'],
  ])('throws a clear error on a top level that is not an array (%p)', (json, detail) => {
    expect(() => parseSillCatalogue(json)).toThrow(`Not a SILL catalogue: expected a JSON array`);
    expect(() => parseSillCatalogue(json)).toThrow(detail);
  });
});

describe('parseComptoirExport', () => {
  const { entries, skipped } = parseComptoirExport(fixture('comptoir.json'));

  it('normalises a full record, ignoring the fields it does not know', () => {
    expect(entries[0]).toEqual({
      source: 'COMPTOIR',
      externalId: '48',
      name: 'LibreOffice',
      licence: 'MPL-2.0',
      description: null,
      website: 'https://www.libreoffice.org',
      repository: 'https://git.libreoffice.org/core',
      sillId: null,
      comptoirId: 48,
      similarSillIds: [],
      providers: [
        { name: 'Arawa', siren: null, url: 'https://www.arawa.fr' },
        { name: 'Sans Site', siren: null, url: 'https://comptoir-du-libre.org/fr/users/504' },
      ],
      users: ["Ville d'Échirolles", 'Grenoble-Alpes Métropole'],
      dereferenced: false,
    });
  });

  it('gives null and empty lists for the optional fields a record lacks', () => {
    expect(entries[1]).toMatchObject({
      externalId: '12',
      name: 'Lutèce',
      licence: 'BSD-3-Clause',
      website: null,
      repository: null,
      providers: [],
      users: [],
    });
    expect(entries).toHaveLength(2);
  });

  it('skips records without an id or a name, non-objects and repeated ids, saying why', () => {
    expect(skipped).toEqual([
      { index: 2, id: 99, reason: 'missing or empty name' },
      { index: 3, reason: 'missing id' },
      { index: 4, reason: 'not an object but null' },
      { index: 5, id: 48, reason: 'duplicate id 48, first seen at index 0' },
    ]);
  });

  it('throws a clear error on a top level that is not an object', () => {
    expect(() => parseComptoirExport([])).toThrow(
      'Not a Comptoir du Libre export: expected a JSON object at the top level, got an array',
    );
    expect(() => parseComptoirExport(42)).toThrow('got number');
  });

  it('throws a clear error when the softwares list is missing', () => {
    expect(() => parseComptoirExport({ date_of_export: '2025-01-15' })).toThrow(
      'Not a Comptoir du Libre export: expected a "softwares" array, got undefined',
    );
  });
});
