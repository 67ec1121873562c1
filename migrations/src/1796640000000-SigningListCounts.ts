import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national signature counts as an aggregate kept by the writes (issue 12): one row per candidate list that has
 * signatories, with how many, how many are elected, how many signed for the whole list, and the list's collectivity
 * and outcome. The overview reads these few thousand rows instead of counting every signatory and joining every
 * candidate list on each request. Kept by PostgreSQL triggers, in the transaction of the write, so that every writer
 * counts (the services, the importers, the seeds' COPY, plain SQL), as `data_version` does.
 */
export class SigningListCounts1796640000000 implements MigrationInterface {
  name = 'SigningListCounts1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_list_count" (
         "candidate_list_id" uuid NOT NULL,
         "collectivity_id" uuid NOT NULL,
         "majority" boolean NOT NULL,
         "signatories" integer NOT NULL,
         "elected" integer NOT NULL,
         "as_list" integer NOT NULL,
         CONSTRAINT "PK_signing_list_count" PRIMARY KEY ("candidate_list_id"),
         CONSTRAINT "FK_signing_list_count_list" FOREIGN KEY ("candidate_list_id")
           REFERENCES "candidate_list"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION signing_list_count_signatory() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE signing_list_count
             SET signatories = signatories - 1,
                 elected = elected - (OLD.elected IS TRUE)::int,
                 as_list = as_list - (OLD.scope = 'LIST')::int
           WHERE candidate_list_id = OLD.candidate_list_id;
          DELETE FROM signing_list_count WHERE candidate_list_id = OLD.candidate_list_id AND signatories <= 0;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          INSERT INTO signing_list_count AS c
                 (candidate_list_id, collectivity_id, majority, signatories, elected, as_list)
          SELECT l.id, l.collectivity_id, l.outcome = 'MAJORITY', 1, (NEW.elected IS TRUE)::int,
                 (NEW.scope = 'LIST')::int
            FROM candidate_list l WHERE l.id = NEW.candidate_list_id
          ON CONFLICT (candidate_list_id) DO UPDATE
             SET signatories = c.signatories + 1, elected = c.elected + excluded.elected,
                 as_list = c.as_list + excluded.as_list;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER signing_list_count AFTER INSERT OR DELETE OR UPDATE OF candidate_list_id, elected, scope
         ON "signatory" FOR EACH ROW EXECUTE FUNCTION signing_list_count_signatory()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION signing_list_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM signing_list_count;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER signing_list_count_truncate AFTER TRUNCATE ON "signatory"
         FOR EACH STATEMENT EXECUTE FUNCTION signing_list_count_truncate()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION signing_list_count_list() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE signing_list_count SET collectivity_id = NEW.collectivity_id, majority = NEW.outcome = 'MAJORITY'
         WHERE candidate_list_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER signing_list_count_list AFTER UPDATE OF outcome, collectivity_id ON "candidate_list"
         FOR EACH ROW WHEN (OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.collectivity_id IS DISTINCT FROM NEW.collectivity_id)
         EXECUTE FUNCTION signing_list_count_list()`,
    );
    await queryRunner.query(
      `INSERT INTO signing_list_count (candidate_list_id, collectivity_id, majority, signatories, elected, as_list)
       SELECT l.id, l.collectivity_id, l.outcome = 'MAJORITY', s.signatories, s.elected, s.as_list
         FROM (SELECT candidate_list_id, count(*)::int AS signatories, count(*) FILTER (WHERE elected)::int AS elected,
                      count(*) FILTER (WHERE scope = 'LIST')::int AS as_list
                 FROM signatory GROUP BY candidate_list_id) s
         JOIN candidate_list l ON l.id = s.candidate_list_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER signing_list_count_list ON "candidate_list"`);
    await queryRunner.query(`DROP TRIGGER signing_list_count_truncate ON "signatory"`);
    await queryRunner.query(`DROP TRIGGER signing_list_count ON "signatory"`);
    await queryRunner.query(`DROP FUNCTION signing_list_count_list()`);
    await queryRunner.query(`DROP FUNCTION signing_list_count_truncate()`);
    await queryRunner.query(`DROP FUNCTION signing_list_count_signatory()`);
    await queryRunner.query(`DROP TABLE "signing_list_count"`);
  }
}
