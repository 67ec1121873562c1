import { Writable } from 'node:stream';

/** pino's numeric levels, by name, for the lines that are not requests. */
const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

interface PinoLine {
  level?: number;
  time?: number;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string; stack?: string };
}

const clock = (time: number | undefined) => new Date(time ?? Date.now()).toISOString().slice(11, 19);

/**
 * One pino JSON line as one short line: a request as `12:04:31 GET /graphql 200 12 ms`, anything else as
 * `12:04:31 warn message` (with the error's stack, if any). A line that is not JSON is kept as it is.
 */
export function shortLogLine(json: string): string {
  let line: PinoLine;
  try {
    line = JSON.parse(json) as PinoLine;
  } catch {
    return json;
  }
  if (line.req && line.res) {
    const ms = typeof line.responseTime === 'number' ? ` ${Math.round(line.responseTime)} ms` : '';
    return `${clock(line.time)} ${line.req.method ?? '?'} ${line.req.url ?? '?'} ${line.res.statusCode ?? '?'}${ms}`;
  }
  const level = LEVELS[line.level ?? 30] ?? 'info';
  const stack = line.err?.stack ? `\n${line.err.stack}` : '';
  return `${clock(line.time)} ${level} ${line.msg ?? line.err?.message ?? ''}${stack}`;
}

/**
 * What pino-http keeps of a request and its response when the lines are short: the short line shows only the method,
 * the address and the status, so the headers are neither serialized nor redacted on each request (issue 12: the
 * request's log line was 4 % of a collectivity page's CPU).
 */
export const SHORT_LOG_SERIALIZERS = {
  req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
};

/** A pino destination that writes `shortLogLine` of each line to `out` (LOG_FORMAT=short, the default). */
export function shortLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') out.write(`${shortLogLine(line)}\n`);
      done();
    },
  });
}
