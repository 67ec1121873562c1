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
 * were elected, and which sit on their EPCI's council. An official who signed nothing is left alone. A file of
 * conseillers municipaux is each of its communes' whole council: the commune's other signatories, whose outcome was
 * unknown, were not elected.
 */
/** The kinds of EPCI (the councils of the conseillers communautaires). */
const EPCI_KINDS: CollectivityKind[] = [
  'COMMUNAUTE_DE_COMMUNES',
  'COMMUNAUTE_D_AGGLOMERATION',
  'COMMUNAUTE_URBAINE',
  'METROPOLE',
];

/** A commune's municipal council as the register names it, and the file's first line for it. */
interface Council {
  line: number;
  council: { electionCode: string; collectivityId: string; names: string[] };
}

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
    const councils = parsed.kind === 'MUNICIPAL' ? this.councilsOf(entries) : [];
    const writeCouncil = (c: Council, actor: ImportContext['actor']) =>
      this.unitOfWork.run(actor, async (unit) => [await this.lists.recordNotElected(unit, c.council)]);
    const rehearsedCouncils = await rehearse(context, councils, writeCouncil, (c, error) =>
      context.problem(byLine.get(c.line)!, null, 'RULE_BROKEN', { value: error.message }),
    );
    // A council's "not elected" is reported on its first line of the file.
    const councilAt = new Map(councils.map((c) => [c.line, c]));
    return entries.flatMap((e) => {
      const [change] = rehearsed.get(e) ?? [];
      if (!change) return [];
      const council = councilAt.get(e.line);
      const councilChanged = council !== undefined && rehearsedCouncils.get(council)?.[0] === 'UPDATED';
      const effect = councilChanged ? 'update' : effectOf(change);
      return [
        {
          line: e.line,
          effect,
          apply:
            effect === 'unchanged'
              ? undefined
              : async () => {
                  if (change === 'UPDATED') await write(e, context.actor);
                  if (councilChanged) await writeCouncil(council, context.actor);
                },
        },
      ];
    });
  }

  /**
   * The municipal councils the file covers: a file of conseillers municipaux names every member of each commune's
   * council it has a row for, so the commune's other signatories were not elected (`recordNotElected`). A file of
   * conseillers communautaires names only those who sit on an EPCI: it says nothing of the others.
   */
  private councilsOf(entries: readonly { line: number; entry: RegisterEntry }[]): Council[] {
    const byCommune = new Map<string, Council>();
    for (const { line, entry } of entries) {
      const name = `${entry.firstName} ${entry.lastName}`;
      const council = byCommune.get(entry.collectivityId);
      if (council) council.council.names.push(name);
      else {
        byCommune.set(entry.collectivityId, {
          line,
          council: { electionCode: entry.electionCode, collectivityId: entry.collectivityId, names: [name] },
        });
      }
    }
    return [...byCommune.values()];
  }
}
