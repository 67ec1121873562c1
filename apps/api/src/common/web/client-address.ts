import type { Request } from 'express';

/**
 * The client's address, as Express reads it: the socket's peer, or with TRUST_PROXY set, the address the trusted
 * reverse proxies forwarded. Throttling counts per this address.
 */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}
