import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GUIDE = resolve(__dirname, '../../../docs/user-guide');

/**
 * The user guide (docs/user-guide, French) is written for elected officials, IT managers, associations and campaign
 * teams: no test or build command, no identifier of the code or the API (a backticked camelCase or CONSTANT_CASE
 * name), no link out of the guide into the developers' pages in English (docs/*.md, the README).
 */
function problems(file: string, text: string): string[] {
  const found: string[] = [];
  const flag = (what: string, pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) found.push(`${file}: ${what}: ${m[0]}`);
  };
  flag('a command', /\b(?:npx|jest|npm (?:run|test|start|ci))\b[^\n`]*/g);
  flag('an identifier of the code or the API', /`[^`\n]*\b(?:[a-z]+[A-Z]\w*|[A-Z][A-Z0-9]*_[A-Z0-9_]+)\b[^`\n]*`/g);
  // Out of the guide's folder (../, /…), or to a page of the guide's folder that is not one of its pages.
  flag('a link to a developer page', /\]\((?!https?:|images\/|(?:README|elu|dsi|association|campagne)\.md)[^)]*\)/g);
  return found;
}

describe('the user guide speaks to its readers', () => {
  const files = readdirSync(GUIDE).filter((name) => name.endsWith('.md'));

  it('reads every page of the guide', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'elu.md', 'dsi.md', 'association.md', 'campagne.md']));
  });

  it('flags a command, an identifier and a link into the developers’ docs', () => {
    const sample = [
      'Lancez `npx jest -c apps/web/jest.e2e.config.cjs`.',
      'Le champ `scoreAtClockStart` donne le score.',
      'Le code `EVIDENCE_FILE_TYPE` refuse le fichier.',
      'Voir [les droits](../permissions.md).',
    ].join('\n');
    expect(problems('sample.md', sample)).toHaveLength(4);
    expect(problems('sample.md', 'Voir le [guide du ou de la DSI](dsi.md#tenir-linventaire) et `/campagne`.')).toEqual(
      [],
    );
  });

  it('has no command, no identifier of the code and no link into the developers’ docs', () => {
    const found = files.flatMap((name) => problems(name, readFileSync(join(GUIDE, name), 'utf8')));
    expect(found).toEqual([]);
  });
});
