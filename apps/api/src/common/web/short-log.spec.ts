import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { SHORT_LOG_SERIALIZERS, shortLogLine, shortLogStream } from './short-log';

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

  it('has pino-http keep only what the short line shows of a request: no header reaches the line', async () => {
    const lines: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)));
    const log = pinoHttp({ logger: pino(sink), serializers: SHORT_LOG_SERIALIZERS });
    const server = createServer((req, res) => {
      log(req, res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) =>
      httpRequest({ port, host: '127.0.0.1', path: '/graphql?x=1', headers: { cookie: 'session=secret' } }, (res) => {
        res.resume().on('end', resolve);
      })
        .on('error', reject)
        .end(),
    );
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as { req: object; res: object };
    expect(line.req).toEqual({ method: 'GET', url: '/graphql?x=1' });
    expect(line.res).toEqual({ statusCode: 200 });
    expect(lines[0]).not.toContain('secret');
    expect(shortLogLine(lines[0])).toMatch(/^\d\d:\d\d:\d\d GET \/graphql\?x=1 200 \d+ ms$/);
  });
});
