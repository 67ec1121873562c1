import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history stores each entry's event (name and version in the catalogue of libs/pact/src/events): new entries
 * only; older entries keep NULL (their name derives from entity_type and action, their version is 1) and their hash,
 * which never covered these columns. Editable records get a version for optimistic locking (existing rows: 1).
 */
export class EventsAndVersions1796543038471 implements MigrationInterface {
  name = 'EventsAndVersions1796543038471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "signatory" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "event" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "event_version" smallint`);
    await queryRunner.query(`ALTER TABLE "action_progress" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "milestone" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "action_progress" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "event_version"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "event"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "version"`);
  }
}
