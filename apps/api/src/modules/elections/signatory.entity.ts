import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CandidateListEntity } from './candidate-list.entity';

/** LIST: "ma liste s'engage" (signed on behalf of the whole list); PERSONAL: "je m'engage". */
import { SIGNATURE_SCOPES, type SignatureScope } from '@pacte/pact';

/** The scopes of a signature are the rulebook's (libs/pact/src/rules/signatory.ts). */
export { SIGNATURE_SCOPES, type SignatureScope };

/**
 * A person who signed the pact, with the fields of the signing form.
 * `phone` and `email` are private: no public GraphQL type has a field for them, and the history never copies them.
 */
@Entity('signatory')
@Index('ix_signatory_candidate_list', ['candidateListId'])
@Index('ix_signatory_community_council', ['communityCouncilId'])
@Index('uq_signatory_external_id', ['externalId'], { unique: true })
export class SignatoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CandidateListEntity, { onDelete: 'RESTRICT' })
  candidateList!: CandidateListEntity;

  @Column({ type: 'uuid' })
  candidateListId!: string;

  @Column({ type: 'varchar', length: 16 })
  scope!: SignatureScope;

  @Column({ type: 'integer', nullable: true })
  positionOnList!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  parties!: string[];

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** The commune as written on the form. */
  @Column({ type: 'text' })
  commune!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  postcode!: string | null;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text' })
  firstName!: string;

  /** Private. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Private. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** "Fait à". */
  @Column({ type: 'text', nullable: true })
  signedPlace!: string | null;

  /** "le". */
  @Column({ type: 'date' })
  signedOn!: string;

  /**
   * The signature's identity in the file it was imported from: the file's own id column, or a hash of name, commune
   * and list (`h:…`). A re-import recognises the signatory by it. Null for a form entered by hand.
   */
  @Column({ type: 'varchar', length: 128, nullable: true })
  externalId!: string | null;

  /** Outcome for this person after the vote: null until known. */
  @Column({ type: 'boolean', nullable: true })
  elected!: boolean | null;

  /** The EPCI on whose community council the register of elected officials (RNE) says the signatory sits; null if none. */
  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  communityCouncilId!: string | null;

  /**
   * The signed form (a PDF, private: it carries the phone and e-mail), in the evidence files' store under this key;
   * only moderators of its territory and administrators download it (GET /signatories/{id}/signed-form). Never in
   * a public type, an export or the history; erased with the person.
   */
  @Column({ type: 'varchar', length: 512, nullable: true })
  signedFormKey!: string | null;

  @Column({ type: 'integer', nullable: true })
  signedFormSize!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  signedFormSha256!: string | null;

  /** The day the signed form was received (attached): public, as is the fact that there is one. */
  @Column({ type: 'date', nullable: true })
  signedFormReceivedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
