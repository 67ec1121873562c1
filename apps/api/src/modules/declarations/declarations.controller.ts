import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { FileUpload, multipartInput, PRIVATE_FILE_HEADERS, type UploadedPart } from '../../common/web/multipart';
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
  @FileUpload(201)
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
    res.set(PRIVATE_FILE_HEADERS);
    return new StreamableFile(content, {
      type: type.mimeType,
      disposition: `${type.inline ? 'inline' : 'attachment'}; filename="deliberation-${id}.${type.extension}"`,
      length: size,
    });
  }
}
