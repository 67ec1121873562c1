import { MigrationInterface, QueryRunner } from 'typeorm';

/** The weekly digests sent, and the period each covered: the next one starts where the last ended. */
export class DigestDeliveries1795895586966 implements MigrationInterface {
  name = 'DigestDeliveries1795895586966';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "digest_delivery" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fcd2c831f7b54a7aa064290f163" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_digest_delivery_user_period" ON "digest_delivery"  ("user_id", "period_end") `,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_delivery" ADD CONSTRAINT "FK_e3e90163f98c88fbb497b8b32a7" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digest_delivery" DROP CONSTRAINT "FK_e3e90163f98c88fbb497b8b32a7"`);
    await queryRunner.query(`DROP INDEX "public"."ix_digest_delivery_user_period"`);
    await queryRunner.query(`DROP TABLE "digest_delivery"`);
  }
}
