import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../history/unit-of-work';
import { CollectivitiesService } from '../../collectivities/collectivities.service';
import { MinistryListsService, type MinistryList } from '../../elections/ministry-lists.service';
import type { Importer, ImportContext, ImportRow, RowPlan } from '../engine/importer';
import type { MinistryField } from '../ministry/ministry-columns';
import { CANDIDATURE_FIELDS, parseCandidatures } from '../ministry/ministry-candidates';
import { communesOf, effectOf, ministryFields, rawRows, rehearse, reportIssues } from './ministry-import';

/**
 * `npm run import:candidates -- FILE`: the Ministry's candidatures (one row per candidate, or per list): each list,
 * with its panel number, name, nuance and head of list, becomes the list of its commune with that panel number, or
 * the signing list it matches for certain, or a new list; an uncertain match goes to the review queue.
 */
@Injectable()
export class CandidatesImporter implements Importer<MinistryField> {
  readonly kind = 'candidates';
  readonly fields = ministryFields(CANDIDATURE_FIELDS);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly collectivities: CollectivitiesService,
    private readonly lists: MinistryListsService,
  ) {}

  async plan(rows: readonly ImportRow<MinistryField>[], context: ImportContext<MinistryField>): Promise<RowPlan[]> {
    const parsed = parseCandidatures(context.header, rawRows(rows));
    reportIssues(context, rows, parsed.issues);
    const lines = new Map<string, number[]>();
    for (const list of parsed.lists) lines.set(list.insee, [...(lines.get(list.insee) ?? []), list.line]);
    const communes = await communesOf(this.collectivities, context, rows, lines);
    const byLine = new Map(rows.map((r) => [r.line, r]));
    const groups: MinistryList[] = [];
    for (const list of parsed.lists) {
      const collectivity = communes.get(list.insee);
      if (!collectivity || context.hasError(byLine.get(list.line)!)) continue;
      groups.push({
        electionCode: context.options.election ?? 'MUNICIPALES_2026',
        collectivityId: collectivity.id,
        panel: list.panel,
        listName: list.listName,
        headLastName: list.headLastName,
        headFirstName: list.headFirstName,
        nuance: list.nuance,
        source: { file: context.fileName, line: list.line },
      });
    }
    const write = (list: MinistryList, actor: ImportContext['actor']) =>
      this.unitOfWork.run(actor, async (unit) => [await this.lists.applyList(unit, list)]);
    const rehearsed = await rehearse(context, groups, write, (list, error) =>
      context.problem(byLine.get(list.source.line)!, null, 'RULE_BROKEN', { value: error.message }),
    );
    const plans: RowPlan[] = [];
    for (const list of groups) {
      const [change] = rehearsed.get(list) ?? [];
      if (!change) continue;
      if (change === 'QUEUED') {
        context.problem(byLine.get(list.source.line)!, 'listName', 'REVIEW_QUEUED', {
          value: list.listName,
          severity: 'warning',
        });
      }
      plans.push({
        line: list.source.line,
        effect: effectOf(change),
        apply: change === 'UNCHANGED' ? undefined : async () => void (await write(list, context.actor)),
      });
    }
    return plans;
  }
}
