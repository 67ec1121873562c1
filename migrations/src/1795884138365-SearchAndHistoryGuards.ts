import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What entities cannot declare: the trigram index behind accent-insensitive "contains" search, and the database-level
 * guarantee that the history is append-only (UPDATE, DELETE and TRUNCATE on audit_event are refused).
 */
export class SearchAndHistoryGuards1795884138365 implements MigrationInterface {
  name = 'SearchAndHistoryGuards1795884138365';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_collectivity_search_name_trgm" ON "collectivity" USING gin ("search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`DROP INDEX "ix_collectivity_search_name_trgm"`);
  }
}
