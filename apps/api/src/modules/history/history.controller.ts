import { Controller, Get, Header, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
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
   *
   * Written to the response itself rather than returned as a stream: the copy reuses a few output buffers, each as
   * soon as the response's write callback says its bytes are sent (copy-out.ts), which a piped stream never says.
   */
  @Public()
  @PublicRead()
  @Get('export.jsonl')
  @Header('Cache-Control', 'no-store')
  async export(
    @Query('collectivity', new ParseUUIDPipe({ optional: true })) collectivityId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Content-Type', 'application/jsonl; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="${collectivityId ? `history-${collectivityId}` : 'history'}.jsonl"`,
    );
    // A HEAD has no body: Node would discard the lines without back-pressure, so no copy is read.
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await this.service.exportTo(res, collectivityId ?? null);
    } catch (error) {
      // Before the first line, the error is the answer (the exception filter's); after it, the lines sent are cut
      // short: the connection is closed so that the client sees an incomplete response, not a shorter export.
      if (!res.headersSent) throw error;
      res.destroy();
      return;
    }
    res.end();
  }
}
