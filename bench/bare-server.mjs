#!/usr/bin/env node
// The throughput baseline of `npm run bench`: a bare node:http + pg server answering the same JSON as the API's
// collectivity page and national overview, from the same tables (bench/baseline.mjs), with no framework at all.
//   DATABASE_URL=… PORT=40301 node bench/bare-server.mjs
import { createServer } from 'node:http';
import pg from 'pg';
import { COLLECTIVITY_PAGE_SQL, OVERVIEW_SQL } from './baseline.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const [, route, kind, code] = url.pathname.split('/');
    let body;
    if (route === 'collectivity') {
      const { rows } = await pool.query(COLLECTIVITY_PAGE_SQL, [kind, code]);
      body = rows[0]?.page ?? 'null';
    } else if (route === 'overview') {
      body = (await pool.query(OVERVIEW_SQL)).rows[0].overview;
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${body}}`);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT ?? 40301), '127.0.0.1', () => console.log('bare server ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
