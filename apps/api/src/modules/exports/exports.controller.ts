import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { EXPORT_MEDIA_TYPES, exportFileName } from '@pacte/pact';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { PublicRead } from '../../common/web/public-read';
import { DataVersionService, PUBLIC_CACHE_CONTROL, etagMatches } from '../data-version/data-version.service';
import { DumpService } from './dump';
import { ExportsService } from './exports.service';

/**
 * The open-data exports (docs/api.md#exports): public, streamed, described by the catalogue of libs/pact; read from the
 * replica for anonymous callers when there is one (docs/operations.md#read-replica).
 */
@PublicRead()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly dump: DumpService,
    private readonly dataVersion: DataVersionService,
  ) {}

  /**
   * Public and the same for everyone: `Cache-Control: public`, and an ETag from the database's data version (any
   * process, any writer) and what else decides the body; a matching If-None-Match answers 304 before any row is read.
   * Returns true when the 304 was sent.
   */
  private async notModified(req: Request, res: Response, ...variant: string[]): Promise<boolean> {
    const etag = await this.dataVersion.etag('exports', req.originalUrl, ...variant);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    if (!etagMatches(req.headers['if-none-match'], etag)) return false;
    res.status(304);
    return true;
  }

  /** Every public dataset as CSV with its Frictionless datapackage.json. */
  @Public()
  @Get('dump.zip')
  async dumpZip(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | undefined> {
    if (await this.notModified(req, res)) return undefined;
    return new StreamableFile(this.dump.zip(), {
      type: 'application/zip',
      disposition: 'attachment; filename="pacte-du-logiciel-libre.zip"',
    });
  }

  /** `/exports/<dataset>.<csv|json|ods|geojson>?<filters>`; 400 with a code for an unknown dataset, format or filter. */
  @Public()
  @Get(':file')
  async export(
    @Param('file') file: string,
    @Query() query: Record<string, string | string[] | undefined>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const request = this.exports.request(file, query);
    // The columns are part of the representation: a release that changes them changes the tag.
    if (await this.notModified(req, res, JSON.stringify(request.dataset.columns))) return undefined;
    return new StreamableFile(this.exports.stream(request), {
      type: EXPORT_MEDIA_TYPES[request.format],
      disposition: `attachment; filename="${exportFileName(request.dataset.id, request.format)}"`,
    });
  }
}
