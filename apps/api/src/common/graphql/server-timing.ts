import type { RequestHandler } from 'express';
import responseTime from 'response-time';

/**
 * `Server-Timing: app;dur=<ms>` on every response: the time from the request reaching the app's middleware to its
 * headers, so that a client (and the reliability suite) can tell how long the server spent on a refusal.
 */
export function serverTiming(): RequestHandler {
  return responseTime((_req, res, time) => {
    res.setHeader('Server-Timing', `app;dur=${time.toFixed(2)}`);
  }) as RequestHandler;
}
