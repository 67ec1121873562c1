import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FleetAudience, FleetDeclaration, MigrationStage, PlannedStage, SoftwareCategory } from '@pacte/pact';
import { DataSource } from 'typeorm';

/** The rulebook's input of an inventory row (for the open-data figures, as the page computes them). */
export { inventoryInput } from './models/inventory.model';

export interface InventoryRow {
  id: string;
  collectivityId: string;
  category: SoftwareCategory;
  productName: string;
  productIsFree: boolean;
  seats: number | null;
  audience: FleetAudience;
  targetEntryId: string | null;
  stage: MigrationStage;
  stageReachedOn: string;
  plannedStages: PlannedStage[];
  contractEndsOn: string | null;
  renewalOn: string | null;
  yearlyCost: number | null;
  /** A pooling body's item: the communes it applies to; null: all those whose IT the body runs. */
  appliesToMemberIds: string[] | null;
  actionCodes: string[];
  updatedAt: Date;
}

const PAGE = 1000;

/** Read port of the software inventory for the open-data exports, by collectivity then id (notes stay out). */
@Injectable()
export class InventoryOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async *items(
    collectivityIds: readonly string[] | null,
    filter: { stage?: string; category?: string } = {},
  ): AsyncGenerator<InventoryRow> {
    let after: [string, string] = ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const rows: InventoryRow[] = await this.dataSource.query(
        `SELECT id, collectivity_id AS "collectivityId", category, product_name AS "productName",
                product_is_free AS "productIsFree", seats, audience, target_entry_id AS "targetEntryId", stage,
                to_char(stage_reached_on, 'YYYY-MM-DD') AS "stageReachedOn", planned_stages AS "plannedStages",
                to_char(contract_ends_on, 'YYYY-MM-DD') AS "contractEndsOn",
                to_char(renewal_on, 'YYYY-MM-DD') AS "renewalOn", yearly_cost AS "yearlyCost", action_codes AS "actionCodes", applies_to_member_ids AS "appliesToMemberIds",
                updated_at AS "updatedAt"
           FROM software_inventory_item
          WHERE (collectivity_id, id) > ($1::uuid, $2::uuid) AND ($3::uuid[] IS NULL OR collectivity_id = ANY($3::uuid[]))
            AND ($4::text IS NULL OR stage = $4) AND ($5::text IS NULL OR category = $5)
          ORDER BY collectivity_id, id LIMIT $6`,
        [after[0], after[1], collectivityIds, filter.stage ?? null, filter.category ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      after = [last.collectivityId, last.id];
    }
  }

  /** Pooled IT: every link, the body that runs each commune's IT by commune (a few thousand at most). */
  async pooledBodies(): Promise<Map<string, string>> {
    const rows: { bodyId: string; collectivityId: string }[] = await this.dataSource.query(
      `SELECT body_id AS "bodyId", collectivity_id AS "collectivityId" FROM pooled_it_link`,
    );
    return new Map(rows.map((row) => [row.collectivityId, row.bodyId]));
  }

  /** Pooled IT: the communes whose IT each of these bodies runs, by body. */
  async pooledMembers(bodyIds: readonly string[]): Promise<Map<string, string[]>> {
    const members = new Map<string, string[]>();
    if (bodyIds.length === 0) return members;
    const rows: { bodyId: string; collectivityId: string }[] = await this.dataSource.query(
      `SELECT body_id AS "bodyId", collectivity_id AS "collectivityId"
         FROM pooled_it_link WHERE body_id = ANY($1::uuid[]) ORDER BY body_id, collectivity_id`,
      [[...new Set(bodyIds)]],
    );
    for (const row of rows) members.set(row.bodyId, [...(members.get(row.bodyId) ?? []), row.collectivityId]);
    return members;
  }

  /**
   * Every declared fleet (the base of the shares, one declaration per audience at most), by collectivity: one read for
   * a whole export, a few thousand rows at national scale.
   */
  async fleets(): Promise<Map<string, FleetDeclaration[]>> {
    const rows: (FleetDeclaration & { collectivityId: string })[] = await this.dataSource.query(
      `SELECT collectivity_id AS "collectivityId", audience, workstations, servers, office_seats AS "officeSeats",
              to_char(as_of, 'YYYY-MM-DD') AS "asOf"
         FROM collectivity_fleet ORDER BY collectivity_id, audience`,
    );
    const fleets = new Map<string, FleetDeclaration[]>();
    for (const { collectivityId, ...fleet } of rows) {
      fleets.set(collectivityId, [...(fleets.get(collectivityId) ?? []), fleet]);
    }
    return fleets;
  }
}
