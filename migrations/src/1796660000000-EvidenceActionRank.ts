import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each action's evidence in page order, straight from an index (issue 12): a link to an action carries its evidence's
 * commitment, date and creation time, and one index orders the links of each (commitment, action) newest first. A
 * collectivity page reads each action's first five by walking that index, instead of ranking every piece of the
 * commitment's evidence with windows (Paris: 2,937 pieces, 32 ms for the statement).
 *
 * The copies are kept by PostgreSQL triggers in the transaction of the write, so that every writer keeps them (the
 * services, the seeds' COPY, plain SQL): a new link takes them from its evidence, and a change of the evidence's date
 * is carried to its links.
 */
export class EvidenceActionRank1796660000000 implements MigrationInterface {
  name = 'EvidenceActionRank1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "evidence_action" ADD "commitment_id" uuid, ADD "date" date, ADD "created_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "evidence_action" a SET commitment_id = v.commitment_id, date = v.date, created_at = v.created_at
         FROM "evidence" v WHERE v.id = a.evidence_id`,
    );
    // The update's deferred trigger events (data_version's) run now: a table with pending events cannot be altered.
    await queryRunner.query(`SET CONSTRAINTS ALL IMMEDIATE`);
    await queryRunner.query(
      `ALTER TABLE "evidence_action" ALTER "commitment_id" SET NOT NULL, ALTER "date" SET NOT NULL,
         ALTER "created_at" SET NOT NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION evidence_action_rank_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT v.commitment_id, v.date, v.created_at INTO NEW.commitment_id, NEW.date, NEW.created_at
          FROM evidence v WHERE v.id = NEW.evidence_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER evidence_action_rank_link BEFORE INSERT OR UPDATE OF evidence_id ON "evidence_action"
         FOR EACH ROW EXECUTE FUNCTION evidence_action_rank_link()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION evidence_action_rank_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE evidence_action SET commitment_id = NEW.commitment_id, date = NEW.date, created_at = NEW.created_at
         WHERE evidence_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER evidence_action_rank_evidence AFTER UPDATE OF commitment_id, date, created_at ON "evidence"
         FOR EACH ROW WHEN (OLD.commitment_id IS DISTINCT FROM NEW.commitment_id OR OLD.date IS DISTINCT FROM NEW.date
                            OR OLD.created_at IS DISTINCT FROM NEW.created_at)
         EXECUTE FUNCTION evidence_action_rank_evidence()`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_evidence_action_rank" ON "evidence_action"
         ("commitment_id", "action_code", "date", "created_at", "evidence_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_evidence_action_rank"`);
    await queryRunner.query(`DROP TRIGGER evidence_action_rank_evidence ON "evidence"`);
    await queryRunner.query(`DROP TRIGGER evidence_action_rank_link ON "evidence_action"`);
    await queryRunner.query(`DROP FUNCTION evidence_action_rank_evidence()`);
    await queryRunner.query(`DROP FUNCTION evidence_action_rank_link()`);
    await queryRunner.query(
      `ALTER TABLE "evidence_action" DROP COLUMN "created_at", DROP COLUMN "date", DROP COLUMN "commitment_id"`,
    );
  }
}
