import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national statistics as aggregates kept by the writes: each committed collectivity's scores (statistics_commitment)
 * and the national figures at the end of each month (statistics_month), instead of a replay of every progress change
 * of the history on each read. The scores are weighted by the pact's catalogue (libs/pact), which a migration does
 * not import: statistics_state marks them stale, and the app fills them from the records and the history when it
 * starts (apps/api/src/modules/statistics/statistics-rebuild.ts), once, under a lock.
 */
export class StatisticsAggregates1796553912144 implements MigrationInterface {
  name = 'StatisticsAggregates1796553912144';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statistics_commitment" ("commitment_id" uuid NOT NULL, "edition" character varying(16) NOT NULL, "collectivity_id" uuid NOT NULL, "source" character varying(32) NOT NULL, "committed_on" date NOT NULL, "overall_tenths" smallint, "section_tenths" smallint array NOT NULL, "actions_done" integer NOT NULL, CONSTRAINT "PK_56fb0777f9027a7d6c1bc2752ea" PRIMARY KEY ("commitment_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_statistics_commitment_edition" ON "statistics_commitment" ("edition") `);
    await queryRunner.query(
      `CREATE TABLE "statistics_month" ("edition" character varying(16) NOT NULL, "month" character varying(7) NOT NULL, "commitments" integer NOT NULL, "actions_done" integer NOT NULL, "scored" integer NOT NULL, "overall_tenths_sum" bigint NOT NULL, CONSTRAINT "PK_b5a0a8a2275c742ddcf73684284" PRIMARY KEY ("edition", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "statistics_state" ("id" smallint NOT NULL, "stale" boolean NOT NULL, CONSTRAINT "PK_9706d606b42470f52bda6635743" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "statistics_commitment" ADD CONSTRAINT "FK_56fb0777f9027a7d6c1bc2752ea" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "statistics_state" ("id", "stale") VALUES (1, true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statistics_commitment" DROP CONSTRAINT "FK_56fb0777f9027a7d6c1bc2752ea"`);
    await queryRunner.query(`DROP TABLE "statistics_state"`);
    await queryRunner.query(`DROP TABLE "statistics_month"`);
    await queryRunner.query(`DROP INDEX "public"."ix_statistics_commitment_edition"`);
    await queryRunner.query(`DROP TABLE "statistics_commitment"`);
  }
}
