import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { kindFromSlug } from '@pacte/pact';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { PublicRead } from '../../common/web/public-read';
import { etagMatches } from '../data-version/data-version.service';
import { BadgesService } from './badges.service';
import { pageLang } from './share-pages.service';

/** How long a cache may show a badge before asking again (then a 304 when nothing changed). */
export const BADGE_CACHE_CONTROL = 'public, max-age=300';

/** Embeddable SVG badges of committed collectivities, for anyone (docs/api.md#badges); read from the replica if any. */
@Controller('badges')
@PublicRead()
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  /**
   * `/badges/{code}.svg` (`?kind=departement|region|…` when a code is shared, `?lang=en`): 404 for a code unknown or
   * not committed; an `If-None-Match` that matches answers 304.
   */
  @Public()
  @Get(':file')
  async badge(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^(.+)\.svg$/.exec(file);
    const kind = typeof query.kind === 'string' ? kindFromSlug(query.kind) : undefined;
    const badge =
      match && (query.kind === undefined || kind) ? await this.badges.badge(match[1], kind, pageLang(query)) : null;
    if (!badge) {
      res.setHeader('Cache-Control', 'no-store');
      throw new NotFoundException('No committed collectivity has this code');
    }
    res.setHeader('Cache-Control', BADGE_CACHE_CONTROL);
    res.setHeader('ETag', badge.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (etagMatches(req.headers['if-none-match'], badge.etag)) {
      res.status(304).end();
      return;
    }
    res.type('image/svg+xml; charset=utf-8').send(badge.svg);
  }
}
