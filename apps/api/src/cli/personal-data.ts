import 'reflect-metadata';
import { isUUID } from 'class-validator';
import { loadConfig } from '../config/config';
import { withDataSource } from '../database/with-data-source';
import { EvidenceFilesPort } from '../modules/evidence/files.port';
import { PersonRef, PrivacyService } from '../modules/privacy/privacy.service';

const USAGE =
  'usage: personal-data.js export|erase --user <e-mail or id> | --signatory <id>   (erase also needs --yes)';

/**
 * npm run personal-data -- export --user camille@example.org    (JSON on stdout)
 * npm run personal-data -- erase --signatory <uuid> --yes
 * Answers a person's request for their data, or for its erasure (administrators; DATABASE_URL or DATA_DIR).
 */
async function main(): Promise<number> {
  const [command, kind, value, ...rest] = process.argv.slice(2);
  if (!['export', 'erase'].includes(command) || !['--user', '--signatory'].includes(kind) || !value) {
    console.error(USAGE);
    return 2;
  }
  if (kind === '--signatory' && !isUUID(value)) {
    console.error('a signatory is named by its id (a UUID)');
    return 2;
  }
  if (command === 'erase' && !rest.includes('--yes')) {
    console.error('erasure cannot be undone: add --yes to confirm');
    return 2;
  }
  const ref: PersonRef = kind === '--user' ? { user: value } : { signatory: value };
  const config = loadConfig();
  return withDataSource(
    config,
    (m) => console.error(m),
    async (dataSource) => {
      // The evidence files' store holds the signatories' signed forms, which an erasure removes.
      const privacy = new PrivacyService(dataSource, EvidenceFilesPort.fromConfig(config));
      if (command === 'export') {
        console.log(JSON.stringify(await privacy.export(ref), null, 2));
      } else {
        await privacy.erase(ref);
        console.error(`erased ${kind.slice(2)} ${value}`);
      }
      return 0;
    },
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
