import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { EXPECTED_VERSION_MAX, EXPECTED_VERSION_MIN } from '@pacte/pact';
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
    // The rulebook's bounds (libs/pact rules/fields.ts), which the @ValidatedBy inputs check through their schema.
    Min(EXPECTED_VERSION_MIN),
    Max(EXPECTED_VERSION_MAX),
  );
}
