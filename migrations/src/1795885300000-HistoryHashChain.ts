import { createHash } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links the history into a hash chain (docs/history-verification.md): every audit_event gets `prev_hash` and `hash`,
 * hash = sha256(prev_hash + canonical JSON of its ten hashed fields), 64 zeros before the first entry.
 *
 * Existing entries are chained here, in id order, with the append-only trigger disabled for the length of this
 * migration's transaction (the table is locked meanwhile). `occurred_at` drops to millisecond precision (rounded),
 * so that the ISO time that is hashed is exactly what is stored. The hashing code is copied here on purpose: a
 * migration is frozen when it lands, whatever later becomes of the API's code.
 */
export class HistoryHashChain1795885300000 implements MigrationInterface {
  name = 'HistoryHashChain1795885300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`LOCK TABLE "audit_event" IN ACCESS EXCLUSIVE MODE`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "prev_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "occurred_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_delete"`);

    let prevHash = GENESIS_HASH;
    let afterId = '0';
    for (;;) {
      const rows: ExistingRow[] = await queryRunner.query(
        // ORDER BY e.id, the bigint: "id" alone would be the text output column, and sort 10 before 9.
        `SELECT e.id::text AS id, e.occurred_at, e.actor_id, e.actor_label, e.collectivity_id::text AS collectivity_id,
                e.entity_type, e.entity_id, e.action, e.before, e.after
           FROM "audit_event" e WHERE e.id > $1::bigint ORDER BY e.id LIMIT $2`,
        [afterId, PAGE_SIZE],
      );
      if (rows.length === 0) break;
      const ids: string[] = [];
      const prevHashes: string[] = [];
      const hashes: string[] = [];
      for (const row of rows) {
        const content = {
          id: row.id,
          occurred_at: row.occurred_at.toISOString(),
          actor_id: row.actor_id,
          actor_label: row.actor_label,
          collectivity_id: row.collectivity_id,
          entity_type: row.entity_type,
          entity_id: row.entity_id,
          action: row.action,
          before: row.before,
          after: row.after,
        };
        const hash = createHash('sha256')
          .update(prevHash + canonicalJson(content), 'utf8')
          .digest('hex');
        ids.push(row.id);
        prevHashes.push(prevHash);
        hashes.push(hash);
        prevHash = hash;
      }
      await queryRunner.query(
        `UPDATE "audit_event" AS e SET prev_hash = v.prev_hash, hash = v.hash
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(id, prev_hash, hash)
          WHERE e.id = v.id`,
        [ids, prevHashes, hashes],
      );
      afterId = rows[rows.length - 1].id;
    }

    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_delete"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_audit_event_hash" ON "audit_event" ("hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_audit_event_prev_hash" ON "audit_event" ("prev_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_audit_event_prev_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ux_audit_event_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "occurred_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "prev_hash"`);
  }
}

const GENESIS_HASH = '0'.repeat(64);
const PAGE_SIZE = 500;

interface ExistingRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  collectivity_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Canonical JSON as of this migration: no whitespace, object keys sorted by UTF-16 code units, recursively. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
