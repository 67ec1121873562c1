import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { getDataset } from '@pacte/pact';
import type { HistoryCopyFormat, HistoryOpenDataPort } from '../../history/open-data.port';
import { historyExport } from './history';

const FORMATS = ['ods', 'json', 'geojson', 'csv'] as const;

/** A valid line of each COPY the framings read (a line they cannot read would end the export by itself). */
const LINES: Record<HistoryCopyFormat, string> = {
  text: `${getDataset('history')
    .columns.map(() => 'x')
    .join('\t')}\n`,
  json: '{"n":1}\n',
  geo: 'commune\u000138185\u0001{"n":1}\n',
  csv: 'a,b\n',
};

/** A port whose COPY is a stream that never ends by itself (as a paused COPY does), recording whether it was let go. */
function pausedCopy() {
  const copies: PassThrough[] = [];
  const port = {
    copy: (as: HistoryCopyFormat) => {
      const copy = new PassThrough();
      copy.write(LINES[as]);
      copies.push(copy);
      return copy;
    },
  } as unknown as HistoryOpenDataPort;
  return { port, copies };
}

async function letGo(copy: PassThrough): Promise<boolean> {
  await finished(copy).catch(() => undefined);
  return copy.destroyed;
}

describe('history export: a reader that goes away lets the COPY go', () => {
  // The race CI met: the zip's first bytes (the mimetype entry) go out before yazl reads content.xml, so a reader that
  // leaves early destroys the output before the rows are ever asked for, and the COPY stayed paused for ever.
  it.each(FORMATS)('%s: destroyed before any byte, the COPY is destroyed', async (format) => {
    const { port, copies } = pausedCopy();
    historyExport(port, format, {}).destroy();
    expect(copies).toHaveLength(1);
    expect(await letGo(copies[0])).toBe(true);
  });

  it.each(FORMATS)('%s: a valid line goes through', async (format) => {
    const { port, copies } = pausedCopy();
    const output: Readable = historyExport(port, format, {});
    copies[0].end();
    const chunks: Buffer[] = [];
    for await (const chunk of output) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).length).toBeGreaterThan(0);
    expect(copies[0].errored).toBeNull();
  });

  it.each(FORMATS)('%s: destroyed on the first chunk, the COPY is destroyed', async (format) => {
    const { port, copies } = pausedCopy();
    const output: Readable = historyExport(port, format, {});
    await new Promise((resolve) => output.once('data', resolve));
    output.destroy();
    expect(await letGo(copies[0])).toBe(true);
  });
});
