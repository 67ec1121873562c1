import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A collectivity looked up by its code alone (`collectivity(code:)` without `kind`, which the API accepts): the
 * (kind, code) constraint cannot serve it, and PostgreSQL read the whole of that index (22 ms on the national
 * referential, issue 12).
 */
export class CollectivityCode1796670000000 implements MigrationInterface {
  name = 'CollectivityCode1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_collectivity_code" ON "collectivity" ("code") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_collectivity_code"`);
  }
}
