import { DataSource } from 'typeorm';
import { systemActor } from '../../common/auth/actor';
import { AccountsPersonalData } from '../accounts/personal-data.port';
import { ElectionsPersonalData } from '../elections/personal-data.port';
import type { EvidenceFilesPort } from '../evidence/files.port';
import { FeedsPersonalData } from '../feeds/personal-data.port';
import { historyServiceFor } from '../history/history.service';

export { ERASED } from '../elections/personal-data.port';

export type PersonRef = { user: string } | { signatory: string };

/** The modules that hold personal data, each through its own port. */
export interface PersonalDataPorts {
  accounts: AccountsPersonalData;
  feeds: FeedsPersonalData;
  elections: ElectionsPersonalData;
}

/** Where stored files are removed from (the evidence files' store, which holds the signed forms). */
export type FileRemover = Pick<EvidenceFilesPort, 'remove'>;

/**
 * Export and erasure of a person's data on request (GDPR articles 15 and 17), for administrators, from the command
 * line. Privacy owns no table: it asks each module that holds personal data (accounts, feeds, elections) through that
 * module's port, in one transaction. The history holds no plain personal data of either kind of person — users appear
 * by id only, signatories without their names, phone or e-mail — so erasing touches live rows only and the hash chain
 * stays verifiable.
 */
export class PrivacyService {
  private readonly history;

  /**
   * `files`: the store of the signed forms; erasing a signatory removes its signed form from it once the erasure
   * has committed (the command line always gives it; without it, an erasure that would leave a file is refused).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileRemover | null = null,
    private readonly ports: PersonalDataPorts = {
      accounts: new AccountsPersonalData(),
      feeds: new FeedsPersonalData(),
      elections: new ElectionsPersonalData(),
    },
  ) {
    this.history = historyServiceFor(dataSource);
  }

  /** Everything the platform holds about the person, as plain JSON. */
  export(ref: PersonRef): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if ('user' in ref) {
        const user = await this.ports.accounts.findUser(ref.user, manager);
        const { account, roles, sessions, signInAttempts, emailChanges } = await this.ports.accounts.export(
          user,
          manager,
        );
        const { follows, digestsSent } = await this.ports.feeds.export(user.id, manager);
        return { kind: 'user', account, roles, follows, digestsSent, sessions, signInAttempts, emailChanges };
      }
      return { kind: 'signatory', signatory: await this.ports.elections.exportSignatory(ref.signatory, manager) };
    });
  }

  /**
   * Erases the person. A user account is deleted with its sessions, reset links, sign-in attempts, roles, follows and
   * digests sent (assessments they signed stay, attributed to their association); a signatory keeps the public facts
   * of the signature (list, scope, commune, date) and loses name, phone, e-mail, website, place and its signed form
   * (the file is removed from the store after the commit). One history entry says that an erasure happened, and
   * nothing else.
   */
  async erase(ref: PersonRef): Promise<void> {
    const actor = systemActor('personal data erasure');
    const signedFormKey = await this.dataSource.transaction(async (manager) => {
      if ('user' in ref) {
        const user = await this.ports.accounts.findUser(ref.user, manager);
        await this.ports.feeds.erase(user.id, manager);
        await this.ports.accounts.erase(user, manager);
        await this.history.record(manager, actor, {
          name: 'UserErased',
          collectivityId: null,
          entityId: user.id,
          payload: { before: null, after: null },
        });
        return null;
      }
      const erased = await this.ports.elections.eraseSignatory(ref.signatory, manager);
      if (erased.signedFormKey && !this.files) throw new Error('erasing a signed form needs the files store');
      await this.history.record(manager, actor, {
        name: 'SignatoryErased',
        collectivityId: erased.collectivityId,
        entityId: ref.signatory,
        payload: { before: null, after: null },
      });
      return erased.signedFormKey;
    });
    if (signedFormKey) await this.files!.remove(signedFormKey);
  }
}
