import { Injectable } from '@nestjs/common';
import {
  importProblemOfRule,
  isActionCode,
  getDataset,
  PROGRESS_STATUSES,
  progressUpdateSchema,
  validate,
  type ProgressStatus,
} from '@pacte/pact';
import { CollectivitiesService } from '../../collectivities/collectivities.service';
import { CommitmentsAccess } from '../../commitments/commitments.access';
import { CommitmentsService } from '../../commitments/commitments.service';
import { ProgressService } from '../../progress/progress.service';
import { readDate, readInteger } from '../engine/cells';
import type { FieldSpec } from '../engine/headers';
import type { ImportContext, Importer, ImportRow, RowPlan } from '../engine/importer';

/**
 * The columns of the progress export (libs/pact's PROGRESS dataset, GET /exports/progress.csv), by their names there:
 * the file an editor gets back from a spreadsheet. Only the editable ones are required besides the key.
 */
const EDITABLE = ['status', 'progress_override', 'target_date', 'owner', 'justification'] as const;
const KEY = ['collectivity_code', 'collectivity_kind', 'edition', 'action_code'] as const;
const FIELDS: readonly FieldSpec[] = getDataset('progress').columns.map((column) => ({
  field: column.name,
  headers: [],
  required: (KEY as readonly string[]).includes(column.name) || column.name === 'status',
}));

type Row = ImportRow;

/** The stored row's values as the file writes them, to compare with the file's. */
interface Values {
  status: ProgressStatus;
  progressOverride: number | null;
  targetDate: string | null;
  owner: string | null;
  justification: string | null;
}

const same = (a: Values, b: Values) =>
  a.status === b.status &&
  a.progressOverride === b.progressOverride &&
  a.targetDate === b.targetDate &&
  a.owner === b.owner &&
  a.justification === b.justification;

/**
 * `npm run import:progress`: the CSV of the progress export, edited in a spreadsheet. A row is found by its
 * collectivity (code and kind), edition and action; the columns that change it are status, progress_override,
 * target_date, owner and justification (the others are the export's facts and are not read: `progress` follows the
 * status and the override). Only rows that differ from what is stored are written, by `ProgressService.updateProgress`
 * with the version read, so each gets the same checks and history event as an edit in the dashboard. A row whose
 * `updated_at` differs from the stored one changed since the export: refused rather than overwritten.
 */
@Injectable()
export class ProgressImporter implements Importer {
  readonly kind = 'progress';
  readonly fields = FIELDS;

  constructor(
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly access: CommitmentsAccess,
  ) {}

  async plan(rows: readonly Row[], context: ImportContext): Promise<RowPlan[]> {
    const { manager, actor } = context;
    const keys = new Map<string, { code: string; kind: string }>();
    for (const row of rows) {
      const code = row.get('collectivity_code').toUpperCase();
      const kind = row.get('collectivity_kind').toUpperCase();
      keys.set(`${kind}|${code}`, { code, kind });
    }
    const collectivities = await this.collectivities.findByCodesAndKinds([...keys.values()], manager);
    const collectivityByKey = new Map(collectivities.map((c) => [`${c.kind}|${c.code}`, c]));
    const commitments = await this.commitments.findByCollectivityIds(
      collectivities.map((c) => c.id),
      manager,
    );
    const commitmentByKey = new Map(commitments.map((c) => [`${c.collectivityId}|${c.edition}`, c]));
    const stored = await this.progress.rowsOfCommitments(
      commitments.map((c) => c.id),
      manager,
    );
    const storedByKey = new Map(stored.map((r) => [`${r.commitmentId}|${r.actionCode}`, r]));

    const plans: RowPlan[] = [];
    const firstLine = new Map<string, number>();
    for (const row of rows) {
      for (const field of KEY) if (!row.get(field)) context.problem(row, field, 'REQUIRED');
      if (context.hasError(row)) continue;
      const collectivity = collectivityByKey.get(
        `${row.get('collectivity_kind').toUpperCase()}|${row.get('collectivity_code').toUpperCase()}`,
      );
      if (!collectivity) {
        context.problem(row, 'collectivity_code', 'UNKNOWN_COLLECTIVITY');
        continue;
      }
      const edition = row.get('edition');
      const commitment = commitmentByKey.get(`${collectivity.id}|${edition}`);
      if (!commitment) {
        context.problem(row, 'edition', 'NOT_COMMITTED');
        continue;
      }
      const actionCode = row.get('action_code');
      if (!isActionCode(actionCode, commitment.edition)) {
        context.problem(row, 'action_code', 'UNKNOWN_ACTION');
        continue;
      }
      const key = `${commitment.id}|${actionCode}`;
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        context.problem(row, null, 'DUPLICATE_ROW', { value: String(seen) });
        continue;
      }
      firstLine.set(key, row.line);
      const values = this.read(row, context);
      if (!values) continue;
      const current = storedByKey.get(key);
      const before: Values = {
        status: current?.status ?? 'NOT_STARTED',
        progressOverride: current?.progressOverride ?? null,
        targetDate: current?.targetDate ?? null,
        owner: current?.owner ?? null,
        justification: current?.justification ?? null,
      };
      if (same(before, values)) {
        plans.push({ line: row.line, effect: 'unchanged' });
        continue;
      }
      if (row.has('updated_at') && !this.sameInstant(row.get('updated_at'), current?.updatedAt ?? null)) {
        context.problem(row, 'updated_at', 'CHANGED_SINCE_EXPORT', {
          expected: current?.updatedAt?.toISOString() ?? '',
        });
        continue;
      }
      try {
        this.access.assertCanEdit(actor, collectivity.id, 'progress.update', 'Commitment', commitment.id);
      } catch {
        context.problem(row, 'collectivity_code', 'PROGRESS_UPDATE_NOT_ALLOWED');
        continue;
      }
      const input = {
        commitmentId: commitment.id,
        actionCode,
        status: values.status,
        progress: values.progressOverride,
        targetDate: values.targetDate,
        owner: values.owner,
        justification: values.justification,
        expectedVersion: current?.version ?? null,
      };
      const checked = validate(progressUpdateSchema, input);
      if (!checked.ok) {
        for (const issue of checked.issues) {
          const field = { progress: 'progress_override', targetDate: 'target_date' }[issue.path] ?? issue.path;
          context.problem(row, EDITABLE.some((f) => f === field) ? field : null, importProblemOfRule(issue.code));
        }
        continue;
      }
      plans.push({
        line: row.line,
        effect: current ? 'update' : 'create',
        apply: async () => {
          await this.progress.updateProgress(actor, input);
        },
      });
    }
    return plans;
  }

  /** The editable cells, or null after reporting what is wrong with them. */
  private read(row: Row, context: ImportContext): Values | null {
    const status = row.get('status').toUpperCase();
    if (!(PROGRESS_STATUSES as readonly string[]).includes(status)) {
      context.problem(row, 'status', row.get('status') ? 'UNKNOWN_STATUS' : 'REQUIRED', {
        expected: PROGRESS_STATUSES.join(', '),
      });
    }
    const overrideText = row.get('progress_override');
    const progressOverride = overrideText ? readInteger(overrideText) : null;
    if (overrideText && progressOverride === null) context.problem(row, 'progress_override', 'INVALID_NUMBER');
    const dateText = row.get('target_date');
    const targetDate = dateText ? readDate(dateText) : null;
    if (dateText && !targetDate) context.problem(row, 'target_date', 'INVALID_DATE');
    if (context.hasError(row)) return null;
    return {
      status: status as ProgressStatus,
      progressOverride,
      targetDate,
      owner: row.get('owner') || null,
      justification: row.get('justification') || null,
    };
  }

  /**
   * The file's `updated_at` names the stored instant: to the millisecond, as the export writes it, so that a change
   * made in the same second as the exported one is still seen; to the second only when a spreadsheet dropped the
   * milliseconds (then a change within that second cannot be told apart).
   */
  private sameInstant(text: string, stored: Date | null): boolean {
    if (!text) return stored === null;
    if (stored === null) return false;
    const value = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
    if (!Number.isFinite(value)) return false;
    if (/[.,]\d+/.test(text)) return value === stored.getTime();
    return Math.floor(value / 1000) === Math.floor(stored.getTime() / 1000);
  }
}
