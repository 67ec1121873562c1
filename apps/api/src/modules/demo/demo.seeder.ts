import { Injectable } from '@nestjs/common';
import { systemActor } from '../../common/auth/actor';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { ElectionsService } from '../elections/elections.service';
import { EvidenceService } from '../evidence/evidence.service';
import { ProgressService } from '../progress/progress.service';
import { DEMO_COLLECTIVITIES } from './demo.data';

/** Loads the labelled demo through the same services users go through, so it obeys every rule and has a history. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly collectivities: CollectivitiesService,
    private readonly elections: ElectionsService,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly evidence: EvidenceService,
  ) {}

  async seed(log: (msg: string) => void): Promise<boolean> {
    if (await this.commitments.demoLoaded()) return false;
    const actor = systemActor('démo');
    for (const demo of DEMO_COLLECTIVITIES) {
      const collectivity = await this.collectivities.getByCode(demo.code, 'COMMUNE');
      // A seed interrupted half-way is resumed: collectivities already committed are left as they are.
      if ((await this.commitments.findByCollectivityIds([collectivity.id])).length > 0) continue;
      let commitment: CommitmentRecord;
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
        const [committed] = await this.commitments.findByCollectivityIds([collectivity.id]);
        if (!committed) throw new Error(`the demo list of ${collectivity.name} did not commit it`);
        commitment = committed;
      } else {
        commitment = await this.commitments.create(actor, {
          collectivityId: collectivity.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: demo.deliberation!.number,
          deliberationDate: demo.deliberation!.date,
        });
      }
      await this.commitments.markDemo(commitment.id);
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
