import { Controller, Get, Header, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { Public } from '../../common/auth/decorators';
import { PublicRead } from '../../common/web/public-read';
import { HistoryService } from './history.service';

/** The public export of the history: anyone can download it and verify it (docs/history-verification.md). */
@Controller('history')
export class HistoryController {
  constructor(private readonly service: HistoryService) {}

  /**
   * JSON Lines, one entry per line in id order, streamed from the database (`COPY … TO STDOUT`). With
   * `?collectivity=<uuid>`, only that collectivity's entries: each one's hash can be checked, but only the full
   * export proves nothing is missing.
   */
  @Public()
  @PublicRead()
  @Get('export.jsonl')
  @Header('Cache-Control', 'no-store')
  export(@Query('collectivity', new ParseUUIDPipe({ optional: true })) collectivityId?: string): StreamableFile {
    return new StreamableFile(this.service.exportStream(collectivityId ?? null), {
      type: 'application/jsonl; charset=utf-8',
      disposition: `inline; filename="${collectivityId ? `history-${collectivityId}` : 'history'}.jsonl"`,
    });
  }
}
