import { EVIDENCE_KINDS } from '../evidence-kind';
import { evidenceAddSchema, evidenceLinkSchema, evidenceNeedsUrl, evidenceWithdrawSchema } from './evidence';
import { milestoneWithdrawSchema } from './progress';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const base = { commitmentId: ID, kind: 'DOCUMENT', date: '2026-09-01', title: 'Délibération', actionCodes: ['1.1'] };
const codes = (input: object) => {
  const result = validate(evidenceAddSchema, { ...base, ...input });
  return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
};

describe('evidence', () => {
  it('needs an address only for a running service and a published repository', () => {
    expect(EVIDENCE_KINDS.filter(evidenceNeedsUrl)).toEqual(['RUNNING_SERVICE', 'PUBLISHED_REPOSITORY']);
    expect(codes({ kind: 'RUNNING_SERVICE' })).toEqual(['url:EVIDENCE_URL_REQUIRED']);
    expect(codes({ kind: 'PUBLISHED_REPOSITORY', url: null })).toEqual(['url:EVIDENCE_URL_REQUIRED']);
    expect(codes({ kind: 'PUBLISHED_REPOSITORY', url: 'https://git.example.fr/ville/app' })).toEqual([]);
    expect(codes({ kind: 'PRESS_ARTICLE' })).toEqual([]);
  });

  it('takes only http(s) addresses', () => {
    expect(codes({ url: 'javascript:alert(1)' })).toEqual(['url:INVALID_URL']);
    expect(codes({ url: 'ftp://example.fr/x' })).toEqual(['url:INVALID_URL']);
    expect(codes({ url: 'https://exa mple.fr' })).toEqual(['url:INVALID_URL']);
    expect(codes({ url: 'http://www.ville.fr/deliberation.pdf' })).toEqual([]);
  });

  it('supports an action or answers a label criterion', () => {
    expect(codes({ actionCodes: [] })).toEqual(['actionCodes:ACTIONS_OR_CRITERIA_REQUIRED']);
    expect(codes({ actionCodes: [], criterionIds: ['DM-OPEN-DATA'] })).toEqual([]);
    expect(codes({ actionCodes: Array.from({ length: 41 }, () => '1.1') })).toEqual(['actionCodes:TOO_MANY']);
  });

  it('has a title and a real date', () => {
    expect(codes({ title: '' })).toEqual(['title:REQUIRED', 'title:TOO_SHORT']);
    expect(codes({ date: '2026-02-30' })).toEqual(['date:INVALID_DATE']);
  });

  it('is linked to at least one action more', () => {
    const link = (actionCodes: string[]) =>
      validate(evidenceLinkSchema, { evidenceId: ID, commitmentId: ID, actionCodes });
    expect(link(['1.2']).ok).toBe(true);
    expect(link([])).toEqual({ ok: false, issues: [{ path: 'actionCodes', code: 'TOO_FEW' }] });
  });

  it('is withdrawn only with a reason', () => {
    const withdraw = (reason: unknown) => validate(evidenceWithdrawSchema, { evidenceId: ID, reason });
    expect(withdraw('Mauvais document').ok).toBe(true);
    expect(withdraw('   ')).toEqual({ ok: false, issues: [{ path: 'reason', code: 'REQUIRED' }] });
    expect(withdraw(undefined).ok).toBe(false);
    expect(validate(milestoneWithdrawSchema, { milestoneId: ID, reason: '' }).ok).toBe(false);
    expect(validate(milestoneWithdrawSchema, { milestoneId: ID, reason: 'Abandonné' }).ok).toBe(true);
  });
});
