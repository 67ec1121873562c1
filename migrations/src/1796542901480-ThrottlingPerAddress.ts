import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts keep the client's address (limits per address and per account); request_throttle holds the
 * counters of @nestjs/throttler, shared by every process.
 */
export class ThrottlingPerAddress1796542901480 implements MigrationInterface {
  name = 'ThrottlingPerAddress1796542901480';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "request_throttle" ("key" text NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ffbe7930a497118e71121d4546b" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "sign_in_attempt" ADD "address" text`);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_attempt_address_at" ON "sign_in_attempt"  ("address", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_attempt_address_at"`);
    await queryRunner.query(`ALTER TABLE "sign_in_attempt" DROP COLUMN "address"`);
    await queryRunner.query(`DROP TABLE "request_throttle"`);
  }
}
