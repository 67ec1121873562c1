import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { GqlContext } from '../../common/graphql/context';
import { isAnonymousRequest } from '../../common/web/public-read';
import { readFromReplica } from '../../database/read-route';
import { DataVersionService, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, etagMatches } from './data-version.service';

/** The ETag of an anonymous GraphQL GET, left for the plugin to send with a response without errors. */
const ETAG_LOCAL = 'pacteGraphqlEtag';

/**
 * GraphQL GET without credentials (a query in the address: what a shared cache or a CDN can keep). The answer is
 * the same for every anonymous caller, so it is validated by the database's data version and the address: a
 * matching If-None-Match answers 304 before anything runs; otherwise the ETag is kept for PublicCachePlugin.
 */
@Injectable()
export class PublicGraphqlCacheMiddleware implements NestMiddleware {
  constructor(private readonly dataVersion: DataVersionService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.method !== 'GET' || !isAnonymousRequest(req)) return next();
    // The data version and the body both come from the read replica (when there is one), the version first: the tag
    // never names data newer than the body it is sent with (PublicReadPlugin keeps a GET mutation on the primary).
    readFromReplica();
    try {
      const etag = await this.dataVersion.etag('graphql', req.originalUrl);
      if (etagMatches(req.headers['if-none-match'], etag)) {
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
        res.status(304).end();
        return;
      }
      (res.locals as Record<string, unknown>)[ETAG_LOCAL] = etag;
      next();
    } catch (error) {
      next(error);
    }
  }
}

/**
 * The cache headers of GraphQL answers to GET: `public` with the ETag for an anonymous caller's answer without
 * errors, `private, no-store` for anything else (a signed-in caller, an error). POST answers are not cached by HTTP
 * (`no-store`).
 */
@Plugin()
export class PublicCachePlugin implements ApolloServerPlugin<GqlContext> {
  requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return Promise.resolve({
      willSendResponse: ({ request, response, contextValue }) => {
        // POST answers keep the `no-store` that Apollo's cache-control plugin gave them; that plugin is disabled
        // (app.module.ts): it timed every field of every answer for cache hints this API never declares.
        if (request.http?.method !== 'GET') {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        }
        const etag = (contextValue.res?.locals as Record<string, unknown> | undefined)?.[ETAG_LOCAL];
        const body = response.body;
        const failed = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : true;
        const headers = response.http.headers;
        if (typeof etag === 'string' && contextValue.actor?.kind === 'anonymous' && !failed) {
          headers.set('cache-control', PUBLIC_CACHE_CONTROL);
          headers.set('etag', etag);
        } else {
          headers.set('cache-control', PRIVATE_CACHE_CONTROL);
        }
        return Promise.resolve();
      },
    });
  }
}
