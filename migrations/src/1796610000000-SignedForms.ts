import { MigrationInterface, QueryRunner } from 'typeorm';

/** A signatory's signed form: a private PDF in the evidence files' store (its key), and the public day it was received. */
export class SignedForms1796610000000 implements MigrationInterface {
  name = 'SignedForms1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatory" ADD "signed_form_key" character varying(512)`);
    await queryRunner.query(`ALTER TABLE "signatory" ADD "signed_form_size" integer`);
    await queryRunner.query(`ALTER TABLE "signatory" ADD "signed_form_sha256" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "signatory" ADD "signed_form_received_on" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "signed_form_received_on"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "signed_form_sha256"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "signed_form_size"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "signed_form_key"`);
  }
}
