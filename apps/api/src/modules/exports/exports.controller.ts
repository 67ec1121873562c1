import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { EXPORT_MEDIA_TYPES, exportFileName } from '@pacte/pact';
import { Public } from '../../common/auth/decorators';
import { DumpService } from './dump';
import { ExportsService } from './exports.service';

/** The open-data exports (docs/api.md#exports): public, streamed, described by the catalogue of libs/pact. */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly dump: DumpService,
  ) {}

  /** Every public dataset as CSV with its Frictionless datapackage.json. */
  @Public()
  @Get('dump.zip')
  dumpZip(): StreamableFile {
    return new StreamableFile(this.dump.zip(), {
      type: 'application/zip',
      disposition: 'attachment; filename="pacte-du-logiciel-libre.zip"',
    });
  }

  /** `/exports/<dataset>.<csv|json|ods|geojson>?<filters>`; 400 with a code for an unknown dataset, format or filter. */
  @Public()
  @Get(':file')
  export(@Param('file') file: string, @Query() query: Record<string, string | string[] | undefined>): StreamableFile {
    const request = this.exports.request(file, query);
    return new StreamableFile(this.exports.stream(request), {
      type: EXPORT_MEDIA_TYPES[request.format],
      disposition: `attachment; filename="${exportFileName(request.dataset.id, request.format)}"`,
    });
  }
}
