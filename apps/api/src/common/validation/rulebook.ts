import { ArgumentMetadata, Injectable, PipeTransform, ValidationPipe } from '@nestjs/common';
import { RuleSchemaSource, schemaFor, todayInFrance, validate } from '@pacte/pact';
import { ruleIssuesError } from '../errors/rule-error';

const SCHEMAS = new WeakMap<object, RuleSchemaSource>();

/**
 * Validates this input class with a schema of the rulebook (libs/pact/src/rules) instead of class-validator: the
 * dashboard's forms check the same schema, so the two cannot drift. The class keeps only its GraphQL fields.
 */
export function ValidatedBy(schema: RuleSchemaSource): ClassDecorator {
  return (target) => {
    SCHEMAS.set(target, schema);
  };
}

export function rulebookSchemaOf(metatype: unknown): RuleSchemaSource | undefined {
  return typeof metatype === 'function' ? SCHEMAS.get(metatype) : undefined;
}

/**
 * The global pipe: an argument whose class is `@ValidatedBy` a rulebook schema is parsed by it (unknown fields
 * refused, defaults applied, today's date in Europe/Paris for the rules that need it), anything else goes through
 * class-validator (`fallback`). A refusal is the rule's own code, or one VALIDATION_FAILED listing every problem.
 */
@Injectable()
export class RulebookValidationPipe implements PipeTransform {
  constructor(
    private readonly fallback: ValidationPipe,
    private readonly now: () => Date = () => new Date(),
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const source = rulebookSchemaOf(metadata.metatype);
    if (!source) return this.fallback.transform(value, metadata);
    const result = validate(schemaFor(source, { today: todayInFrance(this.now()) }), value);
    if (!result.ok) throw ruleIssuesError(result.issues);
    return result.value;
  }
}
