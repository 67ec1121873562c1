import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, Actor } from './actor';
import { OPERATOR_PERMISSIONS } from './permissions';

/** Turns request headers into an Actor. The accounts issue adds session cookies here. */
export class ActorResolver {
  private readonly token: Buffer | null;

  constructor(adminApiToken: string | null) {
    this.token = adminApiToken ? Buffer.from(adminApiToken) : null;
  }

  resolve(headers: IncomingHttpHeaders): Actor {
    const header = headers.authorization;
    if (!header || !this.token) return ANONYMOUS;
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) return ANONYMOUS;
    const given = Buffer.from(match[1].trim());
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token)) return ANONYMOUS;
    return {
      kind: 'operator',
      id: 'operator',
      label: 'platform operator',
      permissions: OPERATOR_PERMISSIONS,
      grants: [],
    };
  }
}
