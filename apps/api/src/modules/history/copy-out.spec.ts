import { PassThrough, Writable } from 'node:stream';
import { CopyOut, type CopyConnection } from './copy-out';
import { compactJsonLinesInPlace } from './history-export';

/** A message of PostgreSQL's protocol: its code, its length, its payload. */
function message(code: string, payload: Buffer | string = ''): Buffer {
  const body = Buffer.from(payload);
  const header = Buffer.alloc(5);
  header.write(code, 0, 'latin1');
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const AFTER_COPY = Buffer.concat([message('C', 'COPY 6\0'), message('Z', 'I')]);

/**
 * Runs a copy on a fake connection: the server's bytes cut in chunks, a destination that calls its writes back a
 * moment later (so the copy fills its buffers and pauses), pg's reader receiving what the copy hands back.
 */
async function run(
  chunks: Buffer[],
  options: ConstructorParameters<typeof CopyOut>[2],
  back: Buffer = AFTER_COPY,
  end: (copy: CopyOut) => void = (copy) => {
    copy.handleCommandComplete({ text: 'COPY 6' });
    copy.handleReadyForQuery();
  },
) {
  const stream = new PassThrough();
  const handedBack: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => handedBack.push(Buffer.from(chunk)));
  const written: Buffer[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const destination = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      // The copy's buffers are used again once called back: what is written is a copy.
      written.push(Buffer.from(chunk));
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setImmediate(() => {
        inFlight -= 1;
        done();
      });
    },
  });
  const copy = new CopyOut('COPY x TO STDOUT', destination, options);
  const queries: string[] = [];
  copy.submit({ stream, query: (text: string) => queries.push(text) } as unknown as CopyConnection);
  for (const chunk of chunks) stream.write(chunk);
  // The server's bytes are read (the copy pauses the socket while its buffers are being written).
  while (Buffer.concat(handedBack).length < back.length) await new Promise((resolve) => setImmediate(resolve));
  end(copy);
  // Settled once every write is called back.
  const rows = await copy.done.catch((error: Error) => error);
  return { queries, handedBack: Buffer.concat(handedBack), written: Buffer.concat(written), rows, maxInFlight };
}

describe('CopyOut: COPY … TO STDOUT into reused output buffers', () => {
  const unfinished = '{"a": 1.50, "b": [1, 2]}\n';
  // The last line but one is longer written again (a rounded number); one message holds two lines, one line comes
  // in two messages (PostgreSQL sends a row per message, the reader does not count on it).
  const server = Buffer.concat([
    message('H', Buffer.from([0, 0, 0])),
    message('d', '{"x": 1}\n'),
    message('d', unfinished),
    message('S', 'application_name\0x\0'),
    message('d', `{"y":"é"}\n${unfinished}`),
    message('d', '[99999999999999'),
    message('d', '999999]\n'),
    message('d', unfinished),
    message('c'),
    AFTER_COPY,
  ]);
  const expected =
    '{"x":1}\n{"a":1.5,"b":[1,2]}\n{"y":"é"}\n{"a":1.5,"b":[1,2]}\n[100000000000000000000]\n{"a":1.5,"b":[1,2]}\n';

  it('writes the same lines wherever the reads and the output buffers are cut, and hands the rest back to pg', async () => {
    for (let cut = 0; cut <= server.length; cut += 1) {
      for (const size of [1, 7, server.length]) {
        for (const bufferSize of [8, 32, 1 << 16]) {
          const chunks: Buffer[] = [server.subarray(0, cut)];
          for (let at = cut; at < server.length; at += size) chunks.push(server.subarray(at, at + size));
          const { queries, handedBack, written, rows, maxInFlight } = await run(chunks, {
            lines: compactJsonLinesInPlace,
            bufferSize,
            buffers: 2,
          });
          expect(queries).toEqual(['COPY x TO STDOUT']);
          expect(written.toString('utf8')).toBe(expected);
          expect(handedBack).toEqual(AFTER_COPY);
          expect(maxInFlight).toBeLessThanOrEqual(3);
          expect(rows).toBe(6);
        }
      }
    }
  });

  it("releases each read's memory once its bytes are copied, never memory a later read still uses", async () => {
    /** `bytes` in memory of their own, `spare` bytes longer than them (as Node gives a read that filled most of it). */
    const own = (bytes: Buffer, spare = 0) => {
      const memory = Buffer.allocUnsafeSlow(bytes.length + spare);
      bytes.copy(memory);
      return memory.subarray(0, bytes.length);
    };
    const a = 60;
    const b = 130;
    const whole = own(server.subarray(0, a));
    const partial = own(server.subarray(a, b), 40);
    // One read's memory given as two views (Node does not, but nothing is cut off if it does).
    const shared = own(server.subarray(b));
    const [first, second] = [shared.subarray(0, 10), shared.subarray(10)];
    const { written, rows } = await run([whole, partial, first, second], { lines: compactJsonLinesInPlace });
    expect(written.toString('utf8')).toBe(expected);
    expect(rows).toBe(6);
    expect(whole.buffer.byteLength).toBe(0); // released at once
    expect(partial.buffer.byteLength).toBe(0); // released when the next read came in other memory
    expect(shared.buffer.byteLength).toBe(server.length - b); // used by two reads: left to the collector
  });

  it('fails with the error pg reads when the server sends one mid-copy', async () => {
    const error = message('E', 'SERROR\0Mcanceled\0\0');
    // After the second message (CopyOutResponse, 8 bytes; a line, 14).
    const chunks = [server.subarray(0, 22), error, message('Z', 'I')];
    const back = Buffer.concat([error, message('Z', 'I')]);
    const { handedBack, rows } = await run(chunks, { bufferSize: 8 }, back, (c) =>
      c.handleError(new Error('canceled')),
    );
    expect(handedBack).toEqual(back);
    expect(rows).toEqual(new Error('canceled'));
  });

  it('fails when the destination closes before the end of the copy', async () => {
    const stream = new PassThrough();
    stream.on('data', () => undefined);
    const destination = new Writable({ write: (_chunk, _encoding, done) => done() });
    const copy = new CopyOut('COPY x TO STDOUT', destination, {});
    copy.submit({ stream, query: () => undefined } as unknown as CopyConnection);
    stream.write(server.subarray(0, 30));
    destination.destroy();
    await expect(copy.done).rejects.toThrow('the destination closed before the end of the copy');
  });
});
