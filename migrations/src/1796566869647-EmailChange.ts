import { MigrationInterface, QueryRunner } from 'typeorm';

/** Changes of e-mail address waiting for the confirmation link sent to the new address (`email_change`). */
export class EmailChange1796566869647 implements MigrationInterface {
  name = 'EmailChange1796566869647';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "new_email" text NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c41013cfc6b716e1feeb3c1ee1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_change_token" ON "email_change"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_email_change_user" ON "email_change"  ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_email_change_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_change_token"`);
    await queryRunner.query(`DROP TABLE "email_change"`);
  }
}
