import { EXPECTED_VERSION_MAX, EXPECTED_VERSION_MIN } from './fields';
import { checkProgressRules, milestoneAddSchema, milestoneUpdateSchema, progressUpdateSchema } from './progress';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const base = { commitmentId: ID, actionCode: '1.1' };
const codes = (input: unknown) => {
  const result = validate(progressUpdateSchema, input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
};

describe('a progress update (status ↔ % ↔ justification)', () => {
  it('accepts a status alone, and a % on a status that takes one', () => {
    expect(codes({ ...base, status: 'PLANNED' })).toEqual([]);
    expect(codes({ ...base, status: 'IN_PROGRESS', progress: 0 })).toEqual([]);
    expect(codes({ ...base, status: 'DONE', progress: 100, targetDate: '2027-12-31' })).toEqual([]);
  });

  it.each(['NOT_APPLICABLE', 'ABANDONED'])('refuses %s without a justification, or with blanks only', (status) => {
    expect(codes({ ...base, status })).toEqual(['justification:JUSTIFICATION_REQUIRED']);
    expect(codes({ ...base, status, justification: '   ' })).toEqual(['justification:JUSTIFICATION_REQUIRED']);
    expect(codes({ ...base, status, justification: 'Pas de cantine' })).toEqual([]);
  });

  it.each(['NOT_APPLICABLE', 'ABANDONED'])('refuses a %% on a %s action, even 0', (status) => {
    expect(codes({ ...base, status, justification: 'x', progress: 20 })).toEqual(['progress:PROGRESS_NOT_ALLOWED']);
    expect(codes({ ...base, status, justification: 'x', progress: 0 })).toEqual(['progress:PROGRESS_NOT_ALLOWED']);
    expect(codes({ ...base, status, justification: 'x', progress: null })).toEqual([]);
  });

  it('refuses a % outside 0–100 or not whole', () => {
    expect(codes({ ...base, status: 'IN_PROGRESS', progress: 101 })).toEqual(['progress:PROGRESS_OUT_OF_RANGE']);
    expect(codes({ ...base, status: 'IN_PROGRESS', progress: -1 })).toEqual(['progress:PROGRESS_OUT_OF_RANGE']);
    expect(codes({ ...base, status: 'IN_PROGRESS', progress: 12.5 })).toEqual(['progress:PROGRESS_OUT_OF_RANGE']);
    expect(codes({ ...base, status: 'IN_PROGRESS', progress: Number.NaN })).toEqual(['progress:PROGRESS_OUT_OF_RANGE']);
  });

  it('takes an expectedVersion within the one set of bounds (a PostgreSQL integer from 0), or none', () => {
    const at = (expectedVersion: unknown) => codes({ ...base, status: 'PLANNED', expectedVersion });
    expect([EXPECTED_VERSION_MIN, EXPECTED_VERSION_MAX]).toEqual([0, 2_147_483_647]);
    expect(at(EXPECTED_VERSION_MIN)).toEqual([]);
    expect(at(EXPECTED_VERSION_MAX)).toEqual([]);
    expect(at(null)).toEqual([]);
    expect(at(EXPECTED_VERSION_MIN - 1)).toEqual(['expectedVersion:INVALID_NUMBER']);
    expect(at(EXPECTED_VERSION_MAX + 1)).toEqual(['expectedVersion:INVALID_NUMBER']);
    expect(at(1.5)).toEqual(['expectedVersion:INVALID_NUMBER']);
  });

  it('reports both rules of one update at once', () => {
    expect(codes({ ...base, status: 'ABANDONED', progress: 30 })).toEqual([
      'progress:PROGRESS_NOT_ALLOWED',
      'justification:JUSTIFICATION_REQUIRED',
    ]);
  });

  it('refuses a target date that is not a real day, or an absurd one, and an unknown status or field', () => {
    expect(codes({ ...base, status: 'PLANNED', targetDate: '31/12/2027' })).toEqual(['targetDate:INVALID_DATE']);
    expect(codes({ ...base, status: 'PLANNED', targetDate: '2027-02-29' })).toEqual(['targetDate:INVALID_DATE']);
    expect(codes({ ...base, status: 'PLANNED', targetDate: '0027-02-01' })).toEqual(['targetDate:DATE_OUT_OF_RANGE']);
    expect(codes({ ...base, status: 'FINISHED' })).toEqual(['status:INVALID_VALUE']);
    expect(codes({ ...base, status: 'DONE', colour: 'red' })).toEqual(['colour:UNKNOWN_FIELD']);
    expect(codes({ actionCode: '1.1', status: 'DONE' })).toEqual(['commitmentId:REQUIRED']);
    expect(codes({ ...base, commitmentId: 'abc', status: 'DONE' })).toEqual(['commitmentId:INVALID_ID']);
  });

  it('is the same rule as a plain function, for a service that has the fields at hand', () => {
    expect(checkProgressRules({ status: 'ABANDONED', progress: 10, justification: 'x' })).toEqual([
      { path: 'progress', code: 'PROGRESS_NOT_ALLOWED' },
    ]);
    expect(checkProgressRules({ status: 'DONE', progress: 100 })).toEqual([]);
  });
});

describe('a milestone', () => {
  const add = (input: object) => {
    const result = validate(milestoneAddSchema, { ...base, title: 'Délibération', date: '2026-09-01', ...input });
    return result.ok ? result.value : result.issues.map((i) => `${i.path}:${i.code}`);
  };

  it('is not reached unless said, and needs a title of two characters and a real date', () => {
    expect(add({})).toMatchObject({ reached: false });
    expect(add({ title: '' })).toEqual(['title:REQUIRED', 'title:TOO_SHORT']);
    expect(add({ title: 'A' })).toEqual(['title:TOO_SHORT']);
    expect(add({ title: '   ' })).toEqual(['title:REQUIRED']);
    expect(add({ title: 'x'.repeat(301) })).toEqual(['title:TOO_LONG']);
    expect(add({ date: '2026-13-01' })).toEqual(['date:INVALID_DATE']);
  });

  it('is edited field by field', () => {
    expect(validate(milestoneUpdateSchema, { milestoneId: ID, reached: true }).ok).toBe(true);
    expect(validate(milestoneUpdateSchema, { milestoneId: ID, date: '2200-01-01' })).toEqual({
      ok: false,
      issues: [{ path: 'date', code: 'DATE_OUT_OF_RANGE' }],
    });
  });
});
