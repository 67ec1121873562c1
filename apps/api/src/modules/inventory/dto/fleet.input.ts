import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FleetAudience, fleetDeclarationSchema } from '@pacte/pact';
import { ExpectedVersionField } from '../../../common/validation/expected-version';
import { ValidatedBy } from '../../../common/validation/rulebook';
import { FleetAudienceEnum } from '../models/fleet.model';

@InputType({
  description:
    'A collectivity’s whole fleet for one audience, as of a day; it replaces the audience’s previous declaration. A count left null is not declared',
})
@ValidatedBy(fleetDeclarationSchema)
export class DeclareFleetInput {
  @Field(() => ID)
  collectivityId!: string;

  @Field(() => FleetAudienceEnum)
  audience!: FleetAudience;

  @Field(() => Int, { nullable: true, description: 'Workstations in all, whatever they run' })
  workstations?: number | null;

  @Field(() => Int, { nullable: true, description: 'Servers in all' })
  servers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats with an office suite, whatever the suite' })
  officeSeats?: number | null;

  @Field({ description: 'YYYY-MM-DD the counts were true; not in the future' })
  asOf!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}
