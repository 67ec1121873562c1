import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import { FileUpload, multipartInput, PRIVATE_FILE_HEADERS, type UploadedPart } from '../../common/web/multipart';
import { SignatoryModel, toSignatoryModel } from '../elections/models/election.model';
import { SigningFormPartInput } from './dto/signing-form.input';
import { SignedFormsService } from './signed-forms.service';

/**
 * The signed form of a signatory, a private PDF. `POST /signatories`: a signing form with its signed PDF,
 * `multipart/form-data` with a part `input` (AddSignatoryInput as JSON) and a part `file`; a refused file or form
 * leaves nothing behind. `POST /signatories/{id}/signed-form`: attaches (or replaces) the PDF of an existing
 * signatory. `GET /signatories/{id}/signed-form`: the PDF, never cached. All three for those holding
 * `signingForm.enter` on the signatory's collectivity (campaign moderators of its territory, ADMIN; else 404);
 * anonymous callers get 401, signed-in callers without the permission 403.
 */
@Controller('signatories')
export class SignedFormsController {
  constructor(private readonly signedForms: SignedFormsService) {}

  @RequirePermission('signingForm.enter')
  @Post()
  @FileUpload(201)
  async enter(
    @CurrentActor() actor: Actor,
    @Body('input') rawInput: unknown,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<SignatoryModel> {
    const input = await multipartInput(rawInput, SigningFormPartInput);
    return toSignatoryModel(await this.signedForms.enter(actor, input, part?.buffer));
  }

  @RequirePermission('signingForm.enter')
  @Post(':id/signed-form')
  @FileUpload(200)
  async attach(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() part: UploadedPart | undefined,
  ): Promise<SignatoryModel> {
    return toSignatoryModel(await this.signedForms.attach(actor, id, part?.buffer));
  }

  @RequirePermission('signingForm.enter')
  @Get(':id/signed-form')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { size, content } = await this.signedForms.open(actor, id);
    res.set(PRIVATE_FILE_HEADERS);
    return new StreamableFile(content, {
      type: 'application/pdf',
      disposition: `attachment; filename="formulaire-signe-${id}.pdf"`,
      length: size,
    });
  }
}
