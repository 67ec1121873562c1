import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import type { ImportReport } from '@pacte/pact';
import { systemActor } from '../src/common/auth/actor';
import { ImportsService } from '../src/modules/imports/imports.service';
import { get } from './support/exports';
import { createCommitted, createUser, grantRole } from './support/factories';
import { UPDATE_PROGRESS } from './support/migration-tracker';
import { createTestApi, TestApi } from './support/test-app';

describe('import:progress', () => {
  let api: TestApi;
  let imports: ImportsService;
  let code: string;
  let collectivityId: string;
  const operator = systemActor('test-import');

  beforeAll(async () => {
    api = await createTestApi();
    imports = api.app.get(ImportsService);
    const committed = await createCommitted(api);
    collectivityId = committed.collectivityId;
    const { commitmentId } = committed;
    [{ code }] = await api.dataSource.query('SELECT code FROM collectivity WHERE id = $1', [collectivityId]);
    await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.1', status: 'DONE', owner: 'DSI' } });
    await api.ok(UPDATE_PROGRESS, {
      input: { commitmentId, actionCode: '1.2', status: 'IN_PROGRESS', progress: 40, targetDate: '2027-01-31' },
    });
  });
  afterAll(() => api.close());

  const exported = async () => {
    const response = await get(api, `/exports/progress.csv?code=${code}`);
    expect(response.status).toBe(200);
    const rows: string[][] = parse(await response.text());
    return rows;
  };
  /** The rows as a spreadsheet saves them: semicolons, UTF-8 with a byte-order mark. */
  const asFile = (rows: string[][]) => Buffer.from(`\uFEFF${stringify(rows, { delimiter: ';' })}`, 'utf8');
  const run = (rows: string[][], dryRun = false) =>
    imports.run(operator, { kind: 'progress', bytes: asFile(rows), dryRun });

  it('round-trips: export, edit in a spreadsheet, import, export again gives the edited file', async () => {
    const original = await exported();
    const [header] = original;
    const col = (name: string) => header.indexOf(name);
    const row = (action: string) => original.findIndex((r) => r[col('action_code')] === action);
    expect(original).toHaveLength(32);

    // The unedited export changes nothing.
    expect(await run(original)).toMatchObject({ written: false, unchanged: 31, created: 0, updated: 0 });

    const edited = original.map((r) => [...r]);
    edited[row('1.2')][col('progress_override')] = '60';
    edited[row('1.3')][col('status')] = 'IN_PROGRESS';
    edited[row('1.3')][col('owner')] = 'Service numérique ; « libre »';
    edited[row('1.3')][col('target_date')] = '30/06/2027';
    const dry = await run(edited, true);
    expect(dry).toMatchObject({ dryRun: true, written: false, created: 1, updated: 1, unchanged: 29 });
    expect((await exported())[row('1.2')][col('progress_override')]).toBe('40');

    const real = await run(edited);
    expect(real).toMatchObject({ written: true, created: 1, updated: 1, unchanged: 29 });
    const after = await exported();
    const withoutTimes = (rows: string[][]) => rows.map((r) => r.filter((_, i) => i !== col('updated_at')));
    const expected = edited.map((r) => [...r]);
    expected[row('1.2')][col('progress')] = '60';
    expected[row('1.3')][col('progress')] = '50';
    expected[row('1.3')][col('target_date')] = '2027-06-30';
    expect(withoutTimes(after)).toEqual(withoutTimes(expected));
    expect(after[row('1.3')][col('updated_at')]).not.toBe('');

    // The same file again changes nothing; so does the new export.
    expect(await run(edited)).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 31 });
    expect(await run(after)).toMatchObject({ written: false, unchanged: 31 });

    // Each change is in the history as a single edit would be.
    const history = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { history(first: 10) { entityId action after } } }`,
      { id: collectivityId },
    );
    const entities = history.collectivity.history.map((h: any) => h.entityId as string);
    expect(entities.filter((id: string) => id.endsWith(':1.2') || id.endsWith(':1.3')).length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('writes nothing when one row is bad, and names the line', async () => {
    const original = await exported();
    const [header] = original;
    const col = (name: string) => header.indexOf(name);
    const edited = original.map((r) => [...r]);
    edited[4][col('owner')] = 'Nouvelle responsable';
    edited[5][col('status')] = 'FINI';
    edited[6][col('status')] = 'NOT_APPLICABLE';
    edited[6][col('justification')] = '';
    const report = await run(edited);
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [6, 'status', 'UNKNOWN_STATUS'],
      [7, 'justification', 'JUSTIFICATION_REQUIRED'],
    ]);
    expect((await exported())[4][col('owner')]).toBe(original[4][col('owner')]);
  });

  it('refuses a row changed since the export instead of overwriting it, even within the same second', async () => {
    const stamp = (ms: number) =>
      api.dataSource.query(
        `UPDATE action_progress SET updated_at = date_trunc('second', now()) - interval '1 hour' + $2 * interval '1 millisecond'
          WHERE commitment_id IN (SELECT id FROM commitment WHERE collectivity_id = $1)`,
        [collectivityId, ms],
      );
    await stamp(100);
    const original = await exported();
    const [header] = original;
    const col = (name: string) => header.indexOf(name);
    const line = original.findIndex((r) => r[col('action_code')] === '1.1');
    expect(original[line][col('updated_at')]).toMatch(/\.100Z$/);
    const [{ id: commitmentId }] = await api.dataSource.query('SELECT id FROM commitment WHERE collectivity_id = $1', [
      collectivityId,
    ]);
    await api.ok(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '1.1', status: 'DONE', owner: 'DSI et élus' } });
    // The change is dated within the same second as the exported row (half a second later).
    await stamp(600);
    const edited = original.map((r) => [...r]);
    edited[line][col('owner')] = 'Quelqu’un d’autre';
    const report = await run(edited);
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([[line + 1, 'CHANGED_SINCE_EXPORT']]);
    expect(report.written).toBe(false);

    // A spreadsheet that dropped the milliseconds: the row is matched to the second.
    const fresh = await exported();
    const trimmed = fresh.map((r) => [...r]);
    trimmed[line][col('updated_at')] = fresh[line][col('updated_at')].replace(/\.\d+Z$/, 'Z');
    trimmed[line][col('owner')] = 'Quelqu’un d’autre';
    const loose = await run(trimmed, true);
    expect(loose.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loose).toMatchObject({ updated: 1 });
  });

  it('lets a moderator and an admin import, but not a plain signed-in user; rows outside their rights are refused', async () => {
    const original = await exported();
    const user = await createUser(api, 'Simple');
    const moderator = await createUser(api, 'Moderatrice');
    await grantRole(api, moderator.id, 'CAMPAIGN_MODERATOR', { auditScope: 'NATIONAL' });
    const port = api.app.getHttpServer().address().port;
    const upload = (cookie: string | null, fields: Record<string, string> = {}) => {
      const form = new FormData();
      form.append('file', new Blob([asFile(original)]), 'avancement.csv');
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return fetch(`http://127.0.0.1:${port}/imports/progress`, {
        method: 'POST',
        body: form,
        headers: cookie ? { cookie } : {},
      });
    };
    expect((await upload(null)).status).toBe(401);
    expect((await upload(user.cookie)).status).toBe(403);
    const dry = await upload(moderator.cookie);
    expect(dry.status).toBe(200);
    const report = (await dry.json()) as ImportReport;
    expect(report).toMatchObject({ dryRun: true, unchanged: 31 });
    // The real run confirms the checked file by its hash.
    expect((await upload(moderator.cookie, { dryRun: 'false' })).status).toBe(400);
    const wrong = (await (
      await upload(moderator.cookie, { dryRun: 'false', expectedHash: 'abc' })
    ).json()) as ImportReport;
    expect(wrong.problems.map((p) => p.code)).toEqual(['WRONG_FILE']);
    const confirmed = await (await upload(moderator.cookie, { dryRun: 'false', expectedHash: report.fileHash })).json();
    expect(confirmed).toMatchObject({ dryRun: false, written: false, unchanged: 31 });

    // A change to progress needs progress.update on the collectivity, which a moderator does not hold.
    const [header] = original;
    const edited = original.map((r) => [...r]);
    edited[3][header.indexOf('owner')] = 'Par la modération';
    const moderatorActor = {
      kind: 'user',
      id: moderator.id,
      label: 'm',
      permissions: new Set(),
      grants: [{ role: 'CAMPAIGN_MODERATOR', collectivityId: null, auditScope: 'NATIONAL', auditScopeCode: null }],
    } as any;
    const refused = await imports.run(moderatorActor, { kind: 'progress', bytes: asFile(edited), dryRun: true });
    // The dry run says why, in the interface's words: a moderator checks a progress file but cannot import it.
    expect(refused.problems.map((p) => [p.line, p.code])).toEqual([[4, 'PROGRESS_UPDATE_NOT_ALLOWED']]);
  });
});
