import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config/config';
import { toJsonLine, verifyChain, VerifyResult } from '../modules/history/chain';
import { openHistory } from '../modules/history/open-history';

const USAGE = 'usage: verify-history.js [--partial] [file.jsonl | -]';

/**
 * npm run history:verify [-- file.jsonl] — verifies the hash chain of the history.
 *
 * Without a file: the database's own chain (DATABASE_URL, or the embedded database in DATA_DIR). With a file (or `-`
 * for stdin): an export, as GET /history/export.jsonl or history:export wrote it. `--partial`: the file holds one
 * collectivity's entries, so only each entry's own hash and the id order are checked.
 * Exits 0 when the chain holds, 1 with the first broken link otherwise.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const partial = args.includes('--partial');
  const files = args.filter((a) => a !== '--partial');
  if (files.length > 1 || files.some((f) => f.startsWith('--'))) throw new Error(USAGE);

  let result: VerifyResult;
  let source: string;
  if (files.length === 1) {
    source = files[0] === '-' ? 'stdin' : files[0];
    const input = files[0] === '-' ? process.stdin : createReadStream(files[0]);
    result = await verifyChain(createInterface({ input, crlfDelay: Infinity }), { partial });
  } else {
    source = 'the database';
    const history = await openHistory(loadConfig(), (msg) => console.error(msg));
    try {
      result = await verifyChain(lines(history.repository.streamChain()), { partial });
    } finally {
      await history.close();
    }
  }

  if (result.ok) {
    console.log(`history verified (${source}): ${result.count} entries, last hash ${result.lastHash}`);
    return 0;
  }
  console.error(
    `history BROKEN (${source}) at ${result.firstBrokenId ? `entry id ${result.firstBrokenId}` : 'an unreadable entry'}` +
      ` (${files.length === 1 ? 'line' : 'position'} ${result.line}): ${result.reason}\n` +
      `${result.count} entries verified before it`,
  );
  return 1;
}

async function* lines(entries: AsyncIterable<Parameters<typeof toJsonLine>[0]>): AsyncGenerator<string> {
  for await (const entry of entries) yield toJsonLine(entry);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
