import { Field, ObjectType } from '@nestjs/graphql';
import { CollectivityModel } from '../../collectivities/models/collectivity.model';
import { EvidenceModel } from '../../evidence/models/evidence.model';
import { InventoryItemModel } from './inventory.model';

@ObjectType('PooledInventoryItem', {
  description: 'An item of the body that runs a commune’s IT (pooled IT) that applies to the commune',
})
export class PooledInventoryItemModel {
  @Field(() => CollectivityModel, { description: 'Where it comes from: the EPCI or syndicat whose item it is' })
  from!: CollectivityModel;

  @Field(() => InventoryItemModel, { description: 'The item, as the body keeps it (only the body edits it)' })
  item!: InventoryItemModel;
}

@ObjectType('PooledEvidence', {
  description: 'Evidence of the body that runs a commune’s IT (pooled IT); it counts for the commune’s readiness',
})
export class PooledEvidenceModel {
  @Field(() => CollectivityModel, { description: 'Where it comes from: the EPCI or syndicat that filed it' })
  from!: CollectivityModel;

  @Field(() => EvidenceModel)
  evidence!: EvidenceModel;
}
