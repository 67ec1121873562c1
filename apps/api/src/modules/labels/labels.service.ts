import { Injectable } from '@nestjs/common';
import { CURRENT_EDITION, checkAwardedLabel } from '@pacte/pact';
import { isUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesRepository } from '../collectivities/collectivities.repository';
import { CollectivityEntity } from '../collectivities/collectivity.entity';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { UnitOfWork } from '../history/unit-of-work';
import { InventoryRepository } from '../inventory/inventory.repository';
import { ProgressRepository } from '../progress/progress.repository';
import { RecordTnlLabelInput } from './dto/record-tnl-label.input';
import { InvalidTnlLabelError, TnlLabelAlreadyRecordedError } from './labels.errors';
import { LabelsRepository } from './labels.repository';
import { tnlLabelHistorySnapshot } from './models/label.model';
import { LabelFacts } from './readiness';
import { TnlLabelEntity } from './tnl-label.entity';

/** Everything the pre-filled application file is made of. */
export interface ApplicationFacts extends LabelFacts {
  collectivity: CollectivityEntity;
  commitment: CommitmentEntity | null;
}

@Injectable()
export class LabelsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: LabelsRepository,
    private readonly collectivities: CollectivitiesRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly progress: ProgressRepository,
    private readonly inventory: InventoryRepository,
    private readonly access: CommitmentsAccess,
  ) {}

  /** Records a label the jury awarded: by an administrator, or by an elected official of the collectivity. */
  record(actor: Actor, input: RecordTnlLabelInput): Promise<TnlLabelEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const collectivity = await this.collectivities.findById(input.collectivityId, manager);
      if (!collectivity) throw new NotFoundError('Collectivity', input.collectivityId);
      this.access.assertCanEdit(actor, collectivity.id, 'label.record', 'Collectivity', collectivity.id);
      const label = {
        year: input.year,
        scale: input.scale,
        level: input.level.trim(),
        mentions: [...new Set(input.mentions)],
      };
      try {
        checkAwardedLabel(label);
      } catch (error) {
        throw new InvalidTnlLabelError((error as Error).message);
      }
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
    const collectivity = isUUID(collectivityId) ? await this.collectivities.findById(collectivityId) : null;
    if (!collectivity) throw new NotFoundError('Collectivity', collectivityId);
    const commitment = await this.commitments.findForCollectivity(collectivity.id, CURRENT_EDITION);
    const [progress, evidence, items, labels] = await Promise.all([
      commitment ? this.progress.findByCommitmentIds([commitment.id]) : [],
      commitment ? this.repository.findEvidenceByCommitmentIds([commitment.id]) : [],
      this.inventory.findByCollectivityIds([collectivity.id]),
      this.repository.findByCollectivityIds([collectivity.id]),
    ]);
    return { collectivity, commitment, progress, evidence, items, labels };
  }
}
