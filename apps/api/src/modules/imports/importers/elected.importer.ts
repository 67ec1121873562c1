import { Injectable } from '@nestjs/common';
import type { CollectivityKind } from '@pacte/pact';
import { UnitOfWork } from '../../history/unit-of-work';
import { CollectivitiesService } from '../../collectivities/collectivities.service';
import { MinistryListsService, type RegisterEntry } from '../../elections/ministry-lists.service';
import type { Importer, ImportContext, ImportRow, RowPlan } from '../engine/importer';
import type { MinistryField } from '../ministry/ministry-columns';
import { parseRegister, REGISTER_FIELDS } from '../ministry/elected-register';
import { communesOf, effectOf, ministryFields, rawRows, rehearse, reportIssues } from './ministry-import';

/**
 * `npm run import:elected -- FILE`: an extract of the register of elected officials (RNE), conseillers municipaux or
 * conseillers communautaires: confirms which signatories (same commune, same name without accents, case or hyphens)
 * were elected, and which sit on their EPCI's council. An official who signed nothing is left alone.
 */
/** The kinds of EPCI (the councils of the conseillers communautaires). */
const EPCI_KINDS: CollectivityKind[] = [
  'COMMUNAUTE_DE_COMMUNES',
  'COMMUNAUTE_D_AGGLOMERATION',
  'COMMUNAUTE_URBAINE',
  'METROPOLE',
];

@Injectable()
export class ElectedImporter implements Importer<MinistryField> {
  readonly kind = 'elected';
  readonly fields = ministryFields(REGISTER_FIELDS);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly collectivities: CollectivitiesService,
    private readonly lists: MinistryListsService,
  ) {}

  async plan(rows: readonly ImportRow<MinistryField>[], context: ImportContext<MinistryField>): Promise<RowPlan[]> {
    const parsed = parseRegister(context.header, rawRows(rows));
    reportIssues(context, rows, parsed.issues);
    const lines = new Map<string, number[]>();
    for (const o of parsed.officials) lines.set(o.insee, [...(lines.get(o.insee) ?? []), o.line]);
    const communes = await communesOf(this.collectivities, context, rows, lines);
    const sirens = [...new Set(parsed.officials.map((o) => o.epciSiren).filter((s): s is string => s !== null))];
    const epcis = await this.collectivities.findByCodes(sirens, EPCI_KINDS, context.manager);
    const byLine = new Map(rows.map((r) => [r.line, r]));
    const entries: { line: number; entry: RegisterEntry }[] = [];
    for (const official of parsed.officials) {
      const row = byLine.get(official.line)!;
      const commune = communes.get(official.insee);
      const epci = official.epciSiren === null ? null : epcis.get(official.epciSiren);
      if (epci === undefined) context.problem(row, 'epciSiren', 'UNKNOWN_COLLECTIVITY', { value: official.epciSiren });
      if (!commune || epci === undefined || context.hasError(row)) continue;
      entries.push({
        line: official.line,
        entry: {
          electionCode: context.options.election ?? 'MUNICIPALES_2026',
          collectivityId: commune.id,
          lastName: official.lastName,
          firstName: official.firstName,
          epciId: epci?.id ?? null,
        },
      });
    }
    const write = (e: (typeof entries)[number], actor: ImportContext['actor']) =>
      this.unitOfWork.run(actor, async (unit) => [await this.lists.recordElected(unit, e.entry)]);
    const rehearsed = await rehearse(context, entries, write, (e, error) =>
      context.problem(byLine.get(e.line)!, null, 'RULE_BROKEN', { value: error.message }),
    );
    return entries.flatMap((e) => {
      const [change] = rehearsed.get(e) ?? [];
      if (!change) return [];
      return [
        {
          line: e.line,
          effect: effectOf(change),
          apply: change === 'UPDATED' ? async () => void (await write(e, context.actor)) : undefined,
        },
      ];
    });
  }
}
