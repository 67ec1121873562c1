import { Injectable, NestMiddleware } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { ActorService } from './actor.service';

const parseCookies = cookieParser();

/**
 * Puts the caller on `req.actor` for HTTP controllers, where `AccessGuard` reads it (GraphQL builds its own context).
 * A controller whose routes declare `@RequirePermission` applies it in its module's `configure`; without it, every
 * caller reads as anonymous and is refused, so forgetting it fails closed.
 */
@Injectable()
export class ActorMiddleware implements NestMiddleware {
  constructor(private readonly actors: ActorService) {}

  use(req: Request & { actor?: Actor }, res: Response, next: NextFunction): void {
    // Module middleware may run before the app-wide cookie parser; the parser does nothing when it has already run.
    parseCookies(req, res, () => {
      this.actors.resolve(req).then((actor) => {
        req.actor = actor;
        next();
      }, next);
    });
  }
}
