import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The migration tracker and the label: the software catalogue (free alternatives, SILL, Comptoir du Libre), each
 * collectivity's software inventory and its dated migration stages, the Territoire Numérique Libre labels awarded,
 * and evidence filed under label criteria (`evidence.criterion_ids`).
 */

export class Inventory1795886670963 implements MigrationInterface {
  name = 'Inventory1795886670963';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "software_catalogue_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying(16) NOT NULL, "external_id" text NOT NULL, "name" text NOT NULL, "category" character varying(32), "licence" text, "description" text, "website" text, "repository" text, "sill_id" integer, "comptoir_id" integer, "similar_sill_ids" integer array NOT NULL DEFAULT '{}', "providers" jsonb NOT NULL DEFAULT '[]', "declared_users" text array NOT NULL DEFAULT '{}', "aliases" text array NOT NULL DEFAULT '{}', "replaces" text array NOT NULL DEFAULT '{}', "action_codes" text array NOT NULL DEFAULT '{}', "dereferenced" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_software_catalogue_entry_source_external_id" UNIQUE ("source", "external_id"), CONSTRAINT "PK_0d6d17aad1695e24b0870f1b0c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_software_catalogue_entry_name" ON "software_catalogue_entry"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "software_inventory_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collectivity_id" uuid NOT NULL, "category" character varying(32) NOT NULL, "product_name" text NOT NULL, "product_is_free" boolean NOT NULL, "seats" integer, "product_entry_id" uuid, "target_entry_id" uuid, "stage" character varying(16) NOT NULL, "stage_reached_on" date NOT NULL, "action_codes" text array NOT NULL DEFAULT '{}', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6769693554fbcd4d7c431ec93f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_software_inventory_item_target_entry" ON "software_inventory_item"  ("target_entry_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_software_inventory_item_product_entry" ON "software_inventory_item"  ("product_entry_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_software_inventory_item_collectivity" ON "software_inventory_item"  ("collectivity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "software_inventory_stage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "stage" character varying(16) NOT NULL, "reached_on" date NOT NULL, "notes" text, "evidence_ids" uuid array NOT NULL DEFAULT '{}', "recorded_by" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6c48d28263d407bcc8062895fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_software_inventory_stage_item" ON "software_inventory_stage"  ("item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tnl_label" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collectivity_id" uuid NOT NULL, "year" smallint NOT NULL, "scale" character varying(8) NOT NULL, "level" character varying(8) NOT NULL, "mentions" text array NOT NULL DEFAULT '{}', "url" text, "recorded_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_tnl_label_collectivity_year" UNIQUE ("collectivity_id", "year"), CONSTRAINT "PK_4064fc71122f4a3dd4e8dff4765" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "evidence" ADD "criterion_ids" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "software_inventory_item" ADD CONSTRAINT "FK_085dea2be1668ad19520efb74f5" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "software_inventory_item" ADD CONSTRAINT "FK_9b95b1c0125df835fdd733724cb" FOREIGN KEY ("product_entry_id") REFERENCES "software_catalogue_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "software_inventory_item" ADD CONSTRAINT "FK_70619a490f3aaa609d39d92ad60" FOREIGN KEY ("target_entry_id") REFERENCES "software_catalogue_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "software_inventory_stage" ADD CONSTRAINT "FK_ba7c76d43fb4bb08b5c7d3407c6" FOREIGN KEY ("item_id") REFERENCES "software_inventory_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tnl_label" ADD CONSTRAINT "FK_34aa744cf6ae8a42c7011bac508" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tnl_label" DROP CONSTRAINT "FK_34aa744cf6ae8a42c7011bac508"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_stage" DROP CONSTRAINT "FK_ba7c76d43fb4bb08b5c7d3407c6"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP CONSTRAINT "FK_70619a490f3aaa609d39d92ad60"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP CONSTRAINT "FK_9b95b1c0125df835fdd733724cb"`);
    await queryRunner.query(`ALTER TABLE "software_inventory_item" DROP CONSTRAINT "FK_085dea2be1668ad19520efb74f5"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "criterion_ids"`);
    await queryRunner.query(`DROP TABLE "tnl_label"`);
    await queryRunner.query(`DROP INDEX "public"."ix_software_inventory_stage_item"`);
    await queryRunner.query(`DROP TABLE "software_inventory_stage"`);
    await queryRunner.query(`DROP INDEX "public"."ix_software_inventory_item_collectivity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_software_inventory_item_product_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_software_inventory_item_target_entry"`);
    await queryRunner.query(`DROP TABLE "software_inventory_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_software_catalogue_entry_name"`);
    await queryRunner.query(`DROP TABLE "software_catalogue_entry"`);
  }
}
