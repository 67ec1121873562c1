import { findAction } from '../catalogue/catalogue';
import { isEvidenceKind } from '../evidence-kind';
import { INVENTORY_FIGURES } from '../software/inventory';
import { TNL_DOMAINS } from '../tnl-domain';
import { describeAlternative, describeCondition } from './conditions';
import { TNL_CRITERIA, criterionActionCodes, findTnlCriterion } from './criteria';
import { TNL_MENTION_RULES } from './mentions';

describe('TNL_CRITERIA', () => {
  it('has unique ids prefixed by their domain, five per domain, grouped in domain order', () => {
    const ids = TNL_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = { STRATEGY_POOLING: 'SP', GOOD_PRACTICES: 'GP', FREE_SOFTWARE: 'FS' } as Record<string, string>;
    Object.assign(prefix, { COMMUNICATION_ECOSYSTEM: 'CE', DATA_MANAGEMENT: 'DM' });
    for (const criterion of TNL_CRITERIA) {
      expect(criterion.id).toMatch(new RegExp(`^${prefix[criterion.domain]}-[A-Z]+(-[A-Z]+)*$`));
    }
    for (const domain of TNL_DOMAINS) {
      expect(TNL_CRITERIA.filter((c) => c.domain === domain)).toHaveLength(5);
    }
    expect([...new Set(TNL_CRITERIA.map((c) => c.domain))]).toEqual([...TNL_DOMAINS]);
  });

  it('names only actions that feed the criterion domain in the catalogue', () => {
    for (const criterion of TNL_CRITERIA) {
      for (const code of criterionActionCodes(criterion)) {
        expect({
          criterion: criterion.id,
          code,
          feeds: findAction(code)?.tnlDomains.includes(criterion.domain),
        }).toEqual({ criterion: criterion.id, code, feeds: true });
      }
    }
  });

  it('asks for known evidence kinds, known inventory figures and something in every alternative', () => {
    for (const criterion of TNL_CRITERIA) {
      expect(criterion.anyOf.length).toBeGreaterThan(0);
      for (const alternative of criterion.anyOf) {
        expect(alternative.length).toBeGreaterThan(0);
        for (const condition of alternative) {
          if ('evidenceKinds' in condition) expect(condition.evidenceKinds.every(isEvidenceKind)).toBe(true);
          if (condition.kind === 'INVENTORY') expect(INVENTORY_FIGURES).toContain(condition.figure);
          if ('actionCodes' in condition) expect(condition.actionCodes.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('meets DATA_MANAGEMENT, which no pact action feeds, by evidence filed under the criterion or the inventory', () => {
    const kinds = TNL_CRITERIA.filter((c) => c.domain === 'DATA_MANAGEMENT').flatMap((c) =>
      c.anyOf.flat().map((condition) => condition.kind),
    );
    expect(new Set(kinds)).toEqual(new Set(['CRITERION_EVIDENCE', 'INVENTORY']));
  });

  it('gives every domain a criterion that no NOT_APPLICABLE status can remove', () => {
    for (const domain of TNL_DOMAINS) {
      const robust = TNL_CRITERIA.filter((c) => c.domain === domain).some((c) =>
        c.anyOf.flat().some((condition) => condition.kind !== 'ACTION_STATUS' && condition.kind !== 'ACTION_EVIDENCE'),
      );
      expect({ domain, robust }).toEqual({ domain, robust: true });
    }
  });

  it('counts an awarded label toward political backing and sharing experience only', () => {
    const withLabel = TNL_CRITERIA.filter((c) =>
      c.anyOf.flat().some((condition) => condition.kind === 'AWARDED_LABEL'),
    );
    expect(withLabel.map((c) => c.id)).toEqual(['SP-POLITICAL-BACKING', 'CE-SHARING']);
  });

  it('has titles and descriptions in French and English', () => {
    for (const criterion of TNL_CRITERIA) {
      expect(criterion.title.fr).not.toBe('');
      expect(criterion.title.en).not.toBe('');
      for (const alternative of criterion.anyOf) {
        const text = describeAlternative(alternative);
        expect(text.fr).not.toMatch(/\?|undefined/);
        expect(text.en).not.toMatch(/\?|undefined/);
      }
    }
  });

  it('describes conditions in words', () => {
    const servers = findTnlCriterion('FS-SERVERS');
    expect(servers?.anyOf.map(describeAlternative)).toEqual([
      {
        fr: 'Part des serveurs sous GNU/Linux (inventaire) : au moins 50 %',
        en: 'Share of servers on GNU/Linux (inventory): at least 50 %',
      },
      {
        fr: 'L’action 1.7 « Serveurs sous GNU/Linux » au moins « réalisée »',
        en: 'Action 1.7 "Servers on GNU/Linux" at least "done"',
      },
    ]);
    const workstations = findTnlCriterion('FS-WORKSTATIONS');
    expect(describeAlternative(workstations?.anyOf[1] ?? []).en).toBe(
      'Action 1.8 "Workstations on GNU/Linux" at least "in progress" and Evidence of kind "Running service" linked to action 1.8 "Workstations on GNU/Linux"',
    );
    expect(describeCondition({ kind: 'CRITERION_EVIDENCE', evidenceKinds: ['DOCUMENT', 'RUNNING_SERVICE'] })).toEqual({
      fr: 'Une preuve « Document » ou « Service en fonctionnement » rattachée à ce critère',
      en: 'Evidence of kind "Document" or "Running service" filed under this criterion',
    });
    expect(describeCondition({ kind: 'ACTION_STATUS', actionCodes: ['3.3', '3.4'], minStatus: 'IN_PROGRESS' }).fr).toBe(
      'L’une des actions 3.3 « Cofinancer des projets libres », 3.4 « Mutualiser le développement » au moins « en cours »',
    );
  });

  it('is frozen', () => {
    expect(() => {
      (TNL_CRITERIA[0].anyOf as unknown[]).push([]);
    }).toThrow(TypeError);
  });
});

describe('TNL_MENTION_RULES', () => {
  it('names existing criteria and covers the four mentions', () => {
    expect(TNL_MENTION_RULES.map((r) => r.mention)).toEqual([
      'BEST_FIRST_APPLICATION',
      'MUTUALISATION',
      'PROMOTION_AWARENESS',
      'DIGITAL_SOBRIETY',
    ]);
    for (const rule of TNL_MENTION_RULES) {
      expect(rule.criterionIds.every((id) => findTnlCriterion(id) !== undefined)).toBe(true);
      expect(rule.minMet).toBeLessThanOrEqual(rule.criterionIds.length);
    }
  });
});
