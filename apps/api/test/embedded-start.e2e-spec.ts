import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { graphql, runToFailure, spawnApp } from './support/spawn-app';

/** The README's first line: a fresh machine, no DATABASE_URL, the app on its embedded database with real data. */
describe('the app started as a user starts it, on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pacte-e2e-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves every commune, the 2026 catalogue and a labelled demo, keeps its data across restarts, and refuses a second process on the same folder', async () => {
    const app = await spawnApp({ DATA_DIR: dataDir });
    try {
      expect(app.output()).toMatch(/first start: importing the official referential/);
      expect(app.output()).toMatch(/demo loaded/);

      const found = await graphql(
        app.url,
        `
          {
            searchCollectivities(query: "Échirolles", kinds: [COMMUNE]) {
              nodes {
                code
                name
                commitment {
                  demo
                  source
                  scores {
                    overall
                  }
                  actions {
                    actionCode
                    status
                  }
                  evidence {
                    title
                  }
                  candidateList {
                    name
                  }
                }
              }
            }
          }
        `,
      );
      const echirolles = found.data.searchCollectivities.nodes[0];
      expect(echirolles).toMatchObject({ code: '38151', name: 'Échirolles' });
      expect(echirolles.commitment.demo).toBe(true);
      expect(echirolles.commitment.candidateList.name).toMatch(/^\[Démo\]/);
      expect(echirolles.commitment.scores.overall).toBeGreaterThan(0);
      expect(echirolles.commitment.evidence.length).toBeGreaterThan(0);

      const catalogue = await graphql(
        app.url,
        `
          {
            pactCatalogue {
              edition
              actions {
                code
                section
              }
            }
          }
        `,
      );
      expect(catalogue.data.pactCatalogue.edition).toBe('2026');
      expect(catalogue.data.pactCatalogue.actions).toHaveLength(31);

      const health = await fetch(`${app.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
      // Every response carries the security headers: the site's own scripts only, images from the tile server.
      const csp = health.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("img-src 'self' data: https://tile.openstreetmap.org");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
      expect(health.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');

      // No PUBLIC_URL: the links the app hands out follow the (random, non-default) port it listens on.
      expect(new URL(app.url).port).not.toBe('3000');
      const feed = await (await fetch(`${app.url}/feeds/national.atom`)).text();
      expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${app.url}/feeds/national.atom"`);
      expect(feed).not.toContain(':3000');
      expect(app.output()).not.toMatch(/warning: PUBLIC_URL/);

      // The embedded demo prints the dashboard's address, then one-time sign-in links for its demo accounts.
      expect(app.output()).toMatch(/Dashboard: http:\/\/127\.0\.0\.1:\d+\/\n/);
      const itManagerLink = new RegExp(`IT manager of Échirolles: (${app.url}/auth/demo/[A-Za-z0-9_-]+)`).exec(
        app.output(),
      );
      expect(itManagerLink).not.toBeNull();
      expect(app.output()).toMatch(/elected official of Échirolles: http/);
      expect(app.output()).toMatch(/auditor \(national\): http/);
      expect(app.output()).toMatch(/campaign moderator \(national\): http/);
      const opened = await fetch(itManagerLink![1], { redirect: 'manual' });
      expect(opened.status).toBe(302);
      expect(opened.headers.get('location')).toBe('/mon-compte');
      const cookie = /pacte_session=[^;]+/.exec(opened.headers.get('set-cookie') ?? '')![0];
      const me = (await (
        await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: '{ me { displayName roles { role status collectivity { name } } } }' }),
        })
      ).json()) as { data: { me: { displayName: string; roles: unknown[] } } };
      expect(me.data.me.displayName).toMatch(/^\[Démo\]/);
      expect(me.data.me.roles).toEqual([
        { role: 'IT_MANAGER', status: 'ACTIVE', collectivity: { name: 'Échirolles' } },
      ]);
      // Once only.
      expect((await fetch(itManagerLink![1], { redirect: 'manual' })).status).toBe(404);

      const second = await runToFailure({ DATA_DIR: dataDir });
      expect(second.code).not.toBe(0);
      expect(second.output).toMatch(/in use by process/);
    } finally {
      expect(await app.stop()).toBe(0);
    }

    // A PUBLIC_URL that is not where the app listens is kept (a reverse proxy may be in front), with a warning.
    const restarted = await spawnApp({ DATA_DIR: dataDir, PUBLIC_URL: 'http://127.0.0.1:3000', LOG_LEVEL: 'info' });
    try {
      expect(restarted.output()).toMatch(/warning: PUBLIC_URL is http:\/\/127\.0\.0\.1:3000 but the app listens on/);
      const proxied = await (await fetch(`${restarted.url}/feeds/national.atom`)).text();
      expect(proxied).toContain('href="http://127.0.0.1:3000/feeds/national.atom"');
      // One short line per request (LOG_FORMAT=short, the default), not pino's JSON.
      const requestLine = /^\d\d:\d\d:\d\d GET \/feeds\/national\.atom 200 \d+ ms$/m;
      // The line is written once the response is finished: wait for it to reach the pipe.
      for (let i = 0; i < 100 && !requestLine.test(restarted.output()); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(restarted.output()).toMatch(requestLine);
      expect(restarted.output()).not.toContain('"req":');
      expect(restarted.output()).not.toMatch(/first start/);
      expect(restarted.output()).not.toMatch(/demo loaded/);
      const stats = await graphql(
        restarted.url,
        `
          {
            nationalStatistics {
              commitments
            }
          }
        `,
      );
      expect(stats.data.nationalStatistics.commitments).toBe(3);
    } finally {
      await restarted.stop();
    }
  }, 240_000);

  it('fails fast with a clear message on bad configuration', async () => {
    const result = await runToFailure({ DATA_DIR: dataDir, PORT: 'eighty', LOAD_DEMO: 'perhaps' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Invalid configuration/);
    expect(result.output).toMatch(/PORT must be an integer/);
    expect(result.output).toMatch(/LOAD_DEMO must be true or false/);
  });
});
