import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795886107784 implements MigrationInterface {
  name = 'Assessments1795886107784';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "action_code" character varying(8) NOT NULL, "auditor_id" uuid, "association" text, "verdict" character varying(16) NOT NULL, "justification" text NOT NULL, "evidence_ids" uuid array NOT NULL DEFAULT '{}', "assessed_on" date NOT NULL, "supersedes_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_a5d393601e80053a66c2f81f53" UNIQUE ("supersedes_id"), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_commitment_action" ON "assessment"  ("commitment_id", "action_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "author_id" uuid, "author_role" character varying(32) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed41eaec69b7bd3810553e4aae6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assessment_reply_assessment" ON "assessment_reply"  ("assessment_id") `);
    await queryRunner.query(
      `CREATE TABLE "follow" ("user_id" uuid NOT NULL, "collectivity_id" uuid NOT NULL, "digest" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4469b9082759f770ff01571b71" PRIMARY KEY ("user_id", "collectivity_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_follow_collectivity" ON "follow"  ("collectivity_id") `);
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_381db07f602931aa64c34eba782" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_529760de6d820831bcf0d48e226" FOREIGN KEY ("auditor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_a5d393601e80053a66c2f81f531" FOREIGN KEY ("supersedes_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_reply" ADD CONSTRAINT "FK_e8adb864be46302a8097626a098" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_reply" ADD CONSTRAINT "FK_283591e8a7e0f33fa1ea712d16e" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow" ADD CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow" ADD CONSTRAINT "FK_0032b408dd5aba2df522795ddca" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow" DROP CONSTRAINT "FK_0032b408dd5aba2df522795ddca"`);
    await queryRunner.query(`ALTER TABLE "follow" DROP CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28"`);
    await queryRunner.query(`ALTER TABLE "assessment_reply" DROP CONSTRAINT "FK_283591e8a7e0f33fa1ea712d16e"`);
    await queryRunner.query(`ALTER TABLE "assessment_reply" DROP CONSTRAINT "FK_e8adb864be46302a8097626a098"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_a5d393601e80053a66c2f81f531"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_529760de6d820831bcf0d48e226"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_381db07f602931aa64c34eba782"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_collectivity"`);
    await queryRunner.query(`DROP TABLE "follow"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_reply_assessment"`);
    await queryRunner.query(`DROP TABLE "assessment_reply"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_commitment_action"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
  }
}
