import { MigrationInterface, QueryRunner } from 'typeorm';

/** The review queue (`review_item`): what a campaign moderator or an administrator decides. */
export class ReviewQueue1796553966937 implements MigrationInterface {
  name = 'ReviewQueue1796553966937';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "collectivity_id" uuid NOT NULL, "departement_code" character varying(3), "region_code" character varying(3), "payload" jsonb NOT NULL, "subject_key" text, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" text, "decided_at" TIMESTAMP WITH TIME ZONE, "choice" uuid, "reason" text, CONSTRAINT "PK_91cdf1e8bef5fd3c1c8352e1873" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_item_kind_subject" ON "review_item"  ("kind", "subject_key") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_review_item_collectivity" ON "review_item"  ("collectivity_id") `);
    await queryRunner.query(`CREATE INDEX "ix_review_item_status_created" ON "review_item"  ("status", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "review_item" ADD CONSTRAINT "FK_96de36e5c4505ec62b9df28d5e1" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_item" DROP CONSTRAINT "FK_96de36e5c4505ec62b9df28d5e1"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_item_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_item_collectivity"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_item_kind_subject"`);
    await queryRunner.query(`DROP TABLE "review_item"`);
  }
}
