import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: an inventory item's migration can be planned, stage by stage, for days to come. */
export class PlannedMigrationStages1796645000000 implements MigrationInterface {
  name = 'PlannedMigrationStages1796645000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "planned_stages" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "planned_stages"`);
  }
}
