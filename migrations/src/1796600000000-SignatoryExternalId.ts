import { MigrationInterface, QueryRunner } from 'typeorm';

/** The identity of an imported signature (`signatory.external_id`): a re-import recognises the signatory by it. */
export class SignatoryExternalId1796600000000 implements MigrationInterface {
  name = 'SignatoryExternalId1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatory" ADD "external_id" character varying(128)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_signatory_external_id" ON "signatory" ("external_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_signatory_external_id"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "external_id"`);
  }
}
