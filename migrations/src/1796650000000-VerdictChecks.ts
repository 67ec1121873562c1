import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The auditors' verdicts (on actions and on the pact's sections) and the collectivity's self-assessment of a section
 * are closed lists (libs/pact: ASSESSMENT_VERDICTS, SECTION_SELF_STATUSES). The API validates them at the edge; the
 * database now refuses any other value too, so a hand-written script cannot store a row that the exports and the
 * scores would later fail on. The lists are written out here, as they were when this migration was written.
 */
const VERDICTS = `('KEPT', 'PARTIAL', 'NOT_ATTESTED', 'UNVERIFIABLE', 'ABANDONED')`;
const SELF_STATUSES = `('NOT_STARTED', 'IN_PROGRESS', 'KEPT', 'NOT_KEPT')`;

export class VerdictChecks1796650000000 implements MigrationInterface {
  name = 'VerdictChecks1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "ck_assessment_verdict" CHECK ("verdict" IN ${VERDICTS})`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_assessment" ADD CONSTRAINT "ck_section_assessment_verdict" CHECK ("verdict" IN ${VERDICTS})`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_self_assessment" ADD CONSTRAINT "ck_section_self_assessment_status" CHECK ("status" IN ${SELF_STATUSES})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "section_self_assessment" DROP CONSTRAINT "ck_section_self_assessment_status"`,
    );
    await queryRunner.query(`ALTER TABLE "section_assessment" DROP CONSTRAINT "ck_section_assessment_verdict"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "ck_assessment_verdict"`);
  }
}
