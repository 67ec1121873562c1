import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { LoaderRegistry } from './loader-registry';

/**
 * The GraphQL context of one request.
 *
 * Field resolvers (`@ResolveField`) on the public pages take graphql-js's own arguments, `(parent, args, ctx)`,
 * without `@Parent()` / `@Context()`: a method with no parameter decorator is bound as it is by Nest (its fast path),
 * where a decorated one is wrapped, for every call, in Nest's external context (parameter extraction, pipes, promise
 * chains): a collectivity page resolves hundreds of such fields (issue 12's profile). A field with `@Args()` keeps the
 * decorators, so that its arguments go through the validation pipe.
 */
export interface GqlContext {
  req: Request;
  res: Response;
  actor: Actor;
  loaders: LoaderRegistry;
}
