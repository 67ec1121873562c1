import type { INestApplication } from '@nestjs/common';
import type { Request } from 'express';
import { withHead } from './page-head';
import { SharePagesService, pageLang } from './share-pages.service';

/** The renderer serveDashboard uses: the head of the page asked for, from SharePagesService. */
export function sharedPageRenderer(app: INestApplication) {
  const pages = app.get(SharePagesService);
  return async (req: Request, indexHtml: string) => {
    const page = await pages.page(req.path, pageLang(req.query));
    return { status: page.status, html: withHead(indexHtml, page.head) };
  };
}
