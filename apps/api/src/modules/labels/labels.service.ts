import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CURRENT_EDITION, checkTnlLabel, todayInFrance } from '@pacte/pact';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesRepository } from '../collectivities/collectivities.repository';
import { CollectivityEntity } from '../collectivities/collectivity.entity';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsRepository } from '../commitments/commitments.repository';
import { HistoryService } from '../history/history.service';
import { InventoryRepository } from '../inventory/inventory.repository';
import { ProgressRepository } from '../progress/progress.repository';
import { RecordTnlLabelInput } from './dto/record-tnl-label.input';
import { TnlLabelAlreadyRecordedError } from './labels.errors';
import { assertRules } from '../../common/errors/rule-error';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LabelsRepository,
    private readonly collectivities: CollectivitiesRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly progress: ProgressRepository,
    private readonly inventory: InventoryRepository,
    private readonly access: CommitmentsAccess,
    private readonly history: HistoryService,
  ) {}

  /** Records a label the jury awarded: by an administrator, or by an elected official of the collectivity. */
  record(actor: Actor, input: RecordTnlLabelInput): Promise<TnlLabelEntity> {
    return this.dataSource.transaction(async (manager) => {
      const collectivity = await this.collectivities.findById(input.collectivityId, manager);
      if (!collectivity) throw new NotFoundError('Collectivity', input.collectivityId);
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
      await this.history.record(manager, actor, {
        collectivityId: collectivity.id,
        entityType: 'TnlLabel',
        entityId: saved.id,
        action: 'CREATE',
        before: null,
        after: tnlLabelHistorySnapshot(saved),
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
