import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../history/unit-of-work';
import { CollectivitiesService } from '../../collectivities/collectivities.service';
import { MinistryListsService, type MinistryList } from '../../elections/ministry-lists.service';
import type { Importer, ImportContext, ImportRow, RowPlan } from '../engine/importer';
import type { MinistryField } from '../ministry/ministry-columns';
import { outcomesOf, parseResults, RESULT_FIELDS, type CommuneResults } from '../ministry/ministry-results';
import { isIssue } from '../ministry/ministry-rows';
import { communesOf, effectOf, ministryFields, rawRows, rehearse, reportIssues } from './ministry-import';

/**
 * `npm run import:results -- FILE --round 1|2`: the Ministry's results per commune, wide (a block per list on the
 * commune's row) or long (a row per list). Each list is matched to the lists of its commune (panel number, or the
 * signing list with the same head of list and name; an uncertain match goes to the review queue) and its votes,
 * seats, community seats and outcome recorded; a signing list that wins commits its commune, one that loses the
 * majority it had withdraws the commitment (MinistryListsService, through ListEvents).
 */
@Injectable()
export class ResultsImporter implements Importer<MinistryField> {
  readonly kind = 'results';
  readonly fields = ministryFields(RESULT_FIELDS);
  readonly repeatedBlocks = true;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly collectivities: CollectivitiesService,
    private readonly lists: MinistryListsService,
  ) {}

  async plan(rows: readonly ImportRow<MinistryField>[], context: ImportContext<MinistryField>): Promise<RowPlan[]> {
    const parsed = parseResults(context.header, rawRows(rows));
    reportIssues(context, rows, parsed.issues);
    const lines = new Map<string, number[]>();
    for (const c of parsed.communes) lines.set(c.insee, [...new Set(c.lists.map((l) => l.line))]);
    const communes = await communesOf(this.collectivities, context, rows, lines);
    const round = context.options.round === '2' ? 2 : 1;
    const byLine = new Map(rows.map((r) => [r.line, r]));
    const groups: { commune: CommuneResults; lists: MinistryList[] }[] = [];
    for (const commune of parsed.communes) {
      const collectivity = communes.get(commune.insee);
      if (!collectivity || commune.lists.some((l) => context.hasError(byLine.get(l.line)!))) continue;
      for (const list of commune.lists) {
        if ((list.sectorSeats ?? 0) > 0) {
          context.problem(byLine.get(list.line)!, 'sectorSeats', 'SECTOR_SEATS_NOT_RECORDED', {
            value: String(list.sectorSeats),
            severity: 'warning',
          });
        }
      }
      const outcomes = outcomesOf(commune);
      if (isIssue(outcomes)) {
        reportIssues(context, rows, [outcomes]);
        continue;
      }
      groups.push({
        commune,
        lists: commune.lists.map((list, i) => ({
          electionCode: context.options.election ?? 'MUNICIPALES_2026',
          collectivityId: collectivity.id,
          panel: list.panel,
          listName: list.listName,
          headLastName: list.headLastName,
          headFirstName: list.headFirstName,
          nuance: list.nuance,
          source: { file: context.fileName, line: list.line },
          result: {
            round,
            votes: list.votes,
            seats: list.seats,
            communitySeats: list.communitySeats,
            outcome: outcomes?.[i] ?? null,
          },
        })),
      });
    }
    const write = (group: (typeof groups)[number], actor: ImportContext['actor']) =>
      this.unitOfWork.run(actor, (unit) => this.lists.applyCommune(unit, group.lists));
    const rehearsed = await rehearse(context, groups, write, (group, error) =>
      context.problem(byLine.get(group.commune.line)!, null, 'RULE_BROKEN', { value: error.message }),
    );
    const plans: RowPlan[] = [];
    for (const group of groups) {
      const changes = rehearsed.get(group);
      if (!changes) continue;
      changes.forEach((change, i) => {
        const line = group.lists[i].source.line;
        if (change === 'QUEUED') {
          context.problem(byLine.get(line)!, 'listName', 'REVIEW_QUEUED', { severity: 'warning' });
        }
        // The commune's lists are written together, once, by the plan of its first list.
        const first = i === 0 && changes.some((c) => c !== 'UNCHANGED');
        plans.push({
          line,
          effect: effectOf(change),
          apply: first ? async () => void (await write(group, context.actor)) : undefined,
        });
      });
    }
    return plans;
  }
}
