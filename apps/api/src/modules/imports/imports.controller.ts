import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  ExceptionFilter,
  HttpCode,
  Param,
  PayloadTooLargeException,
  Post,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { basename } from 'node:path';
import { IMPORT_MAX_BYTES, type ImportReport } from '@pacte/pact';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { ValidationFailedError } from '../../common/errors/domain-error';
import type { UploadedPart } from '../../common/web/multipart';
import { SameOriginGuard } from '../../common/web/same-origin.guard';
import { ClientThrottlerGuard } from '../../common/web/throttle/client-throttler.guard';
import { ImportsService } from './imports.service';

/** Multer stops reading past IMPORT_MAX_BYTES: 413 with the body of a domain error. */
@Catch(PayloadTooLargeException)
class ImportTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({
        maxBytes: IMPORT_MAX_BYTES,
        statusCode: 413,
        code: 'IMPORT_FILE_TOO_LARGE',
        message: `The file is larger than ${IMPORT_MAX_BYTES} bytes`,
      });
  }
}

/** The text fields of the upload besides the file. */
interface ImportFields {
  /** "false" for the real run; anything else (or nothing) is a dry run. */
  dryRun?: string;
  /** The confirmation of the real run: the `fileHash` of the dry run's report. */
  expectedHash?: string;
  /** A mapping file's JSON. */
  mapping?: string;
  /** The kind's options (e.g. `round`), each as its own field. */
  [option: string]: string | undefined;
}

/**
 * `POST /imports/{kind}`: `multipart/form-data` with a part `file` (the CSV, at most IMPORT_MAX_BYTES) and text
 * parts `dryRun`, `expectedHash`, `mapping` and the kind's options. Answers the report (200), the same engine as
 * `npm run import:<kind>`. A dry run unless `dryRun=false`; the real run needs `expectedHash`, the dry run's
 * `fileHash`, so that what is written is the file that was checked. Moderators and ADMIN (`import.run`); each row is
 * checked against the caller's territory and the owners' rules.
 */
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @RequirePermission('import.run')
  @Post(':kind')
  @UseGuards(SameOriginGuard, ClientThrottlerGuard)
  @HttpCode(200)
  @UseFilters(ImportTooLargeFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  async run(
    @CurrentActor() actor: Actor,
    @Param('kind') kind: string,
    @Body() fields: ImportFields,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<ImportReport> {
    if (!part) throw new ValidationFailedError(['file: the CSV file is missing']);
    const dryRun = fields.dryRun !== 'false';
    if (!dryRun && !fields.expectedHash) {
      throw new ValidationFailedError(['expectedHash: confirm the file checked by the dry run (its fileHash)']);
    }
    return this.imports.run(actor, {
      kind,
      bytes: part.buffer,
      dryRun,
      expectedHash: fields.expectedHash ?? null,
      mapping: fields.mapping ?? null,
      // A results file becomes the source of the outcomes it records: by its name, as on the command line.
      fileName: part.originalname ? basename(part.originalname) : null,
      // The engine reads the kind's options only (IMPORT_KINDS).
      options: Object.fromEntries(
        Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
    });
  }
}
