import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A signatory's public fields (never phone nor e-mail), with their list and election. */
export interface SignatoryRow {
  id: string;
  collectivityId: string;
  electionCode: string;
  listName: string;
  listOutcome: string;
  scope: string;
  positionOnList: number | null;
  parties: string[];
  website: string | null;
  commune: string;
  postcode: string | null;
  lastName: string;
  firstName: string;
  signedPlace: string | null;
  signedOn: string;
  elected: boolean | null;
  /** The list is one of the labelled demo's ("[Démo] …"). */
  demo: boolean;
}

export interface ListRef {
  id: string;
  name: string;
  headOfList: string | null;
}

const PAGE = 1000;
/** Every demo list's name starts with it (modules/demo). */
const DEMO_PREFIX = '[Démo]';

/** Read port of the elections for the open-data exports. */
@Injectable()
export class ElectionsOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lists(ids: readonly string[]): Promise<ListRef[]> {
    if (ids.length === 0) return [];
    const rows: ListRef[] = await this.dataSource.query(
      `SELECT id, name, head_of_list AS "headOfList" FROM candidate_list WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  }

  /** Signatories in id order, of the lists standing in these collectivities (null: everywhere). */
  async *signatories(collectivityIds: readonly string[] | null): AsyncGenerator<SignatoryRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      // Phone and e-mail are not selected: they never leave the elections module through this port.
      const rows: SignatoryRow[] = await this.dataSource.query(
        `SELECT s.id, l.collectivity_id AS "collectivityId", e.code AS "electionCode", l.name AS "listName",
                l.outcome AS "listOutcome", s.scope, s.position_on_list AS "positionOnList", s.parties, s.website,
                s.commune, s.postcode, s.last_name AS "lastName", s.first_name AS "firstName",
                s.signed_place AS "signedPlace", to_char(s.signed_on, 'YYYY-MM-DD') AS "signedOn", s.elected,
                starts_with(l.name, $4) AS demo
           FROM signatory s JOIN candidate_list l ON l.id = s.candidate_list_id JOIN election e ON e.id = l.election_id
          WHERE s.id > $1 AND ($2::uuid[] IS NULL OR l.collectivity_id = ANY($2::uuid[]))
          ORDER BY s.id LIMIT $3`,
        [after, collectivityIds, PAGE, DEMO_PREFIX],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
