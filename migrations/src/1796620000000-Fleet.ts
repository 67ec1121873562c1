import { MigrationInterface, QueryRunner } from 'typeorm';

/** The declared fleet per collectivity and audience (collectivity_fleet), and the audience of inventory items. */
export class Fleet1796620000000 implements MigrationInterface {
  name = 'Fleet1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collectivity_fleet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collectivity_id" uuid NOT NULL, "audience" character varying(16) NOT NULL, "workstations" integer, "servers" integer, "office_seats" integer, "as_of" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a768f7112265b4d5a655a57ec4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_collectivity_fleet_audience" ON "collectivity_fleet"  ("collectivity_id", "audience") `,
    );
    await queryRunner.query(
      `ALTER TABLE "software_inventory_item" ADD "audience" character varying(16) NOT NULL DEFAULT 'STAFF'`,
    );
    await queryRunner.query(
      `ALTER TABLE "collectivity_fleet" ADD CONSTRAINT "FK_42d09cb552fec7408642a1b4c00" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collectivity_fleet" DROP CONSTRAINT "FK_42d09cb552fec7408642a1b4c00"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "audience"`);
    await queryRunner.query(`DROP INDEX "public"."ux_collectivity_fleet_audience"`);
    await queryRunner.query(`DROP TABLE "collectivity_fleet"`);
  }
}
