import { Inject, Injectable } from '@nestjs/common';
import { CURRENT_EDITION, checkTnlLabel, todayInFrance } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { CollectivitiesService, type CollectivityRecord } from '../collectivities/collectivities.service';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { EvidenceService } from '../evidence/evidence.service';
import { UnitOfWork } from '../history/unit-of-work';
import { InventoryService } from '../inventory/inventory.service';
import { PooledItService } from '../inventory/pooled-it.service';
import { ProgressService } from '../progress/progress.service';
import { SoftwareCatalogueService } from '../software-catalogue/software-catalogue.service';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { RecordTnlLabelInput } from './dto/record-tnl-label.input';
import { TnlLabelAlreadyRecordedError } from './labels.errors';
import { assertRules } from '../../common/errors/rule-error';
import { LabelsRepository } from './labels.repository';
import { tnlLabelHistorySnapshot } from './models/label.model';
import { LabelFacts } from './readiness';
import { TnlLabelEntity } from './tnl-label.entity';

/** Everything the pre-filled application file is made of. */
export interface ApplicationFacts extends LabelFacts {
  collectivity: CollectivityRecord;
  commitment: CommitmentRecord | null;
  /** The names of the inventory's catalogue entries (current products and targets), by entry id. */
  softwareNames: Map<string, string>;
  /** The instance's public address, to make the evidence files' links absolute. */
  publicUrl: string;
}

@Injectable()
export class LabelsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: LabelsRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly evidence: EvidenceService,
    private readonly inventory: InventoryService,
    private readonly pooledIt: PooledItService,
    private readonly software: SoftwareCatalogueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CommitmentsAccess,
  ) {}

  /** Records a label the jury awarded: by an administrator, or by an elected official of the collectivity. */
  record(actor: Actor, input: RecordTnlLabelInput): Promise<TnlLabelEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
      this.access.assertCanEdit(actor, collectivity.id, 'label.record', 'Collectivity', collectivity.id);
      const label = {
        year: input.year,
        scale: input.scale,
        level: input.level.trim(),
        mentions: [...new Set(input.mentions)],
      };
      assertRules(checkTnlLabel(label, { today: todayInFrance(new Date()) }));
      if (await this.repository.findForYear(collectivity.id, label.year, manager)) {
        throw new TnlLabelAlreadyRecordedError(collectivity.id, label.year);
      }
      const saved = await this.repository.insert(
        { collectivityId: collectivity.id, ...label, url: input.url ?? null, recordedBy: actor.id },
        manager,
      );
      record({
        name: 'TnlLabelCreated',
        collectivityId: collectivity.id,
        entityId: saved.id,
        payload: { before: null, after: tnlLabelHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  /** The facts of a collectivity for its application file: public data only. NOT_FOUND for an unknown id. */
  async applicationFacts(collectivityId: string): Promise<ApplicationFacts> {
    const collectivity = await this.collectivities.get(collectivityId);
    const commitment = await this.commitments.findForCollectivity(collectivity.id, CURRENT_EDITION);
    const [progress, evidence, items, fleet, labels, pooled] = await Promise.all([
      commitment ? this.progress.rowsOf(commitment.id) : [],
      commitment ? this.evidence.ofCommitment(commitment.id) : [],
      this.inventory.itemsOf(collectivity.id),
      this.inventory.fleetOf(collectivity.id),
      this.repository.findByCollectivityIds([collectivity.id]),
      this.pooledIt.factsOf(collectivity.id),
    ]);
    const softwareNames = await this.software.namesOf(
      [...items, ...(pooled?.items ?? [])]
        .flatMap((i) => [i.targetEntryId, i.productEntryId])
        .filter((id): id is string => id !== null),
    );
    return {
      collectivity,
      commitment,
      progress,
      evidence,
      items,
      fleet,
      labels,
      pooled,
      softwareNames,
      publicUrl: this.config.publicUrl,
    };
  }
}
