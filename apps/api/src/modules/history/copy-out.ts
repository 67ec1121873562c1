import type { Pool, PoolClient } from 'pg';
import type { Writable } from 'node:stream';

/** The messages of PostgreSQL's protocol a `COPY … TO STDOUT` reads past (the others end the copy). */
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = 0x63; // 'c'
const PASSED_OVER = new Set([0x48 /* CopyOutResponse */, 0x53 /* ParameterStatus */, 0x4e, 0x41 /* notices */]);

/** The part of pg's Connection a copy uses: its socket, and the query it sends. */
export interface CopyConnection {
  stream: NodeJS.ReadableStream & { listeners(event: 'data'): ((chunk: Buffer) => void)[] };
  query(text: string): void;
}

export interface CopyOutOptions {
  /**
   * Whole lines of the output (the buffer ends with a newline) made ready to write **in place**: returns the bytes to
   * write, a view of `lines` or, rarely, a buffer of its own.
   */
  lines?: (lines: Buffer) => Buffer;
  /** The size of each output buffer (a longer line gets a buffer of its own). */
  bufferSize?: number;
  /** How many output buffers may be written at once before the copy pauses. */
  buffers?: number;
}

/**
 * Writes the output of `COPY … TO STDOUT` to `destination` with no buffer made per chunk, so that the memory outside
 * V8's heap stays the same whatever the size of the copy and whatever the client's speed. Resolves with the number of
 * rows when every byte has been written (the destination is left open), rejects if the copy fails or the destination
 * closes first (the connection is then closed: PostgreSQL ends the statement instead of waiting to send the rest).
 *
 * Why not pg-copy-streams and a Transform: every socket read (a buffer allocated by Node), pg-copy-streams' block of it
 * and any copy downstream are freed only when V8 collects the JavaScript objects holding them, and the export makes
 * so few objects that it did so rarely: tens of MB of such garbage between two collections, which glibc's malloc kept
 * as RSS after it was freed (the API grew by ~100 MiB during a national export). Here each socket read is copied into
 * one of a few output buffers, then released ({@link ReadReleaser}); an output buffer is used again once the
 * destination's write callback says its bytes are gone, and the copy pauses the socket while all of them are being
 * written: back-pressure, whatever `destination.write()` returns.
 *
 * `destination` must be done with a chunk when it calls a write back (a socket, an HTTP response, a file, stdout): a
 * Writable that keeps the chunk after that (a PassThrough) would see its bytes overwritten.
 */
export async function copyOutTo(
  pool: Pool,
  copySql: string,
  destination: Writable,
  options: CopyOutOptions = {},
): Promise<number> {
  const client: PoolClient = await pool.connect();
  let failure: Error | undefined;
  try {
    const copy = new CopyOut(copySql, destination, options);
    client.query(copy as never);
    return await copy.done;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    // A reader that went away mid-copy leaves the socket paused while PostgreSQL waits to send the rest: close it.
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    throw failure;
  } finally {
    client.release(failure);
  }
}

/**
 * Releases the memory of socket reads whose bytes have all been copied: handed back to the allocator now rather than
 * at some later garbage collection. Node allocates a read's memory for it alone and gives it as a view from its start:
 * the whole of it, or, when the read filled most of it (Node then skips copying it to a buffer of the right size),
 * its first `nread` bytes. A whole read is released at once; one that is not is released when the next read comes in
 * other memory (so that a second view of the same memory, were there one, is never cut off). A view that starts
 * further in, or part of Node's pool of small buffers, is left to the collector.
 */
class ReadReleaser {
  private pending: ArrayBuffer | null = null;

  /** `chunk`, all of whose bytes are copied. */
  done(chunk: Buffer): void {
    const memory = chunk.buffer as ArrayBuffer;
    if (this.pending !== null && this.pending !== memory) release(this.pending);
    this.pending = null;
    if (chunk.byteOffset !== 0) return;
    if (chunk.byteLength === memory.byteLength) release(memory);
    else if (memory.byteLength !== Buffer.poolSize) this.pending = memory;
  }
}

function release(memory: ArrayBuffer): void {
  const transferable = memory as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (typeof transferable.transfer !== 'function') return;
  try {
    transferable.transfer(0);
  } catch {
    // Not detachable (an ArrayBuffer Node keeps for itself): the collector frees it.
  }
}

/**
 * The copy as pg runs a query (a "submittable", as pg-copy-streams' is): it takes over the connection's socket from
 * the query's message to CopyDone, reads the protocol's framing itself and copies CopyData's bytes into the output
 * buffers, then hands the socket and the rest of the messages (CommandComplete, ReadyForQuery, an ErrorResponse)
 * back to pg.
 */
export class CopyOut {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private settled = false;

  private connection: CopyConnection | null = null;
  private pgData: ((chunk: Buffer) => void) | null = null;
  private handedBack = false;
  private readyForQuery = false;
  private paused = false;
  private rows = 0;
  private readonly reads = new ReadReleaser();

  /** The message being read: its 5-byte header (code, length), then how many bytes of it are left. */
  private readonly header = Buffer.alloc(5);
  private headerLength = 0;
  private code = 0;
  private left = 0;

  private readonly bufferSize: number;
  private readonly maxInFlight: number;
  private readonly free: Buffer[] = [];
  /** The output buffer being filled, and how far. */
  private out: Buffer | null = null;
  private filled = 0;
  private inFlight = 0;

  constructor(
    readonly text: string,
    private readonly destination: Writable,
    private readonly options: CopyOutOptions = {},
  ) {
    this.bufferSize = options.bufferSize ?? 1 << 16;
    this.maxInFlight = options.buffers ?? 4;
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Never an unhandled rejection: the caller awaits `done` once the query is submitted.
    this.done.catch(() => undefined);
  }

  // --- pg's side ---------------------------------------------------------------------------------------------------

  submit(connection: CopyConnection): void {
    this.connection = connection;
    const listeners = connection.stream.listeners('data');
    if (listeners.length !== 1) throw new Error(`copy: ${listeners.length} readers on the connection, 1 expected`);
    this.pgData = listeners[0];
    connection.stream.removeListener('data', this.pgData);
    connection.stream.on('data', this.onData);
    this.destination.on('close', this.onDestinationClose);
    this.destination.on('error', this.fail);
    connection.query(this.text);
  }

  handleError(error: Error): void {
    this.fail(error);
  }

  handleCommandComplete(message: { text?: string } | undefined): void {
    const match = /^COPY (\d+)/.exec(message?.text ?? '');
    if (match) this.rows = Number(match[1]);
  }

  handleReadyForQuery(): void {
    this.readyForQuery = true;
    this.finishIfDone();
  }

  // --- the socket's side -------------------------------------------------------------------------------------------

  private readonly onData = (chunk: Buffer): void => {
    if (this.settled) {
      // Failed: the caller closes the socket.
      return;
    }
    try {
      this.parse(chunk);
    } catch (error) {
      this.fail(error as Error);
    }
    // After a hand-back, pg reads a copy of what was left.
    this.reads.done(chunk);
    if (!this.handedBack && !this.settled && this.inFlight >= this.maxInFlight) {
      this.paused = true;
      this.connection?.stream.pause();
    }
  };

  private parse(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.left === 0 && this.headerLength < 5) {
        const n = Math.min(5 - this.headerLength, chunk.length - at);
        chunk.copy(this.header, this.headerLength, at, at + n);
        this.headerLength += n;
        at += n;
        if (this.headerLength < 5) return;
        this.code = this.header[0];
        this.left = this.header.readUInt32BE(1) - 4;
        if (this.code !== COPY_DATA && this.code !== COPY_DONE && !PASSED_OVER.has(this.code)) {
          // CommandComplete, or an ErrorResponse: pg's, with its header and all that follows.
          this.handBack(Buffer.concat([this.header, chunk.subarray(at)]));
          return;
        }
      }
      const n = Math.min(this.left, chunk.length - at);
      if (this.code === COPY_DATA) this.append(chunk, at, at + n);
      this.left -= n;
      at += n;
      if (this.left === 0) {
        this.headerLength = 0;
        if (this.code === COPY_DONE) {
          this.flush(true);
          this.handBack(Buffer.from(chunk.subarray(at)));
          return;
        }
      }
    }
  }

  /** The socket back to pg, with the bytes it has to read (a copy: the socket's read is released). */
  private handBack(rest: Buffer): void {
    this.handedBack = true;
    const stream = this.connection!.stream;
    stream.removeListener('data', this.onData);
    stream.on('data', this.pgData!);
    if (this.paused) {
      this.paused = false;
      stream.resume();
    }
    if (rest.length > 0) this.pgData!(rest);
  }

  // --- the output buffers ------------------------------------------------------------------------------------------

  private append(source: Buffer, start: number, end: number): void {
    while (start < end) {
      this.out ??= this.take(0);
      const n = Math.min(end - start, this.out.length - this.filled);
      source.copy(this.out, this.filled, start, start + n);
      this.filled += n;
      start += n;
      if (this.filled === this.out.length) this.flush(false);
    }
  }

  /** A free output buffer of at least `length` bytes. */
  private take(length: number): Buffer {
    if (length <= this.bufferSize) return this.free.pop() ?? Buffer.allocUnsafeSlow(this.bufferSize);
    return Buffer.allocUnsafeSlow(2 * length);
  }

  /**
   * Writes the whole lines of the output buffer; the line begun at its end goes on in another buffer. A full buffer
   * with no line end in it (a line longer than it) is replaced by one twice its size.
   */
  private flush(last: boolean): void {
    const out = this.out;
    if (out === null || this.filled === 0) return;
    const end = out.lastIndexOf(0x0a, this.filled - 1) + 1;
    const rest = this.filled - end;
    if (last && rest > 0) throw new Error('copy: the output ended in the middle of a line');
    if (end === 0) {
      const longer = this.take(out.length + 1);
      out.copy(longer, 0, 0, this.filled);
      this.release(out);
      this.out = longer;
      return;
    }
    let next: Buffer | null = null;
    if (rest > 0) {
      next = this.take(rest);
      out.copy(next, 0, end, this.filled);
    }
    this.out = next;
    this.filled = rest;
    const lines = out.subarray(0, end);
    const bytes = this.options.lines ? this.options.lines(lines) : lines;
    this.inFlight += 1;
    this.destination.write(bytes, (error) => {
      this.inFlight -= 1;
      if (error) {
        this.fail(error);
        return;
      }
      this.release(out);
      if (this.paused && this.inFlight < this.maxInFlight) {
        this.paused = false;
        this.connection?.stream.resume();
      }
      this.finishIfDone();
    });
  }

  private release(buffer: Buffer): void {
    if (buffer.length === this.bufferSize) this.free.push(buffer);
  }

  // --- the end -----------------------------------------------------------------------------------------------------

  private finishIfDone(): void {
    if (this.settled || !this.readyForQuery || this.inFlight > 0) return;
    if (!this.handedBack) {
      this.fail(new Error('copy: the statement ended without copying'));
      return;
    }
    this.settle();
    this.resolve(this.rows);
  }

  private readonly onDestinationClose = (): void => {
    if (!this.settled) this.fail(new Error('copy: the destination closed before the end of the copy'));
  };

  private readonly fail = (error: Error): void => {
    if (this.settled) return;
    this.settle();
    this.reject(error);
  };

  private settle(): void {
    this.settled = true;
    this.destination.removeListener('close', this.onDestinationClose);
    this.destination.removeListener('error', this.fail);
  }
}
