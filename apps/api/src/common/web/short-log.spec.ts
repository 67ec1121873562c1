import { PassThrough } from 'node:stream';
import { shortLogLine, shortLogStream } from './short-log';

describe('short request logs', () => {
  const time = Date.parse('2026-12-06T12:04:31.500Z');

  it('says a request in one short line: time, method, path, status, duration', () => {
    const json = JSON.stringify({
      level: 30,
      time,
      req: { id: 1, method: 'POST', url: '/graphql', headers: { 'user-agent': 'x' }, remoteAddress: '127.0.0.1' },
      res: { statusCode: 200, headers: { 'content-type': 'application/json' } },
      responseTime: 12.4,
      msg: 'request completed',
    });
    expect(shortLogLine(json)).toBe('12:04:31 POST /graphql 200 12 ms');
  });

  it('keeps other lines short, with the stack of an error, and lines that are not JSON as they are', () => {
    expect(shortLogLine(JSON.stringify({ level: 40, time, msg: 'slow query' }))).toBe('12:04:31 warn slow query');
    expect(
      shortLogLine(JSON.stringify({ level: 50, time, err: { message: 'boom', stack: 'Error: boom\n    at x' } })),
    ).toBe('12:04:31 error boom\nError: boom\n    at x');
    expect(shortLogLine('plain text')).toBe('plain text');
  });

  it('writes one short line per pino line, even split across chunks', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    const stream = shortLogStream(out);
    const line = JSON.stringify({ level: 30, time, req: { method: 'GET', url: '/health' }, res: { statusCode: 200 } });
    stream.write(line.slice(0, 10));
    stream.write(`${line.slice(10)}\n${JSON.stringify({ level: 30, time, msg: 'ready' })}\n`);
    await new Promise((resolve) => stream.end(resolve));
    expect(written).toBe('12:04:31 GET /health 200\n12:04:31 info ready\n');
  });
});
