import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795884138364 implements MigrationInterface {
  name = 'InitialSchema1795884138364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collectivity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(14) NOT NULL, "kind" character varying(32) NOT NULL, "name" text NOT NULL, "search_name" text NOT NULL, "siren" character varying(9), "population" integer, "postcodes" text array NOT NULL DEFAULT '{}', "departement_code" character varying(3), "region_code" character varying(3), "epci_id" uuid, "origin" character varying(16) NOT NULL DEFAULT 'REFERENTIAL', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_collectivity_kind_code" UNIQUE ("kind", "code"), CONSTRAINT "PK_a031a85e2cbc70f171c0511063a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_collectivity_search_name" ON "collectivity"  ("search_name") `);
    await queryRunner.query(`CREATE INDEX "ix_collectivity_departement_code" ON "collectivity"  ("departement_code") `);
    await queryRunner.query(`CREATE INDEX "ix_collectivity_region_code" ON "collectivity"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "ix_collectivity_epci_id" ON "collectivity"  ("epci_id") `);
    await queryRunner.query(
      `CREATE TABLE "election" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" text NOT NULL, "first_round_date" date NOT NULL, "second_round_date" date, "mandate_start" date NOT NULL, "mandate_end" date NOT NULL, CONSTRAINT "UQ_04b7e10327275e04c04a180c5b4" UNIQUE ("code"), CONSTRAINT "PK_17467b9ade12257d01912737bdb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "candidate_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "collectivity_id" uuid NOT NULL, "name" text NOT NULL, "head_of_list" text, "parties" text array NOT NULL DEFAULT '{}', "website" text, "outcome" character varying(16) NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b67e3dbf5468214bb4ae998d554" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_candidate_list_collectivity_election" ON "candidate_list"  ("collectivity_id", "election_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collectivity_id" uuid NOT NULL, "edition" character varying(16) NOT NULL, "source" character varying(32) NOT NULL, "candidate_list_id" uuid, "deliberation_number" text, "deliberation_date" date, "committed_on" date NOT NULL, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_commitment_collectivity_edition" ON "commitment"  ("collectivity_id", "edition") `,
    );
    await queryRunner.query(
      `CREATE TABLE "signatory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_list_id" uuid NOT NULL, "scope" character varying(16) NOT NULL, "position_on_list" integer, "parties" text array NOT NULL DEFAULT '{}', "website" text, "commune" text NOT NULL, "postcode" character varying(5), "last_name" text NOT NULL, "first_name" text NOT NULL, "phone" text, "email" text, "signed_place" text, "signed_on" date NOT NULL, "elected" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc76ea80361bf6f02a0dd99493c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_signatory_candidate_list" ON "signatory"  ("candidate_list_id") `);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "date" date NOT NULL, "title" text NOT NULL, "description" text, "url" text, "file_key" text, "file_mime_type" text, "file_size" integer, "created_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_commitment" ON "evidence"  ("commitment_id") `);
    await queryRunner.query(
      `CREATE TABLE "evidence_action" ("evidence_id" uuid NOT NULL, "action_code" character varying(8) NOT NULL, CONSTRAINT "PK_676e9ec29349554bbaf1b146061" PRIMARY KEY ("evidence_id", "action_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_evidence_action_code" ON "evidence_action"  ("action_code") `);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" text, "actor_label" text NOT NULL, "collectivity_id" uuid, "entity_type" character varying(32) NOT NULL, "entity_id" text NOT NULL, "action" character varying(16) NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_collectivity" ON "audit_event"  ("collectivity_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "action_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "action_code" character varying(8) NOT NULL, "status" character varying(16) NOT NULL, "progress_override" smallint, "target_date" date, "owner" text, "justification" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_action_progress_commitment_action" UNIQUE ("commitment_id", "action_code"), CONSTRAINT "PK_167ac697dd9006299b6c4816ba5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "action_code" character varying(8) NOT NULL, "title" text NOT NULL, "description" text, "date" date NOT NULL, "reached" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_milestone_commitment_action" ON "milestone"  ("commitment_id", "action_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "collectivity" ADD CONSTRAINT "FK_34e28ddf0553421367524597ed2" FOREIGN KEY ("epci_id") REFERENCES "collectivity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "candidate_list" ADD CONSTRAINT "FK_82049c71d539851f5b22001e190" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "candidate_list" ADD CONSTRAINT "FK_1d92aaaeceb44d7d99333e43803" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_a3ac2bff18cc8f29de048ad7485" FOREIGN KEY ("collectivity_id") REFERENCES "collectivity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_84a5f27b2824543abc87f0f4668" FOREIGN KEY ("candidate_list_id") REFERENCES "candidate_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatory" ADD CONSTRAINT "FK_f7e2e286b5852466796a79cc077" FOREIGN KEY ("candidate_list_id") REFERENCES "candidate_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_0e9028c66c40ae109d4654a3215" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_action" ADD CONSTRAINT "FK_9261abd54518fbfa2d9bacaf6eb" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_progress" ADD CONSTRAINT "FK_4447de790894fc1475427a114a3" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "FK_59f59d5d322e1cffe3f19fde9d2" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_59f59d5d322e1cffe3f19fde9d2"`);
    await queryRunner.query(`ALTER TABLE "action_progress" DROP CONSTRAINT "FK_4447de790894fc1475427a114a3"`);
    await queryRunner.query(`ALTER TABLE "evidence_action" DROP CONSTRAINT "FK_9261abd54518fbfa2d9bacaf6eb"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_0e9028c66c40ae109d4654a3215"`);
    await queryRunner.query(`ALTER TABLE "signatory" DROP CONSTRAINT "FK_f7e2e286b5852466796a79cc077"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_84a5f27b2824543abc87f0f4668"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_a3ac2bff18cc8f29de048ad7485"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP CONSTRAINT "FK_1d92aaaeceb44d7d99333e43803"`);
    await queryRunner.query(`ALTER TABLE "candidate_list" DROP CONSTRAINT "FK_82049c71d539851f5b22001e190"`);
    await queryRunner.query(`ALTER TABLE "collectivity" DROP CONSTRAINT "FK_34e28ddf0553421367524597ed2"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestone_commitment_action"`);
    await queryRunner.query(`DROP TABLE "milestone"`);
    await queryRunner.query(`DROP TABLE "action_progress"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_collectivity"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_action_code"`);
    await queryRunner.query(`DROP TABLE "evidence_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_commitment"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_signatory_candidate_list"`);
    await queryRunner.query(`DROP TABLE "signatory"`);
    await queryRunner.query(`DROP INDEX "public"."uq_commitment_collectivity_edition"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_list_collectivity_election"`);
    await queryRunner.query(`DROP TABLE "candidate_list"`);
    await queryRunner.query(`DROP TABLE "election"`);
    await queryRunner.query(`DROP INDEX "public"."ix_collectivity_epci_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_collectivity_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_collectivity_departement_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_collectivity_search_name"`);
    await queryRunner.query(`DROP TABLE "collectivity"`);
  }
}
