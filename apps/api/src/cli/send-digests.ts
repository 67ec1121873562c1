import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { DigestService } from '../modules/feeds/digest.service';
import { withAppContext } from './with-app-context';

const USAGE = 'usage: send-digests.js [--now <ISO 8601 date-time>]';

/**
 * npm run digests:send [-- --now 2026-05-18T07:00:00Z] — e-mails the weekly digest to every follower who asked for it
 * and got none for a week: the changes since their last digest (7 days for a first one) up to now (or --now). Meant
 * for cron, e.g. `0 7 * * 1`; running it again, or every day, sends nothing twice (each digest sent is recorded).
 * Exits 1 when an e-mail could not be sent (it goes out at the next run).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let now = new Date();
  const at = args.indexOf('--now');
  if (at >= 0) {
    now = new Date(args[at + 1] ?? '');
    if (Number.isNaN(now.getTime())) throw new Error(`--now needs a date-time\n${USAGE}`);
    args.splice(at, 2);
  }
  if (args.length > 0) throw new Error(`unexpected argument: ${args[0]}\n${USAGE}`);

  const config = loadConfig();
  if (!config.smtpUrl) console.error('SMTP_URL is not set: the digests are written to the log, not sent');
  // The app's modules, without the HTTP server: the digest reads follows, addresses, names and the history through
  // the services of the modules that own them.
  await withAppContext(config, async (app) => {
    const report = await app.get(DigestService).sendWeeklyDigests(now);
    console.log(
      `digests up to ${now.toISOString()}: ${report.sent} sent, ${report.nothingToSend} with nothing to send, ` +
        `${report.notDue} not due yet, ${report.failed} failed (${report.subscribers} subscribers)`,
    );
    if (report.failed > 0) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
