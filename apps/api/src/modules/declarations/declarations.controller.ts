import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { multipartInput, UploadTooLargeFilter, type UploadedPart } from '../../common/web/multipart';
import { SameOriginGuard } from '../../common/web/same-origin.guard';
import { ClientThrottlerGuard } from '../../common/web/throttle/client-throttler.guard';
import { DeclarationsService } from './declarations.service';
import { DeclareCommitmentInput } from './dto/declare-commitment.input';
import { toDeclarationModel, type DeclarationModel } from './models/declaration.model';

/**
 * A declared council deliberation with its document. `POST /declarations`: `multipart/form-data` with a part `input`
 * (DeclareCommitmentInput as JSON) and a part `file` (PDF, OpenDocument, PNG or JPEG, checked from its bytes, at
 * most EVIDENCE_MAX_BYTES), by anyone signed in; a refused declaration leaves no file behind.
 * `GET /declarations/{itemId}/document`: the file, for the moderators who may decide the item (else 404); once
 * accepted, it is the commitment's evidence, public at `/evidence/{id}/file`.
 */
@Controller('declarations')
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @RequirePermission('commitment.declare')
  @Post()
  @UseGuards(SameOriginGuard, ClientThrottlerGuard)
  @HttpCode(201)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file'))
  async declare(
    @CurrentActor() actor: Actor,
    @Body('input') rawInput: unknown,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<DeclarationModel> {
    const input = await multipartInput(rawInput, DeclareCommitmentInput);
    return toDeclarationModel(await this.declarations.declareWithFile(actor, input, part?.buffer));
  }

  @RequirePermission('review.decide')
  @Get(':id/document')
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { type, size, content } = await this.declarations.documentOf(actor, id);
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(content, {
      type: type.mimeType,
      disposition: `${type.inline ? 'inline' : 'attachment'}; filename="deliberation-${id}.${type.extension}"`,
      length: size,
    });
  }
}
