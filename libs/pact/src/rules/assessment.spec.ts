import { assessmentReplySchema, assessmentSchema } from './assessment';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const ctx = { today: '2026-06-15' };
const base = { commitmentId: ID, actionCode: '1.1', verdict: 'KEPT', justification: 'Délibération lue' };
const issues = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

describe('an assessment', () => {
  it('rests on no evidence unless given, and is dated today or earlier', () => {
    expect(validate(assessmentSchema(ctx), base)).toMatchObject({ ok: true, value: { evidenceIds: [] } });
    expect(issues(validate(assessmentSchema(ctx), { ...base, date: '2026-06-15' }))).toEqual([]);
    expect(issues(validate(assessmentSchema(ctx), { ...base, date: '2026-06-16' }))).toEqual([
      'date:ASSESSMENT_DATE_IN_FUTURE',
    ]);
    expect(issues(validate(assessmentSchema(ctx), { ...base, date: '2999-01-01' }))).toEqual([
      'date:ASSESSMENT_DATE_IN_FUTURE',
    ]);
    expect(issues(validate(assessmentSchema(ctx), { ...base, date: '1066-10-14' }))).toEqual([
      'date:DATE_OUT_OF_RANGE',
    ]);
  });

  it('needs a justification that is more than blanks', () => {
    expect(issues(validate(assessmentSchema(ctx), { ...base, justification: '   ' }))).toEqual([
      'justification:JUSTIFICATION_REQUIRED',
    ]);
    expect(issues(validate(assessmentSchema(ctx), { ...base, justification: '' }))).toEqual([
      'justification:REQUIRED',
      'justification:JUSTIFICATION_REQUIRED',
    ]);
    expect(issues(validate(assessmentSchema(ctx), { ...base, verdict: 'MAYBE' }))).toEqual(['verdict:INVALID_VALUE']);
  });

  it('is answered with a text that is more than blanks', () => {
    expect(validate(assessmentReplySchema, { assessmentId: ID, text: 'Voir la délibération' }).ok).toBe(true);
    expect(issues(validate(assessmentReplySchema, { assessmentId: ID, text: ' \n ' }))).toEqual([
      'text:REPLY_TEXT_REQUIRED',
    ]);
  });
});
