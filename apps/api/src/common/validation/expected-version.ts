import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The `expectedVersion` of an edit: the version of the record the client read. A different current version is
 * refused with CONFLICT (carrying the current record) and nothing is written; omitted or null, the edit applies to
 * whatever is current (see docs/api.md, "Versions and conflicts").
 */
export function ExpectedVersionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      nullable: true,
      description:
        'The version of the record the client read; a different current version answers CONFLICT with the current record and writes nothing. Omitted: the edit applies to the current version',
    }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(2_147_483_647),
  );
}
