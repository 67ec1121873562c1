import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { importProblemOfRule, signingFormSchema, validate, type SignatureScope } from '@pacte/pact';
import { foldForSearch } from '../../../common/text/normalize';
import { CollectivitiesService, type CollectivityRecord } from '../../collectivities/collectivities.service';
import { ElectionsService } from '../../elections/elections.service';
import { ERASED } from '../../elections/personal-data.port';
import { readDate, readInseeCode, readInteger, readList, readPostcode } from '../engine/cells';
import type { FieldSpec } from '../engine/headers';
import type { ImportContext, Importer, ImportRow, RowPlan } from '../engine/importer';

const FIELDS = [
  { field: 'externalId', headers: ['Identifiant', 'Id', 'Référence', 'Réf', 'External id', 'Numéro de formulaire'] },
  { field: 'scope', headers: ['Type', 'Type de signature', 'Engagement', 'Scope'], required: true },
  { field: 'listName', headers: ['Liste', 'Nom de la liste', 'List'], required: true },
  { field: 'positionOnList', headers: ['Position', 'Position sur la liste', 'Rang', 'Position on list'] },
  { field: 'parties', headers: ['Parti(s)', 'Partis', 'Parti', 'Parties', 'Party'] },
  { field: 'website', headers: ['Site', 'Site web', 'Site internet', 'Website'] },
  { field: 'commune', headers: ['Commune', 'Ville', 'Municipality'], required: true },
  { field: 'postcode', headers: ['Code postal', 'CP', 'Postcode'] },
  { field: 'inseeCode', headers: ['Code INSEE', 'INSEE', 'Code commune', 'Code de la commune'] },
  { field: 'lastName', headers: ['Nom', 'Nom de famille', 'Last name'], required: true },
  { field: 'firstName', headers: ['Prénom', 'First name'], required: true },
  { field: 'phone', headers: ['Téléphone', 'Tél', 'Tel', 'Phone', 'Portable'], private: true },
  { field: 'email', headers: ['Courriel', 'E-mail', 'Email', 'Mail', 'Adresse électronique'], private: true },
  { field: 'signedPlace', headers: ['Fait à', 'Lieu de signature', 'Signed at'] },
  { field: 'signedOn', headers: ['Le', 'Date', 'Date de signature', 'Signé le', 'Signed on'], required: true },
] as const satisfies readonly FieldSpec[];

type Field = (typeof FIELDS)[number]['field'];
type Row = ImportRow<Field>;
/** What `ElectionsService.addSignatory` takes: the signing form. */
type AddSignatoryInput = Parameters<ElectionsService['addSignatory']>[1];

/** The signing forms are for the reference election (the campaign of 2026). */
const ELECTION_CODE = 'MUNICIPALES_2026';

/** "ma liste s'engage" / "je m'engage", as people write the kind of signature. */
export function readScope(text: string): SignatureScope | null {
  const folded = foldForSearch(text);
  if (/^(list|liste|ma liste s engage|collective?)$/.test(folded)) return 'LIST';
  if (/^(personal|personnel|personnelle|individuel|individuelle|je m engage|personne)$/.test(folded)) {
    return 'PERSONAL';
  }
  return null;
}

/** A stable identity for a signature without an id column: the person, the commune and the list, folded. */
export function signatureHash(lastName: string, firstName: string, inseeCode: string, listName: string): string {
  const key = [lastName, firstName, inseeCode, listName].map(foldForSearch).join('|');
  return `h:${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

const describe = (c: CollectivityRecord) =>
  `${c.name} (${c.code}${c.postcodes.length ? `, ${c.postcodes.join('/')}` : ''})`;

/** A list of the file: an existing one (id) or one the first of its rows creates. */
interface ListSlot {
  id: string | null;
  collectivityId: string;
  name: string;
  headOfList: string | null;
  parties: string[];
  website: string | null;
}

/**
 * `npm run import:signatures`: one row per signing form. The commune is the INSEE code's when there is one, else the
 * commune of that name (folded) whose postcodes include the row's; a list is found by its name (folded) in the
 * commune, or created by its first row. A signatory is recognised on re-import by the file's id column, else by a
 * hash of name, first name, commune and list: a same row is left alone, a corrected one updated.
 */
@Injectable()
export class SignaturesImporter implements Importer<Field> {
  readonly kind = 'signatures';
  readonly fields = FIELDS;

  constructor(
    private readonly collectivities: CollectivitiesService,
    private readonly elections: ElectionsService,
  ) {}

  async plan(rows: readonly Row[], context: ImportContext<Field>): Promise<RowPlan[]> {
    const { manager, actor } = context;
    const election = await this.elections.getElection(ELECTION_CODE, manager);
    const communes = await this.collectivities.communesByCodesOrNames(
      [...new Set(rows.map((r) => readInseeCode(r.get('inseeCode'))).filter(Boolean))],
      [...new Set(rows.map((r) => foldForSearch(r.get('commune'))).filter(Boolean))],
      manager,
    );
    const byCode = new Map(communes.map((c) => [c.code, c]));
    const byName = new Map<string, CollectivityRecord[]>();
    for (const c of communes) byName.set(c.searchName, [...(byName.get(c.searchName) ?? []), c]);

    // Each row: its commune, its checked form (without the list's id yet), its identity.
    interface Checked {
      row: Row;
      commune: CollectivityRecord;
      form: Omit<AddSignatoryInput, 'candidateListId'>;
      listName: string;
      identity: string;
    }
    const checked: Checked[] = [];
    for (const row of rows) {
      const commune = this.matchCommune(row, context, byCode, byName);
      const scope = readScope(row.get('scope'));
      if (!scope) context.problem(row, 'scope', row.get('scope') ? 'INVALID_SCOPE' : 'REQUIRED');
      const signedOn = row.get('signedOn') ? readDate(row.get('signedOn')) : null;
      if (row.get('signedOn') && !signedOn) context.problem(row, 'signedOn', 'INVALID_DATE');
      const position = row.get('positionOnList') ? readInteger(row.get('positionOnList')) : null;
      if (row.get('positionOnList') && position === null) context.problem(row, 'positionOnList', 'INVALID_NUMBER');
      const listName = row.get('listName');
      const form = {
        scope: scope ?? 'PERSONAL',
        positionOnList: position,
        parties: readList(row.get('parties')),
        website: row.get('website') || null,
        commune: row.get('commune'),
        postcode: row.get('postcode') ? readPostcode(row.get('postcode')) : null,
        lastName: row.get('lastName'),
        firstName: row.get('firstName'),
        phone: row.get('phone') || null,
        email: row.get('email') || null,
        signedPlace: row.get('signedPlace') || null,
        signedOn: signedOn ?? (row.get('signedOn') ? '2000-01-01' : ''),
      };
      // The same rule as the desk's form and addSignatory (a placeholder list id: the list is resolved below).
      const result = validate(signingFormSchema, { ...form, candidateListId: '00000000-0000-4000-8000-000000000000' });
      if (!result.ok) {
        for (const issue of result.issues) {
          const field = issue.path.split('.')[0] as Field;
          if (field === 'signedOn' && row.get('signedOn') && !signedOn) continue;
          context.problem(row, FIELDS.some((f) => f.field === field) ? field : null, importProblemOfRule(issue.code));
        }
      }
      if (!listName) context.problem(row, 'listName', 'REQUIRED');
      if (row.get('externalId').length > 100) context.problem(row, 'externalId', 'TOO_LONG');
      if (!commune || context.hasError(row)) continue;
      // A file's own id and the hash live apart (`f:` / `h:`), so that no id of a file can pass for a hash.
      const identity = row.get('externalId')
        ? `f:${row.get('externalId')}`
        : signatureHash(form.lastName, form.firstName, commune.code, listName);
      checked.push({ row, commune, form, listName, identity });
    }

    // Duplicates inside the file.
    const firstLine = new Map<string, number>();
    for (const c of checked) {
      const seen = firstLine.get(c.identity);
      if (seen !== undefined) context.problem(c.row, null, 'DUPLICATE_ROW', { value: String(seen) });
      else firstLine.set(c.identity, c.row.line);
    }

    const good = checked.filter((c) => !context.hasError(c.row));
    const existing = new Map(
      (await this.elections.signatoriesByExternalIds([...new Set(good.map((c) => c.identity))], manager)).map((s) => [
        s.externalId!,
        s,
      ]),
    );
    const lists = new Map<string, ListSlot>();
    for (const list of await this.elections.listsIn(
      [...new Set(good.map((c) => c.commune.id))],
      election.id,
      manager,
    )) {
      const key = `${list.collectivityId}|${foldForSearch(list.name)}`;
      if (!lists.has(key)) lists.set(key, { ...list });
    }

    const plans: RowPlan[] = [];
    for (const c of good) {
      const key = `${c.commune.id}|${foldForSearch(c.listName)}`;
      let slot = lists.get(key);
      if (!slot) {
        slot = {
          id: null,
          collectivityId: c.commune.id,
          name: c.listName,
          headOfList: c.form.scope === 'LIST' ? `${c.form.firstName} ${c.form.lastName}` : null,
          parties: c.form.parties ?? [],
          website: c.form.website ?? null,
        };
        lists.set(key, slot);
      }
      const list = slot;
      const listId = async () => {
        if (!list.id) {
          const created = await this.elections.createList(actor, {
            electionCode: ELECTION_CODE,
            collectivityId: list.collectivityId,
            name: list.name,
            headOfList: list.headOfList,
            parties: list.parties,
            website: list.website,
          });
          list.id = created.id;
        }
        return list.id;
      };
      const before = existing.get(c.identity);
      if (!before) {
        plans.push({
          line: c.row.line,
          effect: 'create',
          apply: async () => {
            await this.elections.addSignatory(actor, { ...c.form, candidateListId: await listId() }, c.identity);
          },
        });
        continue;
      }
      if (before.lastName === ERASED) {
        // Erased at the person's request (npm run personal-data): a re-import must not bring the data back.
        context.problem(c.row, null, 'ERASED_SIGNATORY', { value: null, severity: 'warning' });
        plans.push({ line: c.row.line, effect: 'unchanged' });
        continue;
      }
      const input: AddSignatoryInput = { ...c.form, candidateListId: list.id ?? '' };
      const same =
        list.id === before.candidateListId &&
        before.scope === input.scope &&
        before.positionOnList === (input.positionOnList ?? null) &&
        before.parties.join('|') === (input.parties ?? []).map((p) => p.trim()).join('|') &&
        before.website === (input.website ?? null) &&
        before.commune === input.commune.trim() &&
        before.postcode === (input.postcode ?? null) &&
        before.lastName === input.lastName.trim() &&
        before.firstName === input.firstName.trim() &&
        before.phone === (input.phone?.trim() || null) &&
        before.email === (input.email?.trim().toLowerCase() || null) &&
        before.signedPlace === (input.signedPlace?.trim() || null) &&
        before.signedOn === input.signedOn;
      plans.push(
        same
          ? { line: c.row.line, effect: 'unchanged' }
          : {
              line: c.row.line,
              effect: 'update',
              apply: async () => {
                await this.elections.updateSigningForm(actor, before.id, { ...input, candidateListId: await listId() });
              },
            },
      );
    }
    return plans;
  }

  /** The row's commune, or null after reporting why there is none. */
  private matchCommune(
    row: Row,
    context: ImportContext<Field>,
    byCode: Map<string, CollectivityRecord>,
    byName: Map<string, CollectivityRecord[]>,
  ): CollectivityRecord | null {
    const code = readInseeCode(row.get('inseeCode'));
    const name = foldForSearch(row.get('commune'));
    const postcode = row.get('postcode') ? readPostcode(row.get('postcode')) : null;
    let commune: CollectivityRecord;
    if (code) {
      const coded = byCode.get(code);
      if (!coded) {
        context.problem(row, 'inseeCode', 'UNKNOWN_COMMUNE');
        return null;
      }
      commune = coded;
    } else if (name) {
      const named = byName.get(name) ?? [];
      const candidates = postcode ? named.filter((c) => c.postcodes.includes(postcode)) : named;
      if (candidates.length === 1) commune = candidates[0];
      else if (candidates.length > 1) {
        context.problem(row, 'commune', 'AMBIGUOUS_COMMUNE', { candidates: candidates.map(describe).join(', ') });
        return null;
      } else {
        context.problem(row, 'commune', named.length > 0 ? 'POSTCODE_MISMATCH' : 'UNKNOWN_COMMUNE', {
          value: [row.get('commune'), postcode].filter(Boolean).join(' '),
          candidates: named.map(describe).join(', ') || null,
        });
        return null;
      }
    } else return null; // the empty commune is reported by the form's rule (REQUIRED)
    if (!context.mayImportInto(commune)) {
      context.problem(row, 'commune', 'NOT_ALLOWED');
      return null;
    }
    return commune;
  }
}
