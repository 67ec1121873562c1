import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context of one request. */
export interface GqlContext {
  req: Request;
  res: Response;
  actor: Actor;
  loaders: LoaderRegistry;
}
