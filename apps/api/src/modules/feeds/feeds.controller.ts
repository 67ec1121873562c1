import { Controller, Get, Header, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { Public } from '../../common/auth/decorators';
import { PublicRead } from '../../common/web/public-read';
import { ATOM_CONTENT_TYPE } from './atom';
import { FeedsService } from './feeds.service';

/** Atom feeds, for anyone: no account, no cookie (read from the replica when there is one). */
@PublicRead()
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Public()
  @Get('national.atom')
  @Header('Content-Type', ATOM_CONTENT_TYPE)
  @Header('Cache-Control', 'public, max-age=300')
  national(): Promise<string> {
    return this.feeds.national();
  }

  @Public()
  @Get('collectivity/:id.atom')
  @Header('Content-Type', ATOM_CONTENT_TYPE)
  @Header('Cache-Control', 'public, max-age=300')
  async collectivity(@Param('id', new ParseUUIDPipe()) id: string): Promise<string> {
    const feed = await this.feeds.collectivity(id);
    if (feed === null) throw new NotFoundException(`Collectivity ${id} was not found`);
    return feed;
  }
}
