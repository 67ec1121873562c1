import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { isRuleCode } from '@pacte/pact';
import { ErrorMessage } from '../src/components/ui';
import { GraphQLRequestError } from '../src/lib/graphql';
import { MESSAGES } from '../src/lib/i18n';
import { renderWithProviders } from './support/render';

const API_SRC = resolve(__dirname, '../../api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Every error code the API sends a client, read from its source: domain errors (`super('CODE'` in the *.errors.ts
 * files and common/errors), errors built with a code (`new …Error('CODE'`, `new …Exception({ code: 'CODE'`), GraphQL
 * errors given `extensions: { code }`, and the query limits (LIMIT_CODES).
 */
function apiErrorCodes(): Map<string, string> {
  const patterns = [
    /super\(\s*'([A-Z][A-Z_]+)'/g,
    /new \w*Error\(\s*'([A-Z][A-Z_]+)'/g,
    /new \w*Exception\(\{\s*code:\s*'([A-Z][A-Z_]+)'/g,
    /extensions:\s*\{[^}]*?\bcode:\s*'([A-Z][A-Z_]+)'/g,
  ];
  const codes = new Map<string, string>();
  for (const file of sourceFiles(API_SRC)) {
    const text = readFileSync(file, 'utf8');
    const where = file.slice(API_SRC.length + 1);
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) codes.set(m[1], where);
    const limits = /LIMIT_CODES = \{([^}]*)\}/.exec(text);
    if (limits) for (const m of limits[1].matchAll(/'([A-Z][A-Z_]+)'/g)) codes.set(m[1], where);
  }
  return codes;
}

describe('the texts of the API’s error codes', () => {
  const codes = apiErrorCodes();

  it('finds the codes the API sends (domain errors, limits, the database outage)', () => {
    for (const code of ['NOT_FOUND', 'FORBIDDEN', 'EMAIL_TAKEN', 'QUERY_TOO_DEEP', 'DATABASE_UNAVAILABLE', 'CONFLICT'])
      expect(codes.has(code)).toBe(true);
    expect(codes.size).toBeGreaterThan(50);
  });

  it('has a French and an English text for every code', () => {
    const missing = [...codes]
      .filter(([code]) => {
        const key = isRuleCode(code) ? `rule.${code}` : `apiError.${code}`;
        return !(key in MESSAGES.fr) || !(key in MESSAGES.en);
      })
      .map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });

  it('never shows the server’s English message in the French interface, even for a code it does not know', () => {
    const english = 'Something went wrong on our side';
    const { unmount } = renderWithProviders(
      <ErrorMessage error={new GraphQLRequestError([{ message: english, extensions: { code: 'UNHEARD_OF' } }])} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur a refusé la demande (code UNHEARD_OF)');
    expect(screen.getByRole('alert')).not.toHaveTextContent(english);
    unmount();
    renderWithProviders(
      <ErrorMessage
        error={
          new GraphQLRequestError([{ message: 'Collectivity x was not found', extensions: { code: 'NOT_FOUND' } }])
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.fr['apiError.NOT_FOUND']);
    expect(screen.getByRole('alert')).not.toHaveTextContent('was not found');
  });
});
