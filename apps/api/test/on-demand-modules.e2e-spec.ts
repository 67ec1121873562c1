import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { MAIN } from './support/spawn-app';

/**
 * Libraries only some deployments use are loaded when first needed, not with every process (issue 12, the API's
 * RSS): the AWS SDK (EVIDENCE_STORAGE=s3), nodemailer (SMTP_URL), PGlite (no DATABASE_URL) and JSZip (the first ODT
 * application document). Together ~10 MB of heap. The built app's module graph, as `node apps/api/dist/main.js`
 * loads it before it starts, must not reach them.
 */
describe('libraries loaded on demand', () => {
  it('are not in the built app’s module graph, though the app loads every module of its own', () => {
    const appModule = path.join(path.dirname(MAIN), 'app.module.js');
    const loaded = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(appModule)});
           const keys = Object.keys(require.cache);
           console.log(JSON.stringify({
             heavy: keys.filter((k) => /node_modules\\/(@aws-sdk\\/client-s3|nodemailer|@electric-sql\\/pglite|jszip)\\//.test(k)),
             own: keys.filter((k) => k.includes('/apps/api/dist/modules/')).length,
             typeorm: keys.some((k) => k.includes('/node_modules/typeorm/')),
           }));`,
        ],
        { encoding: 'utf8' },
      ),
    ) as { heavy: string[]; own: number; typeorm: boolean };
    expect(loaded.heavy).toEqual([]);
    // What the check would miss if the graph were not loaded at all.
    expect(loaded.own).toBeGreaterThan(100);
    expect(loaded.typeorm).toBe(true);
  });
});
