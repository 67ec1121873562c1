import { Injectable } from '@nestjs/common';
import {
  type ExportFilters,
  type FleetDeclaration,
  type InventoryItemInput,
  PACT_EDITIONS,
  inventoryFigures,
  memberInventory,
  populationStratum,
  pooledFor,
} from '@pacte/pact';
import { CollectivitiesOpenDataPort, type CollectivityRef } from '../../collectivities/open-data.port';
import { CommitmentsService } from '../../commitments/commitments.service';
import { ElectionsOpenDataPort } from '../../elections/open-data.port';
import { InventoryOpenDataPort, inventoryInput, type InventoryRow } from '../../inventory/open-data.port';
import { SoftwareCatalogueOpenDataPort } from '../../software-catalogue/open-data.port';
import { placeCells } from './commitment-set';
import { batches, isoInstant, type Row } from './row';

const PAGE = 500;

/** Rows of the datasets that hang off collectivities (signatories, inventory, figures) and of the catalogue. */
@Injectable()
export class OtherRows {
  constructor(
    private readonly collectivities: CollectivitiesOpenDataPort,
    private readonly commitments: CommitmentsService,
    private readonly elections: ElectionsOpenDataPort,
    private readonly inventory: InventoryOpenDataPort,
    private readonly catalogue: SoftwareCatalogueOpenDataPort,
  ) {}

  async *signatories(filters: ExportFilters): AsyncGenerator<Row> {
    const territory = await this.collectivities.idsMatching(filters);
    if (territory?.size === 0) return;
    const places = new PlaceCache(this.collectivities);
    for await (const page of batches(this.elections.signatories(territory && [...territory]), PAGE)) {
      await places.load(page.map((s) => s.collectivityId));
      for (const s of page) {
        if (filters.demo !== undefined && s.demo !== filters.demo) continue;
        yield {
          signatory_id: s.id,
          ...placeCells(places.get(s.collectivityId)),
          election_code: s.electionCode,
          candidate_list_name: s.listName,
          list_outcome: s.listOutcome,
          scope: s.scope,
          position_on_list: s.positionOnList,
          parties: s.parties,
          website: s.website,
          commune: s.commune,
          postcode: s.postcode,
          last_name: s.lastName,
          first_name: s.firstName,
          signed_place: s.signedPlace,
          signed_on: s.signedOn,
          elected: s.elected,
          demo: s.demo,
        };
      }
    }
  }

  async *inventoryItems(filters: ExportFilters): AsyncGenerator<Row> {
    const demo = await this.demoCollectivities();
    const places = new PlaceCache(this.collectivities);
    for await (const page of batches(this.items(filters, demo), PAGE)) {
      await places.load(page.map((i) => i.collectivityId));
      const targets = await this.catalogue.names(page.flatMap((i) => i.targetEntryId ?? []));
      const members = await this.inventory.pooledMembers(page.map((i) => i.collectivityId));
      await places.load([...members.values()].flat());
      for (const i of page) {
        const pooledCodes = pooledFor(i, members.get(i.collectivityId)?.map((id) => ({ id })) ?? []).flatMap(
          (m) => places.get(m.id)?.code ?? [],
        );
        yield {
          item_id: i.id,
          ...placeCells(places.get(i.collectivityId)),
          category: i.category,
          product_name: i.productName,
          product_is_free: i.productIsFree,
          seats: i.seats,
          target_software: i.targetEntryId ? (targets.get(i.targetEntryId) ?? null) : null,
          stage: i.stage,
          stage_reached_on: i.stageReachedOn,
          planned_stages: i.plannedStages.map((p) => `${p.stage}:${p.plannedOn}`),
          contract_ends_on: i.contractEndsOn,
          renewal_on: i.renewalOn,
          yearly_cost: i.yearlyCost,
          action_codes: i.actionCodes,
          pooled: pooledCodes.length > 0,
          pooled_for: pooledCodes,
          updated_at: isoInstant(i.updatedAt),
          demo: demo.get(i.collectivityId) === true,
        };
      }
    }
  }

  /**
   * One row per collectivity with an inventory, its figures computed as on its page: with pooled IT, its own items and
   * those of the body that runs its IT that apply to it, against its own fleet and the body's (libs/pact
   * `memberInventory`). The items come grouped by collectivity; the communes whose only items are pooled come last.
   */
  async *figures(filters: ExportFilters): AsyncGenerator<Row> {
    const demo = await this.demoCollectivities();
    const places = new PlaceCache(this.collectivities);
    const bodies = await this.inventory.pooledBodies();
    const fleets = await this.inventory.fleets();
    const fleetOf = (id: string) => fleets.get(id) ?? [];
    const bodyFacts = new Map<string, { items: InventoryRow[]; fleet: FleetDeclaration[] }>();
    const factsOf = async (bodyId: string) => {
      let facts = bodyFacts.get(bodyId);
      if (!facts) {
        const items: InventoryRow[] = [];
        for await (const item of this.inventory.items([bodyId])) items.push(item);
        facts = { items, fleet: fleetOf(bodyId) };
        bodyFacts.set(bodyId, facts);
      }
      return facts;
    };
    const input = (e: InventoryRow): InventoryItemInput & Pick<InventoryRow, 'appliesToMemberIds'> => ({
      ...inventoryInput(e),
      appliesToMemberIds: e.appliesToMemberIds,
    });
    const row = async (id: string, own: InventoryRow[]): Promise<Row | null> => {
      const bodyId = bodies.get(id);
      const body = bodyId ? await factsOf(bodyId) : null;
      const { items, fleet } = memberInventory(
        id,
        { items: own.map(input), fleet: fleetOf(id) },
        body && { items: body.items.map(input), fleet: body.fleet },
      );
      if (items.length === 0) return null;
      await places.load([id]);
      const place = places.get(id);
      const figures = inventoryFigures(items, fleet);
      return {
        ...placeCells(place),
        stratum: place ? populationStratum(place.population, place.kind) : 'UNKNOWN',
        inventory_items: items.length,
        pooled_items: items.filter((i) => i.pooled).length,
        linux_workstation_share: figures.linuxWorkstationShare,
        free_office_seat_share: figures.freeOfficeSeatShare,
        linux_server_share: figures.linuxServerShare,
        free_business_applications: figures.freeBusinessApplications,
        demo: demo.get(id) === true,
      };
    };
    const done = new Set<string>();
    let group: InventoryRow[] = [];
    const flush = async () => {
      const id = group[0].collectivityId;
      done.add(id);
      return row(id, group);
    };
    const territory = await this.collectivities.idsMatching(filters);
    for await (const item of this.items(filters, demo, territory)) {
      if (group.length > 0 && group[0].collectivityId !== item.collectivityId) {
        const flushed = await flush();
        if (flushed) yield flushed;
        group = [];
      }
      group.push(item);
    }
    if (group.length > 0) {
      const flushed = await flush();
      if (flushed) yield flushed;
    }
    // The communes within the filters that keep no inventory of their own but whose IT a body runs.
    for (const communeId of bodies.keys()) {
      if (done.has(communeId) || (territory && !territory.has(communeId))) continue;
      if (filters.demo !== undefined && (demo.get(communeId) === true) !== filters.demo) continue;
      const pooledOnly = await row(communeId, []);
      if (pooledOnly) yield pooledOnly;
    }
  }

  async *software(filters: ExportFilters): AsyncGenerator<Row> {
    for await (const e of this.catalogue.entries(filters)) {
      yield {
        entry_id: e.id,
        source: e.source,
        external_id: e.externalId,
        name: e.name,
        category: e.category,
        licence: e.licence,
        description: e.description,
        website: e.website,
        repository: e.repository,
        sill_id: e.sillId,
        comptoir_id: e.comptoirId,
        replaces: e.replaces,
        action_codes: e.actionCodes,
        dereferenced: e.dereferenced,
        updated_at: isoInstant(e.updatedAt),
      };
    }
  }

  /** The items within the filters; `territory`: the collectivities they name, when the caller already has them. */
  private async *items(
    filters: ExportFilters,
    demo: Map<string, boolean>,
    territory?: Set<string> | null,
  ): AsyncGenerator<InventoryRow> {
    if (territory === undefined) territory = await this.collectivities.idsMatching(filters);
    if (territory?.size === 0) return;
    for await (const item of this.inventory.items(territory && [...territory], filters)) {
      if (filters.demo !== undefined && (demo.get(item.collectivityId) === true) !== filters.demo) continue;
      yield item;
    }
  }

  /** Collectivities by id: true when all their commitments are the labelled demo's, false when one is real. */
  private async demoCollectivities(): Promise<Map<string, boolean>> {
    const all = (await Promise.all(PACT_EDITIONS.map((e) => this.commitments.ofEdition(e)))).flat();
    const demo = new Map<string, boolean>();
    for (const c of all) demo.set(c.collectivityId, (demo.get(c.collectivityId) ?? true) && c.demo);
    return demo;
  }
}

/** Collectivities looked up by batch and kept (at most the referential's size, whatever the export's). */
class PlaceCache {
  private readonly known = new Map<string, CollectivityRef>();
  constructor(private readonly port: CollectivitiesOpenDataPort) {}

  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    for (const ref of await this.port.refs(missing)) this.known.set(ref.id, ref);
  }

  get(id: string): CollectivityRef | undefined {
    return this.known.get(id);
  }
}
