import type { INestApplication } from '@nestjs/common';
import type { Request } from 'express';
import { isAnonymousRequest } from '../../common/web/public-read';
import { onReplica } from '../../database/read-route';
import { withHead } from './page-head';
import { SharePagesService, pageLang } from './share-pages.service';

/**
 * The renderer serveDashboard uses: the head of the page asked for, from SharePagesService. A visitor without
 * credentials (and every link preview) reads it from the replica when DATABASE_READ_URL names one (the dashboard is
 * served outside Nest's routes, so outside readRouteScope: the route is set here).
 */
export function sharedPageRenderer(app: INestApplication) {
  const pages = app.get(SharePagesService);
  return async (req: Request, indexHtml: string) => {
    const read = () => pages.page(req.path, pageLang(req.query));
    const page = await (isAnonymousRequest(req) ? onReplica(read) : read());
    return { status: page.status, html: withHead(indexHtml, page.head) };
  };
}
