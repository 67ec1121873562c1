import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PageArgs, PageOf } from '../../../common/graphql/pagination';
import { EventPayload, EvidenceKind, compareActionCodes as compareCodes } from '@pacte/pact';
import { EvidenceKindEnum } from '../../catalogue/models/pact.model';
import { EvidenceEntity } from '../evidence.entity';
import type { EvidenceRow } from '../evidence.repository';
import { evidenceFileType } from '../files/file-types';

@ObjectType('EvidenceFile', { description: 'The uploaded file of a piece of evidence' })
export class EvidenceFileModel {
  @Field({ description: 'Media type, read from the content when it was uploaded' })
  mimeType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  size!: number;

  @Field({ description: 'Where anyone can download it' })
  url!: string;

  @Field({
    description:
      'An open format: its specification is public and free to implement (OpenDocument, PDF, PNG, JPEG; see docs/api.md)',
  })
  openFormat!: boolean;
}

@ObjectType('Evidence', { description: 'Something that shows an action was taken' })
export class EvidenceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKind;

  @Field()
  date!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [String], { description: 'Codes of the pact actions it supports' })
  actionCodes!: string[];

  @Field(() => [String], { description: 'Territoire Numérique Libre criteria it answers directly (TNL_CRITERIA ids)' })
  criterionIds!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Int, {
    description: 'Optimistic locking: one more at each change (a link, a file); send it back as expectedVersion',
  })
  version!: number;

  @Field(() => EvidenceFileModel, {
    nullable: true,
    description: 'The uploaded file (POST /evidence/{id}/file), if any',
  })
  file!: EvidenceFileModel | null;

  commitmentId!: string;
}

/**
 * The evidence as the API shows it. `publicUrl` is the site's address (PUBLIC_URL), which serves the API: the file's
 * address is set here, with the rest, rather than by a resolver called once per piece (a collectivity page shows up to
 * 155 of them; issue 12).
 */
export function toEvidenceModel(e: EvidenceRow, publicUrl: string): EvidenceModel {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    title: e.title,
    description: e.description,
    url: e.url,
    actionCodes: (e.actions ?? []).map((a) => a.actionCode).sort(compareCodes),
    criterionIds: e.criterionIds ?? [],
    createdAt: e.createdAt,
    version: e.version,
    file: toEvidenceFileModel(e, publicUrl),
    commitmentId: e.commitmentId,
  };
}

/** A page of evidence, newest first, with the count of the whole list ("12 pièces sur 48"). */
export const EvidencePageModel = PageOf(EvidenceModel, 'EvidencePage');

/** The evidence page of one action: a few, the rest on demand ("Voir plus"). */
export const ACTION_EVIDENCE_PAGE_SIZE = 5;

/** `first` / `offset` of an action's evidence: five by default. */
@ArgsType()
export class ActionEvidencePageArgs extends PageArgs {
  @Field(() => Int, { defaultValue: ACTION_EVIDENCE_PAGE_SIZE })
  override first: number = ACTION_EVIDENCE_PAGE_SIZE;
}

/** `first` / `offset` of a commitment's evidence (twenty by default), or of one of its actions'. */
@ArgsType()
export class CommitmentEvidencePageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only the evidence of this action (e.g. "1.3")' })
  @IsOptional()
  @Matches(/^\d{1,2}\.\d{1,2}$/)
  actionCode?: string | null;
}

/** Null when no file was uploaded. `publicUrl` is the site's address (PUBLIC_URL), which serves the API. */
export function toEvidenceFileModel(
  e: Pick<EvidenceRow, 'id' | 'fileKey' | 'fileMimeType' | 'fileSize'>,
  publicUrl: string,
): EvidenceFileModel | null {
  if (!e.fileKey || !e.fileMimeType || e.fileSize === null) return null;
  return {
    mimeType: e.fileMimeType,
    size: e.fileSize,
    url: `${publicUrl}/evidence/${e.id}/file`,
    openFormat: evidenceFileType(e.fileMimeType)?.openFormat ?? false,
  };
}

/** What the history keeps of evidence (events EvidenceCreated / EvidenceUpdated). */
export function evidenceHistorySnapshot(e: EvidenceEntity): EventPayload<'EvidenceUpdated'>['after'] {
  return {
    kind: e.kind,
    date: e.date,
    title: e.title,
    description: e.description,
    url: e.url,
    actionCodes: (e.actions ?? []).map((a) => a.actionCode).sort(compareCodes),
    ...(e.criterionIds?.length ? { criterionIds: e.criterionIds } : {}),
    ...(e.fileKey ? { file: { mimeType: e.fileMimeType, size: e.fileSize } } : {}),
    version: e.version,
  };
}
