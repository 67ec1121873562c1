import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions opened through OpenID Connect keep their ID token until closed, to sign out at the provider too. */
export class OidcSignOut1795896760811 implements MigrationInterface {
  name = 'OidcSignOut1795896760811';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" ADD "oidc_id_token" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP COLUMN "oidc_id_token"`);
  }
}
