import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openHistory } from '../modules/history/open-history';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * npm run history:export [-- --collectivity <uuid>] > history.jsonl — writes the history as JSON Lines to stdout,
 * one entry per line in id order, exactly as GET /history/export.jsonl serves it. Messages go to stderr.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let collectivityId: string | null = null;
  const at = args.indexOf('--collectivity');
  if (at >= 0) {
    collectivityId = args[at + 1] ?? '';
    if (!UUID.test(collectivityId)) throw new Error('--collectivity needs a collectivity id (a uuid)');
    args.splice(at, 2);
  }
  if (args.length > 0)
    throw new Error(`unexpected argument: ${args[0]}\nusage: export-history.js [--collectivity <uuid>]`);

  const history = await openHistory(loadConfig(), (msg) => console.error(msg));
  let count: number;
  try {
    count = await history.repository.exportTo(process.stdout, collectivityId);
  } finally {
    await history.close();
  }
  console.error(`exported ${count} entries`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
