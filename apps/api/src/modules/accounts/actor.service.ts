import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/auth/actor';
import { ANONYMOUS } from '../../common/auth/actor';
import { ActorResolver } from '../../common/auth/actor-resolver';
import { permissionsOf } from '../../common/auth/roles';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { AccountsService } from './accounts.service';
import { RolesService } from './roles.service';
import { sessionToken } from './session-cookie';

export { SESSION_COOKIE } from './session-cookie';

/** Who is calling: the operator's bearer token, a session cookie, or nobody. */
@Injectable()
export class ActorService {
  private readonly operator: ActorResolver;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly roles: RolesService,
  ) {
    this.operator = new ActorResolver(config.adminApiToken);
  }

  async resolve(req: Request): Promise<Actor> {
    const operator = this.operator.resolve(req.headers);
    if (operator.kind !== 'anonymous') return operator;
    const token = sessionToken(req);
    if (!token) return ANONYMOUS;
    const user = await this.accounts.userForSession(token);
    if (!user) return ANONYMOUS;
    const grants = await this.roles.activeGrants(user.id);
    return { kind: 'user', id: user.id, label: user.displayName, permissions: permissionsOf(grants), grants };
  }
}
