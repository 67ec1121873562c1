import { MigrationInterface, QueryRunner } from 'typeorm';

/** Action 1.3 on inventory items: the contract or licence end date, renewal date and yearly cost. */
export class InventoryContracts1796630000000 implements MigrationInterface {
  name = 'InventoryContracts1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "contract_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "renewal_on" date`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "yearly_cost" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "yearly_cost"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "renewal_on"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "contract_ends_on"`);
  }
}
