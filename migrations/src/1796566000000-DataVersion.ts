import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables whose rows public reads show (GraphQL for anyone, the exports, the feeds, the badges). Not the private
 * or technical ones (sessions, password resets, sign-in attempts, throttling, digest deliveries, follows): their
 * changes do not change what the public sees.
 */
const PUBLIC_TABLES = [
  'collectivity',
  'election',
  'candidate_list',
  'signatory',
  'commitment',
  'action_progress',
  'milestone',
  'commitment_score',
  'evidence',
  'evidence_action',
  'assessment',
  'assessment_reply',
  'software_catalogue_entry',
  'software_inventory_item',
  'software_inventory_stage',
  'tnl_label',
  'audit_event',
  'statistics_commitment',
  'statistics_month',
  'review_item',
  'role_grant',
  'user_account',
];

/**
 * A data version for the HTTP caches (ETag) of public reads, kept by PostgreSQL: every transaction that changes a
 * public table raises `data_version.version` by one, at commit (a deferred constraint trigger, queued once per
 * transaction: `data_version_first_change()` lets only the first changed row queue it), so the row is locked only
 * for the instant before the commit and a bulk load queues one event, not one per row. Every writer counts: the
 * services, the importers, the seeds, plain SQL. TRUNCATE raises it at once.
 */
export class DataVersion1796566000000 implements MigrationInterface {
  name = 'DataVersion1796566000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_version" ("id" smallint NOT NULL, "version" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_data_version" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version", "changed_at") VALUES (1, 1, now())`);
    await queryRunner.query(`
      CREATE FUNCTION data_version_first_change() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        IF current_setting('pacte.data_version_queued', true) = 'on' THEN
          RETURN false;
        END IF;
        PERFORM set_config('pacte.data_version_queued', 'on', true);
        RETURN true;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of PUBLIC_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (data_version_first_change())
           EXECUTE FUNCTION data_version_bump()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER data_version_truncate AFTER TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PUBLIC_TABLES) {
      await queryRunner.query(`DROP TRIGGER data_version_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER data_version_bump ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION data_version_bump()`);
    await queryRunner.query(`DROP FUNCTION data_version_first_change()`);
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}
