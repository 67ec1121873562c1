import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stored overall score of each commitment, kept by the progress writes, so that the list of committed
 * collectivities sorts and filters by score in SQL. Rows for existing progress are filled at start-up by the app
 * (ProgressService.fillMissingScores), which owns the scoring rule (libs/pact).
 */
export class CommitmentScores1796553711877 implements MigrationInterface {
  name = 'CommitmentScores1796553711877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "commitment_score" ("commitment_id" uuid NOT NULL, "overall" numeric(4,1), "actions_done" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebe7725139151169e335f9cce7" PRIMARY KEY ("commitment_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_commitment_score_overall" ON "commitment_score" ("overall") `);
    await queryRunner.query(
      `ALTER TABLE "commitment_score" ADD CONSTRAINT "FK_bebe7725139151169e335f9cce7" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment_score" DROP CONSTRAINT "FK_bebe7725139151169e335f9cce7"`);
    await queryRunner.query(`DROP INDEX "public"."ix_commitment_score_overall"`);
    await queryRunner.query(`DROP TABLE "commitment_score"`);
  }
}
