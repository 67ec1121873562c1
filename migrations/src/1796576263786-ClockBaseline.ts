import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The score the mandate clock measures its pace from (`commitment_score.start_overall`): kept by the progress writes
 * (libs/pact `clockBaselineAfterWrite`). Existing rows have none: nothing is known of what was declared by the clock's
 * first day, so their clocks measure from 0, as before.
 */
export class ClockBaseline1796576263786 implements MigrationInterface {
  name = 'ClockBaseline1796576263786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment_score" ADD "start_overall" numeric(4,1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment_score" DROP COLUMN "start_overall"`);
  }
}
