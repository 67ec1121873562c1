import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pact's three sections as its commitments: the collectivity's self-assessment of each section
 * (`section_self_assessment`, progress module) and the auditors' verdicts on each section (`section_assessment`,
 * assessments module; rows superseded, never changed, as for actions).
 */
export class SectionAssessments1796610000000 implements MigrationInterface {
  name = 'SectionAssessments1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "section_self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "section" smallint NOT NULL, "status" character varying(16) NOT NULL, "explanation" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_section_self_assessment_commitment_section" UNIQUE ("commitment_id", "section"), CONSTRAINT "PK_67d67fb2d84fed4b2551ee710af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "section_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "section" smallint NOT NULL, "auditor_id" uuid, "association" text, "verdict" character varying(16) NOT NULL, "justification" text NOT NULL, "assessed_on" date NOT NULL, "supersedes_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_35a638c78944527ccf832ca8a8" UNIQUE ("supersedes_id"), CONSTRAINT "PK_99baae71a89b325d9a180401285" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_section_assessment_commitment_section" ON "section_assessment"  ("commitment_id", "section") `,
    );
    await queryRunner.query(
      `ALTER TABLE "section_self_assessment" ADD CONSTRAINT "FK_ea02092424e68beda352b6d2077" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_assessment" ADD CONSTRAINT "FK_35a638c78944527ccf832ca8a89" FOREIGN KEY ("supersedes_id") REFERENCES "section_assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_assessment" ADD CONSTRAINT "FK_83f15e71bb47176610df5d8e052" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_assessment" ADD CONSTRAINT "FK_f23e0926a1ee17fc44d4c86baa2" FOREIGN KEY ("auditor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "section_assessment" DROP CONSTRAINT "FK_f23e0926a1ee17fc44d4c86baa2"`);
    await queryRunner.query(`ALTER TABLE "section_assessment" DROP CONSTRAINT "FK_83f15e71bb47176610df5d8e052"`);
    await queryRunner.query(`ALTER TABLE "section_assessment" DROP CONSTRAINT "FK_35a638c78944527ccf832ca8a89"`);
    await queryRunner.query(`ALTER TABLE "section_self_assessment" DROP CONSTRAINT "FK_ea02092424e68beda352b6d2077"`);
    await queryRunner.query(`DROP INDEX "public"."ix_section_assessment_commitment_section"`);
    await queryRunner.query(`DROP TABLE "section_assessment"`);
    await queryRunner.query(`DROP TABLE "section_self_assessment"`);
  }
}
