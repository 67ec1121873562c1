import { computeScores } from './scoring';
import { getCatalogue } from './catalogue/catalogue';
import { SectionStanding, pactStanding } from './section-assessment';
import { sectionAssessmentSchema, sectionSelfAssessmentSchema } from './rules/section-assessment';
import { validate } from './rules/validate';

const kept = (section: 1 | 2 | 3, verdicts: SectionStanding['verdicts'] = []): SectionStanding => ({
  section,
  selfStatus: 'KEPT',
  verdicts,
});
const verdict = (v: 'KEPT' | 'PARTIAL' | 'UNVERIFIABLE', assessedOn = '2026-06-01') => ({ verdict: v, assessedOn });

describe('whether the pact is kept (its three sections are its commitments)', () => {
  it('is not kept by 31 actions at 100 % alone: nobody said that the three commitments are kept', () => {
    const allDone = computeScores(
      getCatalogue().actions.map((a) => ({ actionCode: a.code, status: 'DONE', progress: null })),
    );
    expect(allDone.overall).toBe(100);
    expect(pactStanding([]).status).toBe('NOT_KEPT');
    expect(pactStanding([]).sections).toEqual([
      { section: 1, selfStatus: null, verdict: null },
      { section: 2, selfStatus: null, verdict: null },
      { section: 3, selfStatus: null, verdict: null },
    ]);
  });

  it('is kept on the collectivity’s word when it self-assesses each of the three sections as kept', () => {
    expect(pactStanding([kept(1), kept(2)]).status).toBe('NOT_KEPT');
    expect(pactStanding([kept(1), kept(2), { section: 3, selfStatus: 'IN_PROGRESS', verdicts: [] }]).status).toBe(
      'NOT_KEPT',
    );
    expect(pactStanding([kept(1), kept(2), kept(3)]).status).toBe('DECLARED');
  });

  it('is kept on the audit’s word when every section’s verdict is KEPT, whatever the collectivity declared', () => {
    const audited = [1, 2, 3].map((n) => ({
      section: n as 1 | 2 | 3,
      selfStatus: null,
      verdicts: [verdict('KEPT')],
    }));
    expect(pactStanding(audited)).toMatchObject({
      status: 'AUDITED',
      sections: [{ verdict: 'KEPT' }, { verdict: 'KEPT' }, { verdict: 'KEPT' }],
    });
  });

  it('combines a section’s verdicts as for actions: the most recent that says something wins', () => {
    // Section 2 was partial in May, kept in June: the newer verdict stands; an auditor who could not check erases nothing.
    const standing = pactStanding([
      kept(1, [verdict('KEPT')]),
      kept(2, [verdict('PARTIAL', '2026-05-01'), verdict('KEPT', '2026-06-01'), verdict('UNVERIFIABLE', '2026-07-01')]),
      kept(3, [verdict('KEPT')]),
    ]);
    expect(standing.status).toBe('AUDITED');
    // A newer partial verdict on one section: declared kept, not audited kept.
    const disputed = pactStanding([
      kept(1, [verdict('KEPT')]),
      kept(2, [verdict('KEPT', '2026-05-01'), verdict('PARTIAL', '2026-06-01')]),
      kept(3, [verdict('KEPT')]),
    ]);
    expect(disputed).toMatchObject({ status: 'DECLARED', sections: [{}, { verdict: 'PARTIAL' }, {}] });
  });
});

describe('the section forms', () => {
  const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
  const issues = (result: ReturnType<typeof validate>) =>
    result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

  it('a self-assessment names one of the three sections and explains itself in a short text', () => {
    const base = { commitmentId: ID, section: 1, status: 'KEPT', explanation: 'Postes sous GNU/Linux.' };
    expect(issues(validate(sectionSelfAssessmentSchema, base))).toEqual([]);
    expect(issues(validate(sectionSelfAssessmentSchema, { ...base, section: 4 }))).toEqual(['section:INVALID_VALUE']);
    expect(issues(validate(sectionSelfAssessmentSchema, { ...base, status: 'DONE' }))).toEqual([
      'status:INVALID_VALUE',
    ]);
    expect(issues(validate(sectionSelfAssessmentSchema, { ...base, explanation: '  ' }))).toEqual([
      'explanation:JUSTIFICATION_REQUIRED',
    ]);
    expect(issues(validate(sectionSelfAssessmentSchema, { ...base, explanation: 'x'.repeat(1001) }))).toEqual([
      'explanation:TOO_LONG',
    ]);
  });

  it('an auditor’s section verdict is on the actions’ scale, justified, and dated today or earlier', () => {
    const ctx = { today: '2026-06-15' };
    const base = {
      commitmentId: ID,
      section: 3,
      verdict: 'PARTIAL',
      justification: 'Code publié, pas de cofinancement',
    };
    expect(issues(validate(sectionAssessmentSchema(ctx), base))).toEqual([]);
    expect(issues(validate(sectionAssessmentSchema(ctx), { ...base, verdict: 'DONE' }))).toEqual([
      'verdict:INVALID_VALUE',
    ]);
    expect(issues(validate(sectionAssessmentSchema(ctx), { ...base, date: '2026-06-16' }))).toEqual([
      'date:ASSESSMENT_DATE_IN_FUTURE',
    ]);
    expect(issues(validate(sectionAssessmentSchema(ctx), { ...base, section: 0 }))).toEqual(['section:INVALID_VALUE']);
  });
});
