import { Injectable } from '@nestjs/common';
import {
  CURRENT_EDITION,
  ProposedUpdate,
  SoftwareCategory,
  actionCodesForCategory,
  checkPlannedStages,
  checkStageAdvance,
  plannedStagesAhead,
  isActionCode,
  proposedUpdates,
  todayInFrance,
} from '@pacte/pact';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { assertRules } from '../../common/errors/rule-error';
import { assertVersion } from '../../common/errors/version-conflict';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService } from '../commitments/commitments.service';
import { EvidenceService } from '../evidence/evidence.service';
import { UnitOfWork } from '../history/unit-of-work';
import { UnknownActionError } from '../progress/progress.errors';
import { ProgressService } from '../progress/progress.service';
import { SoftwareCatalogueService } from '../software-catalogue/software-catalogue.service';
import { DeclareFleetInput } from './dto/fleet.input';
import { AddInventoryItemInput, AdvanceMigrationStageInput, UpdateInventoryItemInput } from './dto/inventory.input';
import { CollectivityFleetEntity } from './fleet.entity';
import { SoftwareInventoryItemEntity } from './inventory-item.entity';
import { InventoryRepository } from './inventory.repository';
import { PooledItService } from './pooled-it.service';
import { fleetHistorySnapshot, toFleetDeclarationModel } from './models/fleet.model';
import { inventoryItemHistorySnapshot, toInventoryItemModel } from './models/inventory.model';

/** A proposed progress update, with the commitment to pass to updateActionProgress. */
export interface ProposedProgressUpdate extends ProposedUpdate {
  commitmentId: string;
}

export interface MigrationStageChange {
  item: SoftwareInventoryItemEntity;
  proposedProgressUpdates: ProposedProgressUpdate[];
}

/** An inventory item as this service returns it: what other modules may read. */
export type InventoryItemRecord = Readonly<SoftwareInventoryItemEntity>;
/** A fleet declaration as this service returns it: what other modules may read. */
export type FleetRecord = Readonly<CollectivityFleetEntity>;

@Injectable()
export class InventoryService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: InventoryRepository,
    private readonly catalogue: SoftwareCatalogueService,
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly evidence: EvidenceService,
    private readonly access: CommitmentsAccess,
    private readonly pooled: PooledItService,
  ) {}

  /** The inventory of a collectivity. */
  itemsOf(collectivityId: string): Promise<SoftwareInventoryItemEntity[]> {
    return this.repository.findByCollectivityIds([collectivityId]);
  }

  /** The fleet a collectivity declared, one declaration per audience at most. */
  fleetOf(collectivityId: string): Promise<CollectivityFleetEntity[]> {
    return this.repository.findFleetsByCollectivityIds([collectivityId]);
  }

  /**
   * Declares a collectivity's whole fleet for one audience, as of a day: it replaces that audience's previous
   * declaration (CONFLICT when `expectedVersion` names another version than the stored one).
   */
  declareFleet(actor: Actor, input: DeclareFleetInput): Promise<CollectivityFleetEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
      this.access.assertCanEdit(actor, collectivity.id, 'inventory.manage', 'Collectivity', collectivity.id);
      const current = await this.repository.findFleetForUpdate(collectivity.id, input.audience, manager);
      if (current) {
        assertVersion('Fleet', current.id, input.expectedVersion, current.version, () =>
          toFleetDeclarationModel(current),
        );
      }
      const before = current ? fleetHistorySnapshot(current) : null;
      const saved = await this.repository.saveFleet(
        {
          ...(current ?? { collectivityId: collectivity.id, audience: input.audience }),
          workstations: input.workstations ?? null,
          servers: input.servers ?? null,
          officeSeats: input.officeSeats ?? null,
          asOf: input.asOf,
        },
        manager,
      );
      record({
        name: 'FleetDeclared',
        collectivityId: collectivity.id,
        entityId: saved.id,
        payload: { before, after: fleetHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  private checkedCodes(codes: readonly string[]): string[] {
    const unique = [...new Set(codes.map((c) => c.trim()))];
    for (const code of unique) {
      if (!isActionCode(code, CURRENT_EDITION)) throw new UnknownActionError(code, CURRENT_EDITION);
    }
    return unique;
  }

  private async checkEntry(id: string | null | undefined, manager: EntityManager): Promise<string | null> {
    if (!id) return null;
    return (await this.catalogue.get(id, manager)).id;
  }

  /**
   * The item, locked, when the caller may manage its collectivity's inventory (NOT_FOUND otherwise) and it is still
   * at the version the caller read (CONFLICT otherwise).
   */
  private async editableItem(
    actor: Actor,
    itemId: string,
    expectedVersion: number | null | undefined,
    manager: EntityManager,
  ) {
    const item = await this.repository.findForUpdate(itemId, manager);
    if (!item) throw new NotFoundError('InventoryItem', itemId);
    this.access.assertCanEdit(actor, item.collectivityId, 'inventory.manage', 'InventoryItem', itemId);
    assertVersion('InventoryItem', item.id, expectedVersion, item.version, () => toInventoryItemModel(item));
    return item;
  }

  add(actor: Actor, input: AddInventoryItemInput): Promise<SoftwareInventoryItemEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
      this.access.assertCanEdit(actor, collectivity.id, 'inventory.manage', 'Collectivity', collectivity.id);
      // Not after today (Europe/Paris): the rulebook's schema checked it at the edge.
      const reachedOn = input.stageReachedOn ?? todayInFrance(new Date());
      const item = await this.repository.saveItem(
        {
          collectivityId: collectivity.id,
          category: input.category,
          productName: input.productName.trim(),
          productIsFree: input.productIsFree,
          seats: input.seats ?? null,
          audience: input.audience ?? 'STAFF',
          contractEndsOn: input.contractEndsOn ?? null,
          renewalOn: input.renewalOn ?? null,
          yearlyCost: input.yearlyCost ?? null,
          productEntryId: await this.checkEntry(input.productEntryId, manager),
          targetEntryId: await this.checkEntry(input.targetEntryId, manager),
          stage: input.stage,
          stageReachedOn: reachedOn,
          // The schema checked the plan against the stage (checkPlannedStages) and its days (not before today).
          plannedStages: plannedStagesAhead(input.stage, input.plannedStages ?? []),
          actionCodes: this.checkedCodes(input.actionCodes ?? actionCodesForCategory(input.category)),
          notes: input.notes?.trim() || null,
          appliesToMemberIds: await this.pooled.checkedMembers(collectivity, input.appliesToMemberIds),
        },
        manager,
      );
      await this.repository.insertStage(
        { itemId: item.id, stage: item.stage, reachedOn, notes: null, evidenceIds: [], recordedBy: actor.id },
        manager,
      );
      record({
        name: 'InventoryItemCreated',
        collectivityId: collectivity.id,
        entityId: item.id,
        payload: { before: null, after: inventoryItemHistorySnapshot(item) },
      });
      return item;
    });
  }

  update(actor: Actor, input: UpdateInventoryItemInput): Promise<SoftwareInventoryItemEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const item = await this.editableItem(actor, input.itemId, input.expectedVersion, manager);
      const before = inventoryItemHistorySnapshot(item);
      const previousCategory: SoftwareCategory = item.category;
      if (input.category != null) item.category = input.category;
      if (input.productName != null) item.productName = input.productName.trim();
      if (input.productIsFree != null) item.productIsFree = input.productIsFree;
      if (input.seats !== undefined) item.seats = input.seats;
      if (input.audience != null) item.audience = input.audience;
      if (input.contractEndsOn !== undefined) item.contractEndsOn = input.contractEndsOn;
      if (input.renewalOn !== undefined) item.renewalOn = input.renewalOn;
      if (input.yearlyCost !== undefined) item.yearlyCost = input.yearlyCost;
      if (input.productEntryId !== undefined)
        item.productEntryId = await this.checkEntry(input.productEntryId, manager);
      if (input.targetEntryId !== undefined) item.targetEntryId = await this.checkEntry(input.targetEntryId, manager);
      if (input.notes !== undefined) item.notes = input.notes?.trim() || null;
      if (input.appliesToMemberIds !== undefined) {
        const owner = await this.collectivities.get(item.collectivityId, manager);
        item.appliesToMemberIds = await this.pooled.checkedMembers(owner, input.appliesToMemberIds);
      }
      if (input.plannedStages !== undefined) {
        const planned = input.plannedStages ?? [];
        assertRules(checkPlannedStages(item.stage, planned));
        item.plannedStages = plannedStagesAhead(item.stage, planned);
      }
      if (input.actionCodes !== undefined) {
        item.actionCodes = this.checkedCodes(input.actionCodes ?? actionCodesForCategory(item.category));
      } else if (sameCodes(item.actionCodes, actionCodesForCategory(previousCategory))) {
        // Actions that were the old category's default follow the category.
        item.actionCodes = actionCodesForCategory(item.category);
      }
      const saved = await this.repository.saveItem(item, manager);
      record({
        name: 'InventoryItemUpdated',
        collectivityId: saved.collectivityId,
        entityId: saved.id,
        payload: { before, after: inventoryItemHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * Records that the migration reached a later stage, dated, with notes and evidence, and says which progress updates
   * that proposes. It applies none of them: the user confirms each with updateActionProgress.
   */
  advance(actor: Actor, input: AdvanceMigrationStageInput): Promise<MigrationStageChange> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const item = await this.editableItem(actor, input.itemId, input.expectedVersion, manager);
      assertRules(checkStageAdvance(item, input));
      const evidenceIds = [...new Set(input.evidenceIds ?? [])];
      const known = await this.evidence.idsOfCollectivity(item.collectivityId, evidenceIds, manager);
      const unknown = evidenceIds.find((id) => !known.has(id));
      if (unknown) throw new NotFoundError('Evidence', unknown);

      const before = inventoryItemHistorySnapshot(item);
      const notes = input.notes?.trim() || null;
      await this.repository.insertStage(
        { itemId: item.id, stage: input.stage, reachedOn: input.date, notes, evidenceIds, recordedBy: actor.id },
        manager,
      );
      item.stage = input.stage;
      item.stageReachedOn = input.date;
      // A stage recorded as reached takes the place of its plan, and of those of the stages it skipped.
      item.plannedStages = plannedStagesAhead(input.stage, item.plannedStages);
      const saved = await this.repository.saveItem(item, manager);
      const proposals = await this.proposalsFor(saved, manager);
      record({
        name: 'InventoryItemUpdated',
        collectivityId: saved.collectivityId,
        entityId: saved.id,
        payload: {
          before,
          after: { ...inventoryItemHistorySnapshot(saved), stageNotes: notes, stageEvidenceIds: evidenceIds },
        },
      });
      return { item: saved, proposedProgressUpdates: proposals };
    });
  }

  /** What the item's stage proposes for the actions of its collectivity's current commitment (none without one). */
  async proposalsFor(item: SoftwareInventoryItemEntity, manager?: EntityManager): Promise<ProposedProgressUpdate[]> {
    const commitment = await this.commitments.findForCollectivity(item.collectivityId, CURRENT_EDITION, manager);
    if (!commitment) return [];
    const rows = await this.progress.rowsOf(commitment.id, manager);
    return proposalsOf(item, commitment.id, rows);
  }
}

/** `proposedUpdates` of libs/pact for one item, against its commitment's progress rows. */
export function proposalsOf(
  item: SoftwareInventoryItemEntity,
  commitmentId: string,
  rows: readonly { actionCode: string; status: ProposedUpdate['from'] }[],
): ProposedProgressUpdate[] {
  return proposedUpdates(
    {
      category: item.category,
      stage: item.stage,
      targetIsFree: item.targetEntryId !== null,
      actionCodes: item.actionCodes,
    },
    rows,
  ).map((u) => ({ ...u, commitmentId }));
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}
