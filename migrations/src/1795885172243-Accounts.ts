import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795885172243 implements MigrationInterface {
  name = 'Accounts1795885172243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_session_token" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_user_session_user" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_password_reset_token" ON "password_reset"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" BIGSERIAL NOT NULL, "email" text NOT NULL, "succeeded" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_attempt_email_at" ON "sign_in_attempt"  ("email", "at") `);
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "collectivity_id" uuid, "audit_scope" character varying(16), "audit_scope_code" character varying(3), "status" character varying(16) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_role_grant_collectivity" ON "role_grant"  ("collectivity_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_role_grant_user" ON "role_grant"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "oidc_issuer" text, "oidc_subject" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_email" ON "user_account"  ("email") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_oidc" ON "user_account"  ("oidc_issuer", "oidc_subject") WHERE oidc_subject IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_user_oidc"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_email"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."ix_role_grant_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_role_grant_collectivity"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_attempt_email_at"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_token"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_session_token"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
  }
}
