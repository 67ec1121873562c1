import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import type { Request } from 'express';
import { OperationTypeNode } from 'graphql';
import type { Observable } from 'rxjs';
import { readFromReplica } from '../../database/read-route';
import type { GqlContext } from '../graphql/context';

/** A request that carries no credential: no Authorization header, no session cookie (of any value). */
export function isAnonymousRequest(req: Request): boolean {
  return !req.headers.authorization && !/(^|;\s*)pacte_session=/.test(req.headers.cookie ?? '');
}

/** Sends the reads of an anonymous caller's request to the read replica (signed-in callers stay on the primary). */
@Injectable()
export class PublicReadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (isAnonymousRequest(context.switchToHttp().getRequest<Request>())) readFromReplica();
    return next.handle();
  }
}

/**
 * On a public HTTP route that only reads (an export, a feed): its anonymous callers are served from the read replica
 * when DATABASE_READ_URL names one (docs/operations.md#read-replica), so they may see the data a little late.
 */
export const PublicRead = () => applyDecorators(UseInterceptors(PublicReadInterceptor));

/**
 * GraphQL: a query from a caller without credentials reads from the replica; a mutation, and anything a signed-in
 * caller or the operator asks, stays on the primary (the anonymous GET was marked by PublicGraphqlCacheMiddleware
 * before it read the data version; this settles it once the operation is known).
 */
@Plugin()
export class PublicReadPlugin implements ApolloServerPlugin<GqlContext> {
  requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return Promise.resolve({
      didResolveOperation: ({ operation, contextValue }) => {
        readFromReplica(
          operation?.operation === OperationTypeNode.QUERY &&
            contextValue.actor?.kind === 'anonymous' &&
            isAnonymousRequest(contextValue.req),
        );
        return Promise.resolve();
      },
    });
  }
}
