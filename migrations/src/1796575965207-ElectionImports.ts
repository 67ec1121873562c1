import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Ministry's files: a candidate list's panel number, nuance and results (round, votes, seats, community seats,
 * the file they came from; one list per panel number in a commune and election), the EPCI council a signatory sits on
 * (the register of elected officials), and withdrawn commitments (kept, with the date and reason; at most one
 * commitment in force per collectivity and edition).
 */
export class ElectionImports1796575965207 implements MigrationInterface {
  name = 'ElectionImports1796575965207';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD "withdrawal_reason" text`);
    await queryRunner.query(`DROP INDEX "public"."uq_commitment_collectivity_edition"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_commitment_collectivity_edition" ON "commitment"  ("collectivity_id", "edition") WHERE withdrawn_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "panel" integer`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "nuance" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "result_round" smallint`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "votes" integer`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "seats" integer`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "community_seats" integer`);
    await queryRunner.query(`ALTER TABLE "candidate_list" ADD "result_source" text`);
    await queryRunner.query(`ALTER TABLE "signatory" ADD "community_council_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_candidate_list_panel" ON "candidate_list"  ("election_id", "collectivity_id", "panel") WHERE panel IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_signatory_community_council" ON "signatory"  ("community_council_id") `);
    await queryRunner.query(
      `ALTER TABLE "signatory" ADD CONSTRAINT "FK_6e05389cd5f5190d32a04b7e978" FOREIGN KEY ("community_council_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatory" DROP CONSTRAINT "FK_6e05389cd5f5190d32a04b7e978"`);
    await queryRunner.query(`DROP INDEX "public"."ix_signatory_community_council"`);
    await queryRunner.query(`DROP INDEX "public"."uq_candidate_list_panel"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP COLUMN "community_council_id"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "result_source"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "community_seats"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "seats"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "votes"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "result_round"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "nuance"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP COLUMN "panel"`);
    await queryRunner.query(`DROP INDEX "public"."uq_commitment_collectivity_edition"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_commitment_collectivity_edition" ON "commitment"  ("collectivity_id", "edition") `,
    );
    await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "withdrawn_at"`);
  }
}
