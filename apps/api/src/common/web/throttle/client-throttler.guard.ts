import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../../errors/domain-error';

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `Too many requests from this address: try again in ${retryAfterSeconds} seconds`,
      'TOO_MANY_REQUESTS',
      { retryAfterSeconds },
    );
  }
}

/**
 * @nestjs/throttler's guard for GraphQL resolvers and HTTP routes alike: counts requests per client address
 * (`req.ip`, which TRUST_PROXY makes the client's behind reverse proxies) and route, in PostgreSQL
 * (`PgThrottlerStorage`), and refuses past the limit with RATE_LIMITED (HTTP 429 on REST routes).
 * Put it on a route with `@UseGuards(ClientThrottlerGuard)`.
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<{
        req: Record<string, unknown>;
        res: Record<string, unknown>;
      }>();
      return { req, res };
    }
    return super.getRequestResponse(context);
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    return Promise.reject(new TooManyRequestsError(Math.max(1, detail.timeToBlockExpire || detail.timeToExpire)));
  }
}
