import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { GENESIS_HASH } from '../modules/history/chain';
import { HISTORY_CHAIN_LOCK_KEY } from '../modules/history/history.repository';
import { ensureElections } from '../modules/referential/elections.seed';
import { ensureReferential } from '../modules/referential/ensure-referential';
import { type CopyValue, copyRows } from '../database/copy-rows';
import { BASE_MS, buildRecords, isoDay, type ReferentialRow } from './national-data';
import { type HistoryOutcome, historyRows } from './national-history';
import { type NationalPlan, planNational } from './national-plan';
import { SeededRandom } from './random';

export interface NationalSeedOptions {
  seed: number;
  scale: number;
  /** History entries in all (default: the national history at that scale). */
  history?: number;
  /** Check every n-th history payload against the event catalogue (default 1000; 1 checks them all). */
  validateEvery?: number;
  log: (message: string) => void;
}

export interface NationalSeedReport {
  plan: NationalPlan;
  /** Rows written, per table. */
  counts: Record<string, number>;
  /** sha256 of everything written, with the referential's ids replaced by their codes: same seed, same digest. */
  digest: string;
  lastHash: string;
  seconds: number;
}

const EDITION = '2026';

/**
 * Builds the national dataset of issue 12 on an empty database (the referential is imported if missing): candidate
 * lists, signatories, commitments, progress, milestones, evidence and their history, valid for the hash chain, all in
 * one transaction, written with COPY. Deterministic from the seed.
 */
export async function seedNational(dataSource: DataSource, options: NationalSeedOptions): Promise<NationalSeedReport> {
  const started = Date.now();
  const { log } = options;
  await ensureElections(dataSource);
  await ensureReferential(dataSource, log);
  const plan = planNational(options.scale, options.history);
  log(`plan: ${JSON.stringify(plan)}`);

  // The pg pool under TypeORM's driver: COPY needs a plain pg client.
  const client: PoolClient = await (dataSource.driver as unknown as { master: Pool }).master.connect();
  const digest = createHash('sha256');
  const counts: Record<string, number> = {};
  try {
    await client.query('BEGIN');
    const [{ rows: existing }, { rows: elections }] = await Promise.all([
      client.query<{ n: number }>(
        'SELECT (SELECT count(*) FROM candidate_list) + (SELECT count(*) FROM commitment) AS n',
      ),
      client.query<{ id: string }>(`SELECT id FROM election WHERE code = 'MUNICIPALES_2026'`),
    ]);
    if (Number(existing[0].n) > 0) {
      throw new Error('seed:national needs a database with no candidate list and no commitment yet');
    }
    const { rows: referential } = await client.query<ReferentialRow>(
      `SELECT id, kind, code, name, population, postcodes FROM collectivity
        WHERE origin = 'REFERENTIAL' AND kind <> 'DEPARTEMENT' AND kind <> 'REGION' ORDER BY kind, code`,
    );
    const communes = referential.filter((r) => r.kind === 'COMMUNE');
    const epcis = referential.filter((r) => r.kind !== 'COMMUNE');
    const random = new SeededRandom(options.seed);
    const records = buildRecords(random, plan, communes, epcis);
    log(`records drawn in ${((Date.now() - started) / 1000).toFixed(1)} s; writing the history…`);

    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [HISTORY_CHAIN_LOCK_KEY]);
    const { rows: last } = await client.query<{ hash: string }>(
      'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1',
    );
    const { rows: next } = await client.query<{ id: string }>(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::text AS id`,
    );
    const outcome = {} as HistoryOutcome;
    let shown = Date.now();
    const withProgress = function* (rows: Iterable<CopyValue[]>) {
      let n = 0;
      for (const row of rows) {
        yield row;
        n += 1;
        if (Date.now() - shown > 10_000) {
          shown = Date.now();
          log(`history: ${n} / ${plan.history} (${Math.round((100 * n) / plan.history)} %)`);
        }
      }
    };
    counts.audit_event = await copyRows(
      client,
      'audit_event',
      [
        'id',
        'occurred_at',
        'actor_id',
        'actor_label',
        'collectivity_id',
        'entity_type',
        'entity_id',
        'action',
        'before',
        'after',
        'prev_hash',
        'hash',
        'event',
        'event_version',
      ],
      withProgress(
        historyRows(
          {
            random,
            plan,
            records,
            communes,
            epcis,
            electionId: elections[0].id,
            firstId: BigInt(next[0].id),
            prevHash: last[0]?.hash ?? GENESIS_HASH,
            digest,
            validateEvery: options.validateEvery ?? 1000,
          },
          outcome,
        ),
      ),
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'id'), $1::bigint)`, [
      outcome.lastId.toString(),
    ]);
    log(`history written (${counts.audit_event} entries) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const idToCode = new Map<string, string>(referential.map((r) => [r.id, `${r.kind}:${r.code}`]));
    idToCode.set(elections[0].id, 'election');
    const write = async (table: string, columns: string[], rows: Iterable<CopyValue[]>) => {
      const digested = function* () {
        for (const row of rows) {
          digest.update(`${JSON.stringify(row.map((v) => (typeof v === 'string' ? (idToCode.get(v) ?? v) : v)))}\n`);
          yield row;
        }
      };
      counts[table] = await copyRows(client, table, columns, digested());
    };
    const at = (second: number) => new Date(BASE_MS + second * 1000).toISOString();
    const { lists, signatories, commitments, milestones, evidence, actionCodes } = records;

    await write(
      'candidate_list',
      ['id', 'election_id', 'collectivity_id', 'name', 'head_of_list', 'parties', 'website', 'outcome'],
      lists.map((l) => [
        l.id,
        elections[0].id,
        communes[l.commune].id,
        l.name,
        l.headOfList,
        l.parties,
        l.website,
        l.majority ? 'MAJORITY' : 'PENDING',
      ]),
    );
    await client.query(
      // created_at / updated_at / version from the history itself, so both always agree.
      `UPDATE candidate_list l SET created_at = h.first, updated_at = h.last, version = h.n
         FROM (SELECT entity_id::uuid AS id, min(occurred_at) AS first, max(occurred_at) AS last, count(*) AS n
                 FROM audit_event WHERE entity_type = 'CandidateList' GROUP BY entity_id) h
        WHERE h.id = l.id`,
    );
    await write(
      'signatory',
      [
        'id',
        'candidate_list_id',
        'scope',
        'position_on_list',
        'parties',
        'commune',
        'postcode',
        'last_name',
        'first_name',
        'phone',
        'email',
        'signed_place',
        'signed_on',
        'created_at',
        'updated_at',
      ],
      signatories.map((s) => {
        const commune = communes[lists[s.list].commune];
        return [
          s.id,
          lists[s.list].id,
          s.scope,
          s.position,
          lists[s.list].parties,
          commune.name,
          commune.postcodes[0] ?? null,
          s.lastName,
          s.firstName,
          s.phone,
          s.email,
          commune.name,
          s.signedOn,
          at(s.createdSec),
          at(s.createdSec),
        ];
      }),
    );
    await write(
      'commitment',
      [
        'id',
        'collectivity_id',
        'edition',
        'source',
        'candidate_list_id',
        'deliberation_number',
        'deliberation_date',
        'committed_on',
        'created_at',
      ],
      commitments.map((c) => [
        c.id,
        (c.epci ? epcis : communes)[c.collectivity].id,
        EDITION,
        c.list === null ? 'COUNCIL_DELIBERATION' : 'LIST_MAJORITY',
        c.list === null ? null : lists[c.list].id,
        c.deliberationNumber,
        c.deliberationDate,
        c.committedOn,
        at(c.createdSec),
      ]),
    );
    await write(
      'action_progress',
      [
        'id',
        'commitment_id',
        'action_code',
        'status',
        'progress_override',
        'target_date',
        'owner',
        'justification',
        'updated_at',
        'version',
      ],
      outcome.progress.map((p, row) => [
        random.uuid(),
        commitments[Math.floor(row / actionCodes.length)].id,
        actionCodes[row % actionCodes.length],
        p.status,
        p.override,
        p.targetDate,
        p.owner,
        p.justification,
        at(p.updatedSec),
        p.version,
      ]),
    );
    await write(
      'milestone',
      ['id', 'commitment_id', 'action_code', 'title', 'date', 'reached', 'created_at', 'updated_at', 'version'],
      milestones.map((m, i) => {
        const state = outcome.milestones[i];
        return [
          m.id,
          commitments[m.commitment].id,
          m.actionCode,
          m.title,
          state.date,
          state.reached,
          at(m.createdSec),
          at(state.updatedSec),
          state.version,
        ];
      }),
    );
    await write(
      'evidence',
      ['id', 'commitment_id', 'kind', 'date', 'title', 'url', 'created_by', 'created_at', 'updated_at'],
      evidence.map((e) => [
        e.id,
        commitments[e.commitment].id,
        e.kind,
        isoDay(e.createdSec),
        e.title,
        e.url,
        commitments[e.commitment].editorId,
        at(e.createdSec),
        at(e.createdSec),
      ]),
    );
    await write(
      'evidence_action',
      ['evidence_id', 'action_code'],
      evidence.flatMap((e) => e.actionCodes.map((code) => [e.id, code])),
    );
    // The aggregates the services keep (national statistics) know nothing of rows written by a tool: mark them
    // stale, so the app rebuilds them from the records and the history at its next start.
    await client.query(
      `DO $$ BEGIN
         IF to_regclass('statistics_state') IS NOT NULL THEN UPDATE statistics_state SET stale = true; END IF;
       END $$`,
    );
    log('tables written; committing…');
    await client.query('COMMIT');
    // A database that autovacuum keeps (PostgreSQL's default) has its planner statistics and visibility map; a
    // freshly written one has neither until autovacuum passes, and may never have them on a server that runs without
    // it (as test and bench machines may): index-only scans would read the heap, plans would guess. The whole
    // database, so that the referential imported before the seed is covered too.
    await client.query('VACUUM (ANALYZE)');
    return {
      plan,
      counts,
      digest: digest.digest('hex'),
      lastHash: outcome.lastHash,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
