import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { systemActor } from '../../common/auth/actor';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CommitmentsService } from '../commitments/commitments.service';
import { ElectionsService } from '../elections/elections.service';
import { EvidenceService } from '../evidence/evidence.service';
import { ProgressService } from '../progress/progress.service';
import { DEMO_COLLECTIVITIES } from './demo.data';

/** Loads the labelled demo through the same services users go through, so it obeys every rule and has a history. */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly elections: ElectionsService,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly evidence: EvidenceService,
  ) {}

  async seed(log: (msg: string) => void): Promise<boolean> {
    if (await this.dataSource.getRepository(CommitmentEntity).existsBy({ demo: true })) return false;
    const actor = systemActor('démo');
    for (const demo of DEMO_COLLECTIVITIES) {
      const collectivity = await this.collectivities.getByCode(demo.code, 'COMMUNE');
      // A seed interrupted half-way is resumed: collectivities already committed are left as they are.
      if (await this.dataSource.getRepository(CommitmentEntity).existsBy({ collectivityId: collectivity.id })) continue;
      let commitment: CommitmentEntity;
      if (demo.list) {
        const list = await this.elections.createList(actor, {
          electionCode: 'MUNICIPALES_2026',
          collectivityId: collectivity.id,
          ...demo.list,
        });
        const [firstName, lastName] = demo.list.headOfList.split(' ');
        await this.elections.addSignatory(actor, {
          candidateListId: list.id,
          scope: 'LIST',
          positionOnList: 1,
          parties: demo.list.parties,
          commune: collectivity.name,
          postcode: collectivity.postcodes[0],
          firstName,
          lastName,
          signedPlace: collectivity.name,
          signedOn: '2026-02-10',
        });
        await this.elections.setOutcome(actor, { candidateListId: list.id, outcome: 'MAJORITY' });
        commitment = (await this.dataSource
          .getRepository(CommitmentEntity)
          .findOneByOrFail({ collectivityId: collectivity.id }))!;
      } else {
        commitment = await this.commitments.create(actor, {
          collectivityId: collectivity.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: demo.deliberation!.number,
          deliberationDate: demo.deliberation!.date,
        });
      }
      await this.dataSource.getRepository(CommitmentEntity).update({ id: commitment.id }, { demo: true });
      for (const p of demo.progress) {
        await this.progress.updateProgress(actor, { commitmentId: commitment.id, ...p });
      }
      for (const m of demo.milestones) {
        await this.progress.addMilestone(actor, { commitmentId: commitment.id, ...m });
      }
      for (const e of demo.evidence) {
        await this.evidence.add(actor, { commitmentId: commitment.id, ...e });
      }
    }
    log(`demo loaded: ${DEMO_COLLECTIVITIES.length} committed collectivities, flagged as demonstration data`);
    return true;
  }
}
