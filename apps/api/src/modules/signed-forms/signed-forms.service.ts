import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { ElectionsService } from '../elections/elections.service';
import { EvidenceFilesPort, StoredFileMissingError, type StoredFile } from '../evidence/files.port';
import { SigningFormPartInput } from './dto/signing-form.input';

/** A signed form is a PDF, and nothing else (read from its bytes). */
const PDF_ONLY = EvidenceFilesPort.types.filter((t) => t.mimeType === 'application/pdf');

/** What ElectionsService.addSignatory returns. */
type Signatory = Awaited<ReturnType<ElectionsService['addSignatory']>>;

/**
 * The signed form of a signatory: a private PDF (it carries the phone and e-mail), kept in the evidence files' store
 * under `signed-forms/<signatory id>/…`, with the same checks as evidence files (PDF only). Attached when the form
 * is entered or later, and read back, only by those who may enter signing forms in the signatory's collectivity
 * (ElectionsService checks: moderators of its territory, ADMIN); anyone else gets NOT_FOUND. Its existence and date
 * are public (`Signatory.signedFormReceivedOn`), never the file.
 */
@Injectable()
export class SignedFormsService {
  private readonly logger = new Logger(SignedFormsService.name);

  constructor(
    private readonly elections: ElectionsService,
    private readonly files: EvidenceFilesPort,
  ) {}

  /**
   * A signing form with its signed PDF, in one step: the file is checked and stored first, then the signatory is
   * written with it (addSignatory's checks, the caller's territory among them); a refusal leaves neither row nor file.
   */
  async enter(actor: Actor, input: SigningFormPartInput, upload: Buffer | undefined): Promise<Signatory> {
    const file = await this.files.store(`signed-forms/${input.candidateListId}`, upload, PDF_ONLY);
    try {
      return await this.elections.addSignatory(actor, input, null, signedForm(file));
    } catch (error) {
      await this.files.remove(file.key);
      throw error;
    }
  }

  /** Attaches (or replaces) the signed PDF of an existing signatory; the replaced file is removed once committed. */
  async attach(actor: Actor, signatoryId: string, upload: Buffer | undefined): Promise<Signatory> {
    // Who may is checked before the file is even looked at, so that a refused caller learns nothing more.
    await this.elections.signedFormAccess(actor, signatoryId);
    const file = await this.files.store(`signed-forms/${signatoryId}`, upload, PDF_ONLY);
    let result: Awaited<ReturnType<ElectionsService['setSignedForm']>>;
    try {
      result = await this.elections.setSignedForm(actor, signatoryId, signedForm(file));
    } catch (error) {
      await this.files.remove(file.key);
      throw error;
    }
    if (result.replacedKey && result.replacedKey !== file.key) await this.files.remove(result.replacedKey);
    return result.signatory;
  }

  /** The signed PDF, for those who may enter signing forms in the signatory's collectivity; NOT_FOUND otherwise. */
  async open(actor: Actor, signatoryId: string): Promise<{ size: number; receivedOn: string; content: Readable }> {
    const stored = await this.elections.signedFormOf(actor, signatoryId);
    try {
      return { size: stored.size, receivedOn: stored.receivedOn, content: await this.files.open(stored.key) };
    } catch (error) {
      if (error instanceof StoredFileMissingError) {
        this.logger.error(`signed form of ${signatoryId}: ${error.message} in the ${this.files.kind} store`);
        throw new NotFoundError('SignedForm', signatoryId);
      }
      throw error;
    }
  }
}

function signedForm(file: StoredFile) {
  return { key: file.key, size: file.size, sha256: file.sha256 };
}
