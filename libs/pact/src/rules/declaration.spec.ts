import { commitmentDeclarationSchema, declarationNeedsDocument } from './declaration';
import { validate } from './validate';

const ID = '0b8f5f9e-3c1a-4d5e-9f00-123456789abc';

describe('declaring a commitment', () => {
  it('needs the list for a list majority, the number and date for a deliberation', () => {
    const list = validate(commitmentDeclarationSchema, { collectivityId: ID, source: 'LIST_MAJORITY' });
    expect(list.ok ? [] : list.issues).toEqual([{ path: 'candidateListId', code: 'REQUIRED' }]);
    const deliberation = validate(commitmentDeclarationSchema, {
      collectivityId: ID,
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: '  ',
    });
    expect(deliberation.ok ? [] : deliberation.issues).toEqual([
      { path: 'deliberationNumber', code: 'REQUIRED' },
      { path: 'deliberationDate', code: 'REQUIRED' },
    ]);
    const complete = validate(commitmentDeclarationSchema, {
      collectivityId: ID,
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: '2026-41',
      deliberationDate: '2026-06-12',
      documentUrl: 'https://example.org/d.pdf',
    });
    expect(complete.ok).toBe(true);
  });

  it('asks a deliberation for its document, an address or a file; a list majority for none', () => {
    expect(declarationNeedsDocument({ source: 'COUNCIL_DELIBERATION', documentUrl: null }, false)).toBe(true);
    expect(declarationNeedsDocument({ source: 'COUNCIL_DELIBERATION', documentUrl: null }, true)).toBe(false);
    expect(declarationNeedsDocument({ source: 'COUNCIL_DELIBERATION', documentUrl: 'https://x.org/d' }, false)).toBe(
      false,
    );
    expect(declarationNeedsDocument({ source: 'LIST_MAJORITY' }, false)).toBe(false);
  });
});
