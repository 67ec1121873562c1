import 'reflect-metadata';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Args } from '@nestjs/graphql';

/**
 * `@Args()` for the schema only. The field's arguments are declared from the parameter's `@ArgsType()` class as
 * `@Args()` declares them, but the method keeps no parameter metadata, so Nest binds it as it is (its fast path, see
 * context.ts) instead of wrapping each call in its external context and the validation pipe: the resolver receives
 * graphql-js's `(parent, args, ctx)`, `args` a plain object with the schema's defaults applied, not an instance of the
 * class and not validated. The resolver checks them itself (e.g. `checkPageArgs`), with the same rules and the same
 * error as the pipe. For hot fields only: the collectivity page resolves one `evidencePage` per action.
 */
export function PlainArgs(): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) throw new Error('@PlainArgs() decorates a resolver method’s parameter');
    const before: unknown = Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key);
    Args()(target, key, index);
    if (before === undefined) Reflect.deleteMetadata(ROUTE_ARGS_METADATA, target.constructor, key);
    else Reflect.defineMetadata(ROUTE_ARGS_METADATA, before, target.constructor, key);
  };
}
