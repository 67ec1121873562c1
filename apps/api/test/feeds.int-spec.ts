import { DataSource } from 'typeorm';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { DigestService } from '../src/modules/feeds/digest.service';
import { createCommitted, createUser, grantRole } from './support/factories';
import { MailCatcher } from './support/mail-catcher';
import { createTestApi, errorCode, TestApi } from './support/test-app';
import { XmlElement, childOf, childrenOf, parseXml } from './support/xml';

const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
const ADD_EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const REPLY = `mutation($input: ReplyToAssessmentInput!) { replyToAssessment(input: $input) { id } }`;
const FOLLOW = `mutation($input: FollowCollectivityInput!) {
  followCollectivity(input: $input) { digest feedUrl collectivity { id name } }
}`;
const FOLLOWING = `{ me { following { digest feedUrl collectivity { id } } } }`;
const PUBLIC_URL = 'https://pacte.example.org';

type User = Awaited<ReturnType<typeof createUser>>;

/** Plain GET, as a feed reader does: no token, no cookie. */
async function get(api: TestApi, pathname: string) {
  const { port } = api.app.getHttpServer().address();
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

interface Entry {
  id: string;
  title: string;
  category: string;
  content: string;
  updated: string;
}

function entriesOf(feed: XmlElement): Entry[] {
  return childrenOf(feed, 'entry').map((e) => ({
    id: childOf(e, 'id').text,
    title: childOf(e, 'title').text,
    category: childOf(e, 'category').attributes.term,
    content: childOf(e, 'content').text,
    updated: childOf(e, 'updated').text,
  }));
}

describe('feeds: Atom feeds for anyone, follows, and the weekly e-mail digest', () => {
  let api: TestApi;
  let auditor: User;
  const mail = new MailCatcher();
  let smtpUrl: string;
  beforeAll(async () => {
    smtpUrl = await mail.start();
    api = await createTestApi({ SMTP_URL: smtpUrl, PUBLIC_URL });
    auditor = await createUser(api, 'Auditeur');
    await grantRole(api, auditor.id, 'AUDITOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
  });
  afterAll(async () => {
    await api.close();
    await mail.stop();
  });

  /** A status change, new evidence, an assessment and the collectivity's reply, on one collectivity. */
  async function activity(place: { collectivityId: string; commitmentId: string }, tag: string) {
    const { collectivityId, commitmentId } = place;
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'IN_PROGRESS' } });
    // Neither a change of owner alone nor a milestone is news for the feed.
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'IN_PROGRESS', owner: 'DSI' } });
    const evidence = (
      await api.ok(ADD_EVIDENCE, {
        input: {
          commitmentId,
          kind: 'RUNNING_SERVICE',
          date: '2026-06-01',
          title: `Nextcloud & LibreOffice <en ligne> ${tag}`,
          url: 'https://cloud.example.org/?a=1&b=2',
          actionCodes: ['1.5'],
        },
      })
    ).addEvidence.id;
    const assessment = (
      await api.ok(
        RECORD,
        {
          input: {
            commitmentId,
            actionCode: '1.5',
            verdict: 'PARTIAL',
            justification: 'Service vu en ligne ; migration « en cours » — pas de bascule.',
            evidenceIds: [evidence],
            association: 'April',
          },
        },
        { cookie: auditor.cookie },
      )
    ).recordAssessment.id;
    const official = await createUser(api, 'Élue');
    await grantRole(api, official.id, 'ELECTED_OFFICIAL', { collectivityId });
    await api.ok(
      REPLY,
      { input: { assessmentId: assessment, text: `La bascule est prévue en septembre. <b>${tag}</b>` } },
      { cookie: official.cookie },
    );
  }

  it('serves a collectivity’s Atom feed to anonymous readers, with every status change, evidence, assessment and reply', async () => {
    const place = await createCommitted(api);
    await activity(place, 'collectivité');
    const response = await get(api, `/feeds/collectivity/${place.collectivityId}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();

    const feed = parseXml(response.body);
    expect(feed).toMatchObject({ uri: 'http://www.w3.org/2005/Atom', local: 'feed' });
    expect(childOf(feed, 'title').text).toMatch(/^Pacte du Logiciel Libre — Syndicat de test/);
    expect(childOf(feed, 'link').attributes.href).toBe(`${PUBLIC_URL}/feeds/collectivity/${place.collectivityId}.atom`);
    const entries = entriesOf(feed);
    // Newest first; the owner-only update is not there.
    expect(entries.map((e) => e.category)).toEqual(['AssessmentReply', 'Assessment', 'Evidence', 'ActionProgress']);
    expect(childOf(feed, 'updated').text).toBe(entries[0].updated);
    const [reply, assessment, evidence, status] = entries;
    expect(status.title).toMatch(/— action 1\.5 «\s.+\s»\s: En cours$/);
    expect(status.content).toContain('Statut\u00a0: En cours (50\u00a0%)');
    expect(status.content).toContain('Status: In progress (50 %)');
    expect(evidence.title).toMatch(/— nouvelle preuve\s: Nextcloud & LibreOffice <en ligne> collectivité$/);
    expect(evidence.content).toContain('Adresse\u00a0: https://cloud.example.org/?a=1&b=2');
    expect(assessment.title).toMatch(/— audit de l’action 1\.5 «\s.+\s»\s: Partiel$/);
    expect(assessment.content).toContain('Par\u00a0: April');
    expect(assessment.content).toContain(
      'Justification\u00a0: Service vu en ligne\u00a0; migration «\u00a0en cours\u00a0» — pas de bascule.',
    );
    expect(reply.title).toMatch(/— réponse à l’audit de l’action 1\.5/);
    expect(reply.content).toContain(
      'Réponse de la collectivité (élu·e)\u00a0: La bascule est prévue en septembre. <b>collectivité</b>',
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(4);
    for (const e of entries) expect(e.id).toMatch(/^tag:pacte\.example\.org,2026:pacte\/audit-event\/\d+$/);
    // Nobody's e-mail or name: the feed is built from the pseudonymous history.
    expect(response.body).not.toContain(auditor.email);
  });

  it('serves the national feed, newest first, and answers 404 or 400 for a missing or malformed collectivity', async () => {
    const place = await createCommitted(api);
    await activity(place, 'national');
    const response = await get(api, '/feeds/national.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const entries = entriesOf(parseXml(response.body));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(100);
    const ids = entries.map((e) => Number(e.id.split('/').pop()));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    // Other suites write to the same database at the same time: ours is among the newest, not necessarily first.
    expect(entries.some((e) => e.content.includes('<b>national</b>'))).toBe(true);

    expect((await get(api, '/feeds/collectivity/00000000-0000-4000-8000-000000000000.atom')).status).toBe(404);
    expect((await get(api, '/feeds/collectivity/not-a-uuid.atom')).status).toBe(400);
  });

  it('serves an empty but valid feed for a collectivity with no news', async () => {
    const fresh = await createCommitted(api);
    const response = await get(api, `/feeds/collectivity/${fresh.collectivityId}.atom`);
    expect(response.status).toBe(200);
    const feed = parseXml(response.body);
    expect(entriesOf(feed)).toEqual([]);
    expect(childOf(feed, 'updated').text).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('lets a signed-in user follow and unfollow collectivities, privately, and choose the digest', async () => {
    const user = await createUser(api, 'Lectrice');
    const place = await createCommitted(api);
    const followed = await api.ok(
      FOLLOW,
      { input: { collectivityId: place.collectivityId, digest: true } },
      { cookie: user.cookie },
    );
    expect(followed.followCollectivity).toMatchObject({
      digest: true,
      feedUrl: `${PUBLIC_URL}/feeds/collectivity/${place.collectivityId}.atom`,
      collectivity: { id: place.collectivityId },
    });
    // Following again without saying keeps the digest choice; saying false turns it off.
    expect(
      (await api.ok(FOLLOW, { input: { collectivityId: place.collectivityId } }, { cookie: user.cookie }))
        .followCollectivity.digest,
    ).toBe(true);
    expect(
      (
        await api.ok(
          FOLLOW,
          { input: { collectivityId: place.collectivityId, digest: false } },
          { cookie: user.cookie },
        )
      ).followCollectivity.digest,
    ).toBe(false);
    expect((await api.ok(FOLLOWING, {}, { cookie: user.cookie })).me.following).toEqual([
      { digest: false, feedUrl: expect.any(String), collectivity: { id: place.collectivityId } },
    ]);

    const input = { collectivityId: place.collectivityId };
    expect(errorCode(await api.gql(FOLLOW, { input }, { token: null }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(FOLLOW, { input }))).toBe('ACCOUNT_REQUIRED');
    expect(
      errorCode(
        await api.gql(
          FOLLOW,
          { input: { collectivityId: '00000000-0000-4000-8000-000000000000' } },
          { cookie: user.cookie },
        ),
      ),
    ).toBe('NOT_FOUND');
    // Following is not a public change: nothing in the collectivity's history.
    const history = await api.ok(`query($id: ID!) { collectivity(id: $id) { history { entityType } } }`, {
      id: place.collectivityId,
    });
    expect(history.collectivity.history.map((h: any) => h.entityType)).toEqual(['Commitment', 'Collectivity']);

    const unfollow = `mutation($id: ID!) { unfollowCollectivity(collectivityId: $id) }`;
    expect((await api.ok(unfollow, { id: place.collectivityId }, { cookie: user.cookie })).unfollowCollectivity).toBe(
      true,
    );
    expect((await api.ok(unfollow, { id: place.collectivityId }, { cookie: user.cookie })).unfollowCollectivity).toBe(
      false,
    );
    expect((await api.ok(unfollow, { id: 'nope' }, { cookie: user.cookie })).unfollowCollectivity).toBe(false);
    expect((await api.ok(FOLLOWING, {}, { cookie: user.cookie })).me.following).toEqual([]);
  });

  it('e-mails each follower who asked for it the changes of the past week, and nobody else', async () => {
    const weekly = await createUser(api, 'Abonnée');
    const quiet = await createUser(api, 'Sans résumé');
    const idle = await createUser(api, 'Suit une collectivité calme');
    const busy = await createCommitted(api);
    const other = await createCommitted(api);
    const calm = await createCommitted(api);
    await api.ok(FOLLOW, { input: { collectivityId: busy.collectivityId, digest: true } }, { cookie: weekly.cookie });
    await api.ok(FOLLOW, { input: { collectivityId: other.collectivityId, digest: false } }, { cookie: weekly.cookie });
    await api.ok(FOLLOW, { input: { collectivityId: busy.collectivityId, digest: false } }, { cookie: quiet.cookie });
    await api.ok(FOLLOW, { input: { collectivityId: calm.collectivityId, digest: true } }, { cookie: idle.cookie });
    await activity(busy, 'résumé');
    await activity(other, 'autre');

    // Eight days later, the week holds none of it.
    const later = await api.app.get(DigestService).sendWeeklyDigests(new Date(Date.now() + 8 * 86_400_000));
    expect(later).toMatchObject({ sent: 0, failed: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(mail.messages.filter((m) => m.to.includes(weekly.email))).toEqual([]);

    const report = await api.app.get(DigestService).sendWeeklyDigests(new Date(Date.now() + 1000));
    expect(report.failed).toBe(0);
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const digest = await mail.waitFor(weekly.email);
    expect(digest.subject).toBe('Pacte du Logiciel Libre\u00a0: 4 changements cette semaine (weekly digest)');
    const [name] = (
      await api.ok(`query($id: ID!) { collectivity(id: $id) { name } }`, { id: busy.collectivityId })
    ).collectivity.name.split('\n');
    expect(digest.text).toContain(`${name} (4)`);
    expect(digest.text).toMatch(/- \d{1,2}(?:er)? \p{L}+ \d{4} — action 1\.5 «\s.+\s»\s: En cours/u);
    expect(digest.text).toContain('nouvelle preuve\u00a0: Nextcloud & LibreOffice <en ligne> résumé');
    expect(digest.text).toContain('audit de l’action 1.5');
    expect(digest.text).toContain('réponse à l’audit de l’action 1.5');
    expect(digest.text).toContain(`Flux Atom\u00a0: ${PUBLIC_URL}/feeds/collectivity/${busy.collectivityId}.atom`);
    expect(digest.text).toContain('— English —');
    expect(digest.text).not.toContain('autre');
    await new Promise((r) => setTimeout(r, 300));
    expect(mail.messages.filter((m) => m.to.includes(quiet.email) || m.to.includes(idle.email))).toEqual([]);
  });

  it('sends the digests from the command line, as cron runs it', async () => {
    const reader = await createUser(api, 'Lecteur cron');
    const place = await createCommitted(api);
    await api.ok(FOLLOW, { input: { collectivityId: place.collectivityId, digest: true } }, { cookie: reader.cookie });
    await api.ok(UPDATE, { input: { commitmentId: place.commitmentId, actionCode: '3.7', status: 'PLANNED' } });
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    void _ignored;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.resolve(__dirname, '../dist/cli/send-digests.js'), '--now', new Date(Date.now() + 1000).toISOString()],
      {
        env: {
          ...inherited,
          NODE_ENV: 'production',
          DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!,
          SMTP_URL: smtpUrl,
          PUBLIC_URL,
          LOG_LEVEL: 'warn',
        },
      },
    );
    expect(stdout).toMatch(/digests up to .+: [1-9]\d* sent, \d+ with nothing to send, \d+ not due yet, 0 failed/);
    const digest = await mail.waitFor(reader.email);
    expect(digest.text).toMatch(/action 3\.7 «\s.+\s»\s: Planifiée/);
  });

  it('keeps a record of the digests sent: nothing twice, the next one from where the last ended, refusals retried', async () => {
    const digests = api.app.get(DigestService);
    const mailsTo = (email: string) => mail.messages.filter((m) => m.to.includes(email));
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const reader = await createUser(api, 'Lectrice suivie');
    const refusedReader = await createUser(api, 'Boite pleine');
    const place = await createCommitted(api);
    for (const user of [reader, refusedReader]) {
      await api.ok(FOLLOW, { input: { collectivityId: place.collectivityId, digest: true } }, { cookie: user.cookie });
    }
    await api.ok(UPDATE, { input: { commitmentId: place.commitmentId, actionCode: '2.4', status: 'PLANNED' } });
    mail.refused.add(refusedReader.email);

    const first = await digests.sendWeeklyDigests(new Date());
    expect(first.failed).toBeGreaterThanOrEqual(1);
    await mail.waitFor(reader.email);
    expect(mailsTo(reader.email)[0].text).toMatch(/action 2\.4 «\s.+\s»\s: Planifiée/);

    // Run again the same day: the reader is not due; the refused mailbox, now accepted, gets its digest.
    mail.refused.delete(refusedReader.email);
    const again = await digests.sendWeeklyDigests(new Date());
    expect(again.notDue).toBeGreaterThanOrEqual(1);
    await mail.waitFor(refusedReader.email);
    await settle();
    expect(mailsTo(reader.email)).toHaveLength(1);
    expect(mailsTo(refusedReader.email)).toHaveLength(1);

    // A new change; a week later, the next digest holds it, and not what the first one already said.
    await new Promise((r) => setTimeout(r, 20));
    await api.ok(UPDATE, { input: { commitmentId: place.commitmentId, actionCode: '2.5', status: 'IN_PROGRESS' } });
    const nextWeek = await digests.sendWeeklyDigests(new Date(Date.now() + 7 * 86_400_000));
    expect(nextWeek.failed).toBe(0);
    for (let i = 0; i < 100 && mailsTo(reader.email).length < 2; i += 1) await settle();
    const second = mailsTo(reader.email)[1];
    expect(second.text).toMatch(/action 2\.5 «\s.+\s»\s: En cours/);
    expect(second.text).not.toContain('action 2.4');

    // Each digest starts where the previous one ended.
    const recorded = await api.app
      .get(DataSource)
      .query(`SELECT period_start, period_end FROM digest_delivery WHERE user_id = $1 ORDER BY period_end`, [
        reader.id,
      ]);
    expect(recorded).toHaveLength(2);
    expect(new Date(recorded[1].period_start).getTime()).toBe(new Date(recorded[0].period_end).getTime());
  });
});
