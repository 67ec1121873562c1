import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API answers itself; every other GET is the dashboard's (a single-page app). */
const API_PREFIXES = /^\/(graphql|health|history|feeds|auth|evidence|labels|exports)(\/|\.|$)/;

/** The built dashboard, next to the API in the repository: apps/web/dist. */
export function defaultDashboardDir(): string {
  return path.resolve(__dirname, '../../../../web/dist');
}

/**
 * Serves the built dashboard on the API's port: its files, and index.html for the dashboard's own routes
 * (/collectivite/…), so that a permalink opened directly works. Returns false when there is no build.
 */
export function serveDashboard(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
