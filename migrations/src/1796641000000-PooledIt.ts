import { MigrationInterface, QueryRunner } from 'typeorm';

/** Pooled IT: the body (EPCI or syndicat) that runs a commune's IT, and the communes a body's item applies to. */
export class PooledIt1796641000000 implements MigrationInterface {
  name = 'PooledIt1796641000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pooled_it_link" ("collectivity_id" uuid NOT NULL, "body_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f2a99cbe64f201c6d6fdb362304" PRIMARY KEY ("collectivity_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_pooled_it_link_body" ON "pooled_it_link"  ("body_id") `);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" ADD "applies_to_member_ids" uuid array`);
    await queryRunner.query(
      `ALTER TABLE "pooled_it_link" ADD CONSTRAINT "FK_f2a99cbe64f201c6d6fdb362304" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pooled_it_link" ADD CONSTRAINT "FK_fc0fabfd6b54e447ba79764c0b7" FOREIGN KEY ("body_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pooled_it_link" DROP CONSTRAINT "FK_fc0fabfd6b54e447ba79764c0b7"`);
    await queryRunner.query(`ALTER TABLE "pooled_it_link" DROP CONSTRAINT "FK_f2a99cbe64f201c6d6fdb362304"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP COLUMN "applies_to_member_ids"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pooled_it_link_body"`);
    await queryRunner.query(`DROP TABLE "pooled_it_link"`);
  }
}
