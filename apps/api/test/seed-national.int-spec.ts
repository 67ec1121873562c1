import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { toJsonLine, verifyChain } from '../src/modules/history/chain';
import { HistoryRepository } from '../src/modules/history/history.repository';
import { seedNational, type NationalSeedReport } from '../src/seed/national-seed';
import { eventsOf, replay } from './support/history-replay';
import { createMigratedDatabase, onServer, type OwnDatabase } from './support/own-database';

/**
 * seed:national at a tiny scale on scratch databases (it needs empty ones: copies of the run's migrated database):
 * counts as planned, the same digest from the same seed, a hash chain that verifies, and tables that agree with the
 * history they come with. Needs a PostgreSQL server to create databases on; on the embedded database, skipped.
 */
onServer('seed:national', () => {
  const databases: OwnDatabase[] = [];
  const sources: DataSource[] = [];
  const reports: NationalSeedReport[] = [];

  beforeAll(async () => {
    for (const i of [0, 1, 2]) databases.push(await createMigratedDatabase(`seed${i}`));
    for (const [i, { url }] of databases.entries()) {
      const dataSource = new DataSource(dataSourceOptions(url, 2));
      await dataSource.initialize();
      sources.push(dataSource);
      reports.push(
        await seedNational(dataSource, {
          seed: i < 2 ? 42 : 43,
          scale: 0.002,
          validateEvery: 1,
          log: () => undefined,
        }),
      );
    }
  });
  afterAll(async () => {
    for (const dataSource of sources) await dataSource.destroy();
    for (const database of databases) await database.drop();
  });

  const count = async (dataSource: DataSource, sql: string) => Number((await dataSource.query(sql))[0].n);

  it('writes the planned counts, at national proportions', async () => {
    const [{ plan, counts }] = reports;
    const [db] = sources;
    expect(plan.commitments).toBe(3);
    expect(plan.progressRows).toBe(93);
    expect(counts).toEqual({
      audit_event: plan.history,
      candidate_list: plan.candidateLists,
      signatory: plan.signatories,
      commitment: plan.commitments,
      action_progress: plan.progressRows,
      milestone: plan.milestones,
      evidence: plan.evidence,
      evidence_action: plan.evidenceLinks,
    });
    expect(await count(db, 'SELECT count(*) AS n FROM audit_event')).toBe(plan.history);
    expect(await count(db, 'SELECT count(*) AS n FROM evidence_action')).toBe(plan.evidenceLinks);
    expect(await count(db, `SELECT count(*) AS n FROM audit_event WHERE entity_type = 'ActionProgress'`)).toBe(
      plan.progressChanges,
    );
    expect(plan.progressChanges / plan.history).toBeCloseTo(1_500_000 / 1_957_651, 2);
    // One EPCI among the commitments, the others communes; the winning lists signed as lists.
    expect(
      await count(
        db,
        `SELECT count(*) AS n FROM commitment m JOIN collectivity c ON c.id = m.collectivity_id
                        WHERE c.kind <> 'COMMUNE'`,
      ),
    ).toBe(plan.epciCommitments);
    expect(
      await count(
        db,
        `SELECT count(*) AS n FROM commitment m JOIN candidate_list l ON l.id = m.candidate_list_id
          WHERE m.source = 'LIST_MAJORITY' AND l.outcome = 'MAJORITY'
            AND EXISTS (SELECT 1 FROM signatory s WHERE s.candidate_list_id = l.id AND s.scope = 'LIST')`,
      ),
    ).toBe(plan.listMajorityCommitments);
  });

  it('is deterministic: the same seed gives the same digest, another seed another one', () => {
    expect(reports[0].digest).toMatch(/^[0-9a-f]{64}$/);
    expect(reports[1].digest).toBe(reports[0].digest);
    expect(reports[2].digest).not.toBe(reports[0].digest);
  });

  it('writes a history that verifies, as history:verify reads it', async () => {
    const lines = async function* () {
      for await (const entry of new HistoryRepository(sources[0]).streamChain()) yield toJsonLine(entry);
    };
    await expect(verifyChain(lines())).resolves.toEqual({
      ok: true,
      count: reports[0].plan.history,
      lastHash: reports[0].lastHash,
    });
  });

  it('leaves every record as its history ends: progress, milestones, lists', async () => {
    const [db] = sources;
    const progress: { entity_id: string; status: string; progress_override: number | null; version: number }[] =
      await db.query(
        `SELECT m.id || ':' || p.action_code AS entity_id, p.status, p.progress_override, p.version
           FROM action_progress p JOIN commitment m ON m.id = p.commitment_id ORDER BY 1 LIMIT 40`,
      );
    expect(progress).toHaveLength(40);
    for (const row of progress) {
      const { last, problems } = replay(await eventsOf(db, row.entity_id));
      expect(problems).toEqual([]);
      expect(last).toMatchObject({ status: row.status, progressOverride: row.progress_override, version: row.version });
    }
    const milestones: { id: string; date: string; reached: boolean; version: number }[] = await db.query(
      `SELECT id, date::text AS date, reached, version FROM milestone ORDER BY version DESC, id LIMIT 20`,
    );
    expect(milestones[0].version).toBeGreaterThan(1);
    for (const m of milestones) {
      const { last, problems } = replay(await eventsOf(db, m.id));
      expect(problems).toEqual([]);
      expect(last).toMatchObject({ date: m.date, reached: m.reached, version: m.version });
    }
    expect(
      await count(
        db,
        `SELECT count(*) AS n FROM candidate_list l
          WHERE l.version <> (SELECT count(*) FROM audit_event e WHERE e.entity_id = l.id::text)`,
      ),
    ).toBe(0);
  });

  it('refuses a database that already holds lists or commitments', async () => {
    await expect(seedNational(sources[0], { seed: 42, scale: 0.002, log: () => undefined })).rejects.toThrow(
      /no candidate list and no commitment/,
    );
  });
});
