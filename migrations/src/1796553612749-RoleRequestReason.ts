import { MigrationInterface, QueryRunner } from 'typeorm';

/** A role request says why it is made (free text, shown to those who decide). */
export class RoleRequestReason1796553612749 implements MigrationInterface {
  name = 'RoleRequestReason1796553612749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_grant" ADD "reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_grant" DROP COLUMN "reason"`);
  }
}
