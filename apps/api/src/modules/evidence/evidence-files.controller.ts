import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, Public, RequirePermission } from '../../common/auth/decorators';
import { FileUpload, multipartInput, type UploadedPart } from '../../common/web/multipart';
import { AddEvidenceInput } from './dto/evidence.input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { EvidenceFilesService } from './evidence-files.service';
import { contentDisposition } from './files/file-types';
import { EvidenceFileModel, toEvidenceFileModel } from './models/evidence.model';

/**
 * The file of a piece of evidence. `POST /evidence`: new evidence with its file, `multipart/form-data` with a part
 * `input` (AddEvidenceInput as JSON) and a part `file`; a refused file leaves no evidence behind.
 * `POST /evidence/{id}/file`: replaces the file of existing evidence. Both by a caller holding `evidence.manage` on
 * the collectivity (else 404), throttled per client address. Download: anyone, with headers that keep the file
 * from running in the site's origin.
 */
@Controller('evidence')
export class EvidenceFilesController {
  constructor(
    private readonly files: EvidenceFilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequirePermission('evidence.manage')
  @Post()
  @FileUpload(201)
  async create(
    @CurrentActor() actor: Actor,
    @Body('input') rawInput: unknown,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<{ id: string; file: EvidenceFileModel }> {
    const input = await multipartInput(rawInput, AddEvidenceInput);
    const evidence = await this.files.create(actor, input, part?.buffer);
    return { id: evidence.id, file: toEvidenceFileModel(evidence, this.config.publicUrl)! };
  }

  @RequirePermission('evidence.manage')
  @Post(':id/file')
  @FileUpload(200)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<{ id: string; file: EvidenceFileModel }> {
    const evidence = await this.files.attach(actor, id, part?.buffer);
    return { id: evidence.id, file: toEvidenceFileModel(evidence, this.config.publicUrl)! };
  }

  @Public()
  @Get(':id/file')
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { type, size, content } = await this.files.open(id);
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': 'no-cache',
    });
    return new StreamableFile(content, {
      type: type.mimeType,
      disposition: contentDisposition(type, id),
      length: size,
    });
  }
}
