import { ASSESSMENT_VERDICT_LABELS } from '../assessment';
import { ofName } from '../french/elision';
import { frenchTypography } from '../french/typography';
import { findAction } from '../catalogue/catalogue';
import { EVIDENCE_KIND_LABELS } from '../evidence-kind';
import type { LocalizedText } from '../i18n';
import { MIGRATION_STAGE_LABELS } from '../migration-stage';
import { PROGRESS_STATUS_LABELS } from '../progress-status';
import { SECTION_SELF_STATUS_LABELS } from '../section-assessment';
import { FLEET_AUDIENCE_LABELS, FLEET_COUNTS, FLEET_COUNT_LABELS } from '../software/fleet';
import { HistoryEvent, StoredHistoryRow, tryReadHistoryEvent } from './catalogue';

/**
 * The public history as people read it: one sentence, in French and in English, about the thing that changed, made
 * from the typed event (never an entity name, a field name or an empty name). The dashboard's timeline shows it.
 */
export function historySentence(row: StoredHistoryRow): LocalizedText {
  const event = tryReadHistoryEvent(row);
  const text = event ? sentenceOf(event) : both('Modification enregistrée.', 'A change was recorded.');
  // Parts shared by both languages are written the French way (" : "); English has no space before the colon.
  return { fr: frenchTypography(text.fr), en: text.en.replace(/ ([:;!?])/g, '$1') };
}

const both = (fr: string, en: string): LocalizedText => ({ fr, en });
/** A label inside a sentence: "En cours" → "en cours". */
const lower = (label: LocalizedText): LocalizedText => ({
  fr: label.fr.charAt(0).toLowerCase() + label.fr.slice(1),
  en: label.en.charAt(0).toLowerCase() + label.en.slice(1),
});

const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (`2026-12-01`) as "1er déc. 2026" / "Dec 1, 2026"; the text as it is when it is not one. */
export function historyDate(iso: string): LocalizedText {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return both(iso, iso);
  const [, year, month, day] = match;
  const d = Number(day);
  const m = Number(month) - 1;
  return both(`${d === 1 ? '1er' : d} ${FR_MONTHS[m]} ${year}`, `${EN_MONTHS[m]} ${d}, ${year}`);
}

/** "1.2 « Titre »" / "1.2 “Title”", or the bare code when the catalogue does not know it. */
function actionName(code: string): LocalizedText {
  const action = findAction(code);
  return action ? both(`${code} « ${action.title.fr} »`, `${code} “${action.title.en}”`) : both(code, code);
}

const quoted = (text: string) => both(`« ${text} »`, `“${text}”`);
const percent = (value: number | null) =>
  value === null ? both('sans pourcentage', 'no percentage') : both(`${value} %`, `${value}%`);

const OUTCOME_LABELS: Record<string, LocalizedText> = {
  MAJORITY: both('élue, majorité', 'elected, majority'),
  OPPOSITION: both('élue, opposition', 'elected, opposition'),
  NOT_ELECTED: both('non élue', 'not elected'),
  PENDING: both('résultat en attente', 'result pending'),
};

const ROLE_LABELS: Record<string, LocalizedText> = {
  ELECTED_OFFICIAL: both('élu·e', 'elected official'),
  IT_MANAGER: both('DSI', 'IT manager'),
  CONTRIBUTOR: both('contributeur·rice', 'contributor'),
  AUDITOR: both('auditeur·rice', 'auditor'),
  ADMIN: both('administrateur·rice', 'administrator'),
  CAMPAIGN_MODERATOR: both('modérateur·rice de campagne', 'campaign moderator'),
};
const roleLabel = (role: string) => ROLE_LABELS[role] ?? both('un rôle', 'a role');

const GRANT_STATUS: Record<string, LocalizedText> = {
  PENDING: both('Rôle demandé', 'Role requested'),
  ACTIVE: both('Rôle accordé', 'Role granted'),
  REJECTED: both('Demande de rôle refusée', 'Role request refused'),
  REVOKED: both('Rôle retiré', 'Role revoked'),
};

/** Joins the French and English halves of a sentence made of localized parts. */
function sentence(parts: (LocalizedText | string)[]): LocalizedText {
  const pick = (l: 'fr' | 'en') => parts.map((p) => (typeof p === 'string' ? p : p[l])).join('');
  return { fr: pick('fr'), en: pick('en') };
}

/** Who gives a verdict: "d’April", "de Framasoft", else "de l’association". */
const verdictBy = (association: string | null): LocalizedText =>
  association ? both(ofName(association), `of ${association}`) : both('de l’association', 'of the association');

function sentenceOf(event: HistoryEvent): LocalizedText {
  switch (event.name) {
    case 'ActionProgressCreated':
    case 'ActionProgressUpdated': {
      const { after } = event.payload;
      const before = event.name === 'ActionProgressUpdated' ? event.payload.before : null;
      const action = actionName(after.actionCode);
      const status = lower(PROGRESS_STATUS_LABELS[after.status]);
      if (!before || before.status !== after.status) {
        const from = before ? lower(PROGRESS_STATUS_LABELS[before.status]) : null;
        return from
          ? sentence([
              both('Action ', 'Action '),
              action,
              ' : ',
              from,
              ' → ',
              status,
              ' (',
              percent(after.progress),
              ').',
            ])
          : sentence([both('Action ', 'Action '), action, ' : ', status, ' (', percent(after.progress), ').']);
      }
      if (before.progress !== after.progress) {
        return sentence([
          both('Avancement de l’action ', 'Progress of action '),
          action,
          ' : ',
          percent(before.progress),
          ' → ',
          percent(after.progress),
          '.',
        ]);
      }
      if (before.targetDate !== after.targetDate && after.targetDate) {
        return sentence([
          both('Échéance de l’action ', 'Target date of action '),
          action,
          ' : ',
          historyDate(after.targetDate),
          '.',
        ]);
      }
      return sentence([
        both('Précisions sur l’action ', 'Details of action '),
        action,
        both(' mises à jour.', ' updated.'),
      ]);
    }
    case 'MilestoneCreated': {
      const { after } = event.payload;
      return sentence([
        both('Jalon ajouté à l’action ', 'Milestone added to action '),
        after.actionCode,
        ' : ',
        quoted(after.title),
        both(after.reached ? ', atteint le ' : ', prévu le ', after.reached ? ', reached on ' : ', planned for '),
        historyDate(after.date),
        '.',
      ]);
    }
    case 'MilestoneUpdated': {
      const { before, after } = event.payload;
      const reached = after.reached && !before.reached;
      return sentence([
        reached
          ? both('Jalon atteint pour l’action ', 'Milestone reached for action ')
          : both('Jalon modifié pour l’action ', 'Milestone changed for action '),
        after.actionCode,
        ' : ',
        quoted(after.title),
        both(reached ? ', le ' : ', daté du ', reached ? ', on ' : ', dated '),
        historyDate(after.date),
        '.',
      ]);
    }
    case 'MilestoneWithdrawn': {
      const { before, after } = event.payload;
      return sentence([
        both('Jalon retiré de l’action ', 'Milestone withdrawn from action '),
        before.actionCode,
        ' : ',
        quoted(before.title),
        both(' (motif : ', ' (reason: '),
        after.reason,
        ').',
      ]);
    }
    case 'EvidenceWithdrawn': {
      const { before, after } = event.payload;
      return sentence([
        both('Preuve retirée : ', 'Evidence withdrawn: '),
        quoted(before.title),
        both(' (motif : ', ' (reason: '),
        after.reason,
        ').',
      ]);
    }
    case 'EvidenceCreated': {
      const { after } = event.payload;
      return sentence([
        both('Preuve ajoutée (', 'Evidence added ('),
        lower(EVIDENCE_KIND_LABELS[after.kind]),
        both(' du ', ' of '),
        historyDate(after.date),
        ') : ',
        quoted(after.title),
        both(', pour ', ', for '),
        codes(after.actionCodes),
        '.',
      ]);
    }
    case 'EvidenceUpdated': {
      const { before, after } = event.payload;
      if (after.fileSha256 || (after.file && !before.file)) {
        return sentence([
          both('Fichier joint à la preuve ', 'File attached to the evidence '),
          quoted(after.title),
          '.',
        ]);
      }
      const added = after.actionCodes.filter((c) => !before.actionCodes.includes(c));
      const removed = before.actionCodes.filter((c) => !after.actionCodes.includes(c));
      if (!sameFields(before, after) || (added.length === 0 && removed.length === 0)) {
        return sentence([both('Preuve modifiée : ', 'Evidence changed: '), quoted(after.title), '.']);
      }
      if (removed.length === 0) {
        return sentence([
          both('Preuve ', 'Evidence '),
          quoted(after.title),
          both(' liée aussi à ', ' also linked to '),
          codes(added),
          '.',
        ]);
      }
      if (added.length === 0) {
        return sentence([
          both('Preuve ', 'Evidence '),
          quoted(after.title),
          both(' n’est plus liée à ', ' no longer linked to '),
          codes(removed),
          '.',
        ]);
      }
      return sentence([
        both('Preuve ', 'Evidence '),
        quoted(after.title),
        both(' liée désormais à ', ' now linked to '),
        codes(after.actionCodes),
        '.',
      ]);
    }
    case 'InventoryItemCreated': {
      const { after } = event.payload;
      return sentence([
        both('Logiciel inventorié : ', 'Software inventoried: '),
        after.productName,
        both(', à l’étape ', ', at the stage '),
        stageName(after.stage),
        '.',
      ]);
    }
    case 'InventoryItemUpdated': {
      const { before, after } = event.payload;
      if (before.stage !== after.stage) {
        return sentence([
          both('Migration de ', 'Migration of '),
          after.productName,
          ' : ',
          stageName(after.stage),
          ...(after.stageReachedOn ? [both(' depuis le ', ' since '), historyDate(after.stageReachedOn)] : []),
          '.',
        ]);
      }
      const plan = (stages: typeof after.plannedStages) =>
        (stages ?? []).map((p) => `${p.stage}:${p.plannedOn}`).join(';');
      if (plan(before.plannedStages) !== plan(after.plannedStages)) {
        const planned = after.plannedStages ?? [];
        if (planned.length === 0) {
          return sentence([
            both('Plus d’étape prévue pour la migration de ', 'No stage planned any more for the migration of '),
            after.productName,
            '.',
          ]);
        }
        return sentence([
          both('Migration de ', 'Migration of '),
          after.productName,
          both(' planifiée : ', ' planned: '),
          ...planned.flatMap((p, i) => [
            ...(i > 0 ? [', '] : []),
            lower(MIGRATION_STAGE_LABELS[p.stage]),
            both(' prévu le ', ' for '),
            historyDate(p.plannedOn),
          ]),
          '.',
        ]);
      }
      return sentence([
        both('Logiciel modifié dans l’inventaire : ', 'Software changed in the inventory: '),
        after.productName,
        '.',
      ]);
    }
    case 'FleetDeclared': {
      const { after } = event.payload;
      const counts = FLEET_COUNTS.flatMap((count) => {
        const value = after[count];
        return value === null ? [] : [both(`${value} `, `${value} `), lower(FLEET_COUNT_LABELS[count])];
      });
      const listed = counts.flatMap((part, i) => (i > 0 && i % 2 === 0 ? [', ', part] : [part]));
      return sentence([
        both('Parc déclaré (', 'Fleet declared ('),
        lower(FLEET_AUDIENCE_LABELS[after.audience]),
        both(') au ', ') as of '),
        historyDate(after.asOf),
        ...(listed.length > 0 ? [' : ', ...listed] : [both(', sans nombre', ', with no count')]),
        '.',
      ]);
    }
    case 'PooledItSet': {
      const { before, after } = event.payload;
      if (after) return sentence([both('Informatique mutualisée avec ', 'IT pooled with '), after.bodyName, '.']);
      return sentence([
        both('Fin de la mutualisation informatique avec ', 'IT no longer pooled with '),
        before?.bodyName ?? '?',
        '.',
      ]);
    }
    case 'CandidateListCreated':
      return sentence([
        both('Liste candidate enregistrée : ', 'Candidate list recorded: '),
        quoted(event.payload.after.name),
        '.',
      ]);
    case 'CandidateListUpdated': {
      const { before, after } = event.payload;
      if (before.outcome !== after.outcome) {
        return sentence([
          both('Résultat de la liste ', 'Result of the list '),
          quoted(after.name),
          ' : ',
          OUTCOME_LABELS[after.outcome] ?? both('modifié', 'changed'),
          '.',
        ]);
      }
      return sentence([both('Liste candidate modifiée : ', 'Candidate list changed: '), quoted(after.name), '.']);
    }
    case 'SignatoryCreated': {
      const { after } = event.payload;
      return sentence([
        after.scope === 'LIST'
          ? both(
              'Signature du pacte au nom d’une liste enregistrée',
              'Signature of the pact on behalf of a list recorded',
            )
          : both('Signature du pacte à titre personnel enregistrée', 'Personal signature of the pact recorded'),
        ...(after.positionOnList
          ? [
              both(
                ` (position ${after.positionOnList} sur la liste)`,
                ` (position ${after.positionOnList} on the list)`,
              ),
            ]
          : []),
        '.',
      ]);
    }
    case 'SignatoryUpdated': {
      const { before, after } = event.payload;
      if (before.elected !== after.elected && after.elected !== null) {
        return after.elected
          ? both('Un·e signataire du pacte est élu·e.', 'A signatory of the pact was elected.')
          : both('Un·e signataire du pacte n’est pas élu·e.', 'A signatory of the pact was not elected.');
      }
      return both('Signature du pacte mise à jour.', 'Signature of the pact updated.');
    }
    case 'SignatoryErased':
      return both(
        'Données personnelles d’un·e signataire effacées à sa demande.',
        'A signatory’s personal data was erased on request.',
      );
    case 'CommitmentWithdrawn': {
      const { after } = event.payload;
      return sentence([
        both('Engagement dans le pacte retiré (motif : ', 'Commitment to the pact withdrawn (reason: '),
        after.reason,
        ').',
      ]);
    }
    case 'CommitmentCreated': {
      const { after } = event.payload;
      if (after.source === 'COUNCIL_DELIBERATION') {
        return sentence([
          both(
            'Engagement dans le pacte par délibération du conseil',
            'Commitment to the pact by council deliberation',
          ),
          ...(after.deliberationNumber
            ? [both(` n° ${after.deliberationNumber}`, ` no. ${after.deliberationNumber}`)]
            : []),
          ...(after.deliberationDate ? [both(' du ', ' of '), historyDate(after.deliberationDate)] : []),
          '.',
        ]);
      }
      return both(
        'Engagement dans le pacte, par une liste signataire élue.',
        'Commitment to the pact, by an elected signatory list.',
      );
    }
    case 'CollectivityCreated':
      return sentence([
        both('Collectivité ajoutée au référentiel : ', 'Collectivity added to the referential: '),
        event.payload.after.name,
        '.',
      ]);
    case 'AssessmentCreated': {
      const { before, after } = event.payload;
      const by = verdictBy(after.association);
      return sentence([
        both('Verdict ', 'Verdict '),
        by,
        both(' sur l’action ', ' on action '),
        actionName(after.actionCode),
        ' : ',
        lower(ASSESSMENT_VERDICT_LABELS[after.verdict]),
        ...(before
          ? [both(' (révisé, était : ', ' (revised, was: '), lower(ASSESSMENT_VERDICT_LABELS[before.verdict]), ')']
          : []),
        '.',
      ]);
    }
    case 'SectionSelfAssessmentCreated':
    case 'SectionSelfAssessmentUpdated': {
      const { after } = event.payload;
      const before = event.name === 'SectionSelfAssessmentUpdated' ? event.payload.before : null;
      return sentence([
        both('Engagement ', 'Commitment '),
        String(after.section),
        both(' du pacte, selon la collectivité : ', ' of the pact, according to the collectivity: '),
        lower(SECTION_SELF_STATUS_LABELS[after.status]),
        ...(before && before.status !== after.status
          ? [both(' (était : ', ' (was: '), lower(SECTION_SELF_STATUS_LABELS[before.status]), ')']
          : before
            ? [both(' (explication mise à jour)', ' (explanation updated)')]
            : []),
        '.',
      ]);
    }
    case 'SectionAssessmentCreated': {
      const { before, after } = event.payload;
      const by = verdictBy(after.association);
      return sentence([
        both('Verdict ', 'Verdict '),
        by,
        both(' sur l’engagement ', ' on commitment '),
        String(after.section),
        both(' du pacte : ', ' of the pact: '),
        lower(ASSESSMENT_VERDICT_LABELS[after.verdict]),
        ...(before
          ? [both(' (révisé, était : ', ' (revised, was: '), lower(ASSESSMENT_VERDICT_LABELS[before.verdict]), ')']
          : []),
        '.',
      ]);
    }
    case 'AssessmentReplyCreated': {
      const { after } = event.payload;
      return sentence([
        both('Réponse de la collectivité (', 'Reply of the collectivity ('),
        roleLabel(after.authorRole),
        both(') au verdict sur l’action ', ') to the verdict on action '),
        after.actionCode,
        '.',
      ]);
    }
    case 'TnlLabelCreated': {
      const { after } = event.payload;
      return sentence([
        both(`Label Territoire Numérique Libre ${after.year}`, `Territoire Numérique Libre label ${after.year}`),
        ...(after.level !== null ? [both(` : niveau ${after.level}`, `: level ${after.level}`)] : []),
        '.',
      ]);
    }
    case 'RoleGrantCreated':
    case 'RoleGrantUpdated': {
      const { after } = event.payload;
      return sentence([
        GRANT_STATUS[after.status] ?? both('Rôle modifié', 'Role changed'),
        ' : ',
        roleLabel(after.role),
        '.',
      ]);
    }
    case 'ReviewItemCreated': {
      const { after } = event.payload;
      return after.kind === 'DECLARED_COMMITMENT'
        ? both(
            'Engagement déclaré, à examiner par la modération.',
            'Commitment declared, for the moderators to review.',
          )
        : both(
            'Liste des résultats à rapprocher d’une liste signataire, à examiner par la modération.',
            'A list of the results to match with a signing list, for the moderators to review.',
          );
    }
    case 'ReviewItemUpdated': {
      const { after } = event.payload;
      return after.status === 'ACCEPTED'
        ? both('Examen par la modération : accepté.', 'Reviewed by the moderators: accepted.')
        : both('Examen par la modération : refusé.', 'Reviewed by the moderators: refused.');
    }
    case 'UserErased':
      return both(
        'Un compte a été effacé à la demande de son titulaire.',
        'An account was erased at its holder’s request.',
      );
  }
}

function codes(list: string[]): LocalizedText {
  if (list.length === 0) return both('aucune action', 'no action');
  return list.length === 1
    ? both(`l’action ${list[0]}`, `action ${list[0]}`)
    : both(`les actions ${list.join(', ')}`, `actions ${list.join(', ')}`);
}

function stageName(stage: keyof typeof MIGRATION_STAGE_LABELS): LocalizedText {
  return lower(MIGRATION_STAGE_LABELS[stage]);
}

/** Whether two evidence snapshots differ only by their actions (and version). */
function sameFields(
  a: { kind: string; date: string; title: string; description?: string | null; url?: string | null },
  b: { kind: string; date: string; title: string; description?: string | null; url?: string | null },
): boolean {
  return (
    a.kind === b.kind && a.date === b.date && a.title === b.title && a.description === b.description && a.url === b.url
  );
}
