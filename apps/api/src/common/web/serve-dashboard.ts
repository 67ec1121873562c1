import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API answers itself; every other GET is the dashboard's (a single-page app). */
const API_PREFIXES =
  /^\/(graphql|health|history|feeds|auth|evidence|labels|exports|badges|declarations|imports|signatories)(\/|\.|$)/;

/** The built dashboard, next to the API in the repository: apps/web/dist. */
export function defaultDashboardDir(): string {
  return path.resolve(__dirname, '../../../../web/dist');
}

/**
 * Writes the page a dashboard route answers with: the build's index.html given, its head made for that page (see
 * modules/share), and its status (404 for a page or a collectivity that does not exist).
 */
export type PageRenderer = (req: Request, indexHtml: string) => Promise<{ status: number; html: string }>;

/**
 * Serves the built dashboard on the API's port: its files, and index.html for the dashboard's own routes
 * (/collectivite/…), so that a permalink opened directly works; with `render`, each route's index.html carries its
 * own title, description and OpenGraph tags. Returns false when there is no build.
 */
export function serveDashboard(app: NestExpressApplication, dir: string, render?: PageRenderer): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!render) return res.sendFile(index);
    // Read at each request, as sendFile did: a new build is served without a restart.
    readFile(index, 'utf8')
      .then((html) => render(req, html))
      .then((page) => {
        res.status(page.status).type('html').send(page.html);
      })
      .catch(next);
  });
  return true;
}
