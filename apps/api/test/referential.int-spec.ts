import { ReferentialImporter } from '../src/modules/referential/referential.importer';
import { loadReferentialSource } from '../src/modules/referential/referential.source';
import { createTestApi, TestApi } from './support/test-app';

describe('official referential import', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function count(sql: string): Promise<number> {
    const [row] = await api.dataSource.query(sql);
    return row.count;
  }

  it('holds every current commune, EPCI, département and région (loaded by the run’s setup)', async () => {
    const byKind = await api.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM collectivity WHERE origin = 'REFERENTIAL' GROUP BY kind ORDER BY kind`,
    );
    const counts = Object.fromEntries(byKind.map((r: any) => [r.kind, r.count]));
    expect(counts.COMMUNE).toBe(34969);
    expect(counts.DEPARTEMENT).toBe(109);
    expect(counts.REGION).toBe(26);
    const epci =
      counts.COMMUNAUTE_DE_COMMUNES + counts.COMMUNAUTE_D_AGGLOMERATION + counts.COMMUNAUTE_URBAINE + counts.METROPOLE;
    expect(epci).toBe(1255);
    expect(counts.METROPOLE).toBe(22); // 21 métropoles + the Métropole de Lyon
    // EPCI membership: every commune but the 98 that belong to none.
    expect(
      // Only the referential's: other suites of the run add communes of their own (origin MANUAL) to the same database.
      await count(
        `SELECT count(*)::int AS count FROM collectivity WHERE kind = 'COMMUNE' AND epci_id IS NULL AND origin <> 'MANUAL'`,
      ),
    ).toBe(98);
  });

  it('changes nothing and duplicates nothing when run again', async () => {
    const before = await count(`SELECT count(*)::int AS count FROM collectivity WHERE origin = 'REFERENTIAL'`);
    const report = await new ReferentialImporter(api.dataSource).run(loadReferentialSource());
    for (const c of report.counts) {
      expect(c).toMatchObject({ inserted: 0, updated: 0, unchanged: c.total });
    }
    expect(report.skipped).toEqual([]);
    expect(await count(`SELECT count(*)::int AS count FROM collectivity WHERE origin = 'REFERENTIAL'`)).toBe(before);
  });

  it('puts back what was changed by hand, in one transaction', async () => {
    await api.dataSource.query(
      `UPDATE collectivity SET name = 'Mauvais nom' WHERE kind = 'COMMUNE' AND code = '38151'`,
    );
    const report = await new ReferentialImporter(api.dataSource).run(loadReferentialSource());
    expect(report.counts.find((c) => c.kind === 'communes')).toMatchObject({ updated: 1, inserted: 0 });
    const [row] = await api.dataSource.query(
      `SELECT name, search_name FROM collectivity WHERE kind = 'COMMUNE' AND code = '38151'`,
    );
    expect(row).toEqual({ name: 'Échirolles', search_name: 'echirolles' });
  });

  it('inserts what is missing and compares the rest, in the same run, with the commune tied to its EPCI', async () => {
    const source = loadReferentialSource();
    // The last commune of the file, which no other suite uses: gone, then imported again.
    const last = source.communes.filter((c) => c.type === 'commune-actuelle').at(-1)!;
    await api.dataSource.query(`DELETE FROM collectivity WHERE kind = 'COMMUNE' AND code = $1`, [last.code]);
    const report = await new ReferentialImporter(api.dataSource).run(source);
    expect(report.counts.find((c) => c.kind === 'communes')).toMatchObject({ inserted: 1, updated: 0 });
    for (const c of report.counts.filter((c) => c.kind !== 'communes')) {
      expect(c).toMatchObject({ inserted: 0, updated: 0, unchanged: c.total });
    }
    const epci = source.epci.find((e) => e.membres.some((m) => m.code === last.code));
    const [row] = await api.dataSource.query(
      `SELECT c.name, c.origin, e.code AS epci_code
         FROM collectivity c LEFT JOIN collectivity e ON e.id = c.epci_id
        WHERE c.kind = 'COMMUNE' AND c.code = $1`,
      [last.code],
    );
    expect(row).toEqual({ name: last.nom, origin: 'REFERENTIAL', epci_code: epci?.code ?? null });
  });

  it('refuses a source with a nameless record before writing anything, and says which record', async () => {
    const source = loadReferentialSource();
    const broken = {
      ...source,
      communes: [...source.communes.slice(0, 10), { ...source.communes[10], nom: null as any }],
    };
    await expect(new ReferentialImporter(api.dataSource).run(broken)).rejects.toThrow(
      `the referential's COMMUNE "${source.communes[10].code}" has no code or no name: nothing was imported`,
    );
  });

  it('rolls everything back when the database refuses a record', async () => {
    const source = loadReferentialSource();
    const communes = source.communes.filter((c) => c.type === 'commune-actuelle');
    const broken = {
      ...source,
      communes: [
        // A new commune, written first, then a known one whose SIREN the database refuses (ten digits).
        { code: '99998', nom: 'Commune nouvelle de test', type: 'commune-actuelle', departement: '38', region: '84' },
        ...communes.slice(0, 100),
        { ...communes[100], siren: '1234567890' },
      ],
    };
    await api.dataSource.query(`UPDATE collectivity SET population = 1 WHERE kind = 'COMMUNE' AND code = '01001'`);
    await expect(new ReferentialImporter(api.dataSource).run(broken)).rejects.toThrow();
    const [row] = await api.dataSource.query(
      `SELECT population FROM collectivity WHERE kind = 'COMMUNE' AND code = '01001'`,
    );
    expect(row.population).toBe(1); // not put back: the run was rolled back
    expect(await count(`SELECT count(*)::int AS count FROM collectivity WHERE code = '99998'`)).toBe(0);
    const report = await new ReferentialImporter(api.dataSource).run(source);
    expect(report.counts.find((c) => c.kind === 'communes')).toMatchObject({ inserted: 0, updated: 1 });
  });
  it('rolls back, and goes on serving, when the database refuses a record deep in the whole referential', async () => {
    // Thousands of rows are still to be sent when the refusal comes back: the copy must stop there and the import
    // fail, not the process (the rows made before it were all queued at once, and pg-copy-streams then wrote them to
    // a connection it had dropped: an uncaught TypeError that took the process down).
    const source = loadReferentialSource();
    const communes = source.communes.filter((c) => c.type === 'commune-actuelle');
    await api.dataSource.query(`UPDATE collectivity SET population = 2 WHERE kind = 'COMMUNE' AND code = '01001'`);
    const broken = { ...source, communes: communes.map((c, i) => (i === 3000 ? { ...c, siren: '1234567890' } : c)) };
    await expect(new ReferentialImporter(api.dataSource).run(broken)).rejects.toThrow(/too long/);
    const [row] = await api.dataSource.query(
      `SELECT population FROM collectivity WHERE kind = 'COMMUNE' AND code = '01001'`,
    );
    expect(row.population).toBe(2);
    const report = await new ReferentialImporter(api.dataSource).run(source);
    expect(report.counts.find((c) => c.kind === 'communes')).toMatchObject({ inserted: 0, updated: 1 });
  });
});
