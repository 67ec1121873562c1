import {
  EVIDENCE_KIND_LABELS,
  INVENTORY_FIGURES,
  INVENTORY_FIGURE_LABELS,
  MIGRATION_STAGE_LABELS,
  PROGRESS_STATUS_LABELS,
  ProgressStatus,
  ReadinessAssessment,
  SOFTWARE_CATEGORY_LABELS,
  TNL_CRITERIA,
  TNL_DOMAIN_LABELS,
  TNL_SPECIAL_MENTION_LABELS,
  TNL_TIER_LABELS,
  TnlCriterion,
  appliesToMember,
  contractSummary,
  criterionActionCodes,
  dateInWords,
  describeAwardedLabel,
  describeAlternative,
  describeLegacyEstimate,
  describeTierEstimate,
  findAction,
  frenchTypography,
  latestAwardedLabel,
  ofName,
  pooledEvidenceCounts,
  runsFree,
} from '@pacte/pact';
import type { EvidenceRecord } from '../../evidence/evidence.service';
import type { ApplicationFacts } from '../labels.service';
import type { InventoryItemRecord } from '../../inventory/inventory.service';
import { contractInput } from '../../inventory/models/inventory.model';
import type { TnlLabelEntity } from '../tnl-label.entity';
import { ApplicationDocument, Block, heading, list, paragraph } from './document';

/** The file's name: a preparation built on this service's own criteria, not the jury's questionnaire. */
export const APPLICATION_FILE_TITLE =
  'Préparation de la candidature au label Territoire Numérique Libre (critères de ce service, pas le questionnaire du jury)';

const CRITERION_STATUS_FR = { MET: 'rempli', UNMET: 'non rempli', NOT_APPLICABLE: 'sans objet' } as const;

function labelText(l: TnlLabelEntity): string {
  const mentions = l.mentions.map((m) => TNL_SPECIAL_MENTION_LABELS[m]?.fr ?? m);
  const scale = l.scale === 'LEGACY' ? 'échelle 2016–2024' : 'échelle depuis 2025';
  return `${describeAwardedLabel(l).fr} (${scale})${mentions.length ? ` ; mentions spéciales : ${mentions.join(', ')}` : ''}${l.url ? ` — ${l.url}` : ''}`;
}

/** The awarded label to name first: the latest vintage, the higher level on a tie. */
function latestLabel(labels: readonly TnlLabelEntity[]): TnlLabelEntity {
  return latestAwardedLabel(labels)!;
}

function evidenceText(e: EvidenceRecord, publicUrl: string): string {
  const parts = [`${e.title} — ${EVIDENCE_KIND_LABELS[e.kind]?.fr ?? e.kind}, ${dateInWords(e.date)}`];
  if (e.url) parts.push(e.url);
  if (e.fileKey) parts.push(`fichier : ${publicUrl}/evidence/${e.id}/file`);
  return parts.join(' — ');
}

/**
 * An inventory item, telling what is in service today from what it is moving to: once the migration has reached the
 * stage where the target runs (libs/pact `runsFree`), the target is what is in service and the product it replaced
 * is named as such; before, the product is in service and the target is the aim.
 */
function itemText(i: InventoryItemRecord, names: Map<string, string>): string {
  const category = SOFTWARE_CATEGORY_LABELS[i.category].fr;
  const target = i.targetEntryId ? (names.get(i.targetEntryId) ?? null) : null;
  const seats = i.seats === null ? '' : ` (${i.seats} postes)`;
  const stage = `étape « ${MIGRATION_STAGE_LABELS[i.stage].fr} » depuis le ${dateInWords(i.stageReachedOn)}`;
  const targetIsFree = i.targetEntryId !== null;
  if (target && !i.productIsFree && runsFree({ isFree: false, stage: i.stage, targetIsFree })) {
    return `${category} : en service, ${target}${seats}, qui remplace ${i.productName} — ${stage}`;
  }
  if (target) {
    return `${category} : en service, ${i.productName}${seats} ; cible, ${target} — ${stage}`;
  }
  return `${category} : en service, ${i.productName}${seats}${i.productIsFree ? ' (libre)' : ''} ; pas de cible choisie`;
}

/**
 * Pooled IT: the body that runs the commune's IT, and its items that count for the commune (libs/pact
 * `appliesToMember`), said to be the body's; nothing without a body.
 */
function pooledItemBlocks(facts: ApplicationFacts): Block[] {
  if (!facts.pooled) return [];
  const items = facts.pooled.items.filter((i) => appliesToMember(i, facts.collectivity.id));
  return [
    paragraph(
      `Informatique mutualisée avec ${facts.pooled.body.name} : ses logiciels qui s’appliquent à la collectivité comptent dans les chiffres ci-dessus.`,
    ),
    items.length
      ? list(items.map((i) => `${itemText(i, facts.softwareNames)} (mutualisé)`))
      : paragraph('Aucun logiciel mutualisé ne s’applique à la collectivité.'),
  ];
}

const EUROS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const euros = (value: number) => `${EUROS.format(value)}\u00a0€`;

/**
 * The contracts of the inventory, as action 1.3 asks (anticipate the end of proprietary licences): per item, the
 * day its contract or licence ends, the day it renews and its yearly cost; then what comes to a decision within 12
 * months and what the proprietary licences still in use cost a year (libs/pact `contractSummary`).
 */
function contractBlocks(items: readonly InventoryItemRecord[], today: string): Block[] {
  if (items.length === 0) return [];
  const summary = contractSummary(items.map(contractInput), today);
  const unknown = summary.proprietaryWithoutCost;
  return [
    heading(2, 'Contrats et licences (action 1.3)'),
    list(
      items.map((i) =>
        [
          `${i.productName} (${SOFTWARE_CATEGORY_LABELS[i.category].fr})`,
          [
            `fin du contrat ou de la licence : ${i.contractEndsOn ? `le ${dateInWords(i.contractEndsOn)}` : 'non renseignée'}`,
            `renouvellement : ${i.renewalOn ? `le ${dateInWords(i.renewalOn)}` : 'non renseigné'}`,
            `coût annuel : ${i.yearlyCost === null ? 'non renseigné' : euros(i.yearlyCost)}`,
          ].join(' ; '),
        ].join(' — '),
      ),
    ),
    list([
      `À décider dans les 12 mois : ${
        summary.dueWithin12Months.map((index) => items[index].productName).join(', ') || 'aucun contrat'
      }`,
      `Coût annuel des licences propriétaires encore en service : ${euros(summary.proprietaryYearlyCost)}${
        unknown ? ` (au moins : ${unknown} sans coût renseigné)` : ''
      }`,
    ]),
  ];
}

function percent(value: number | null): string {
  return value === null ? 'non renseigné' : `${String(value).replace('.', ',')} %`;
}

/** The evidence behind a criterion: filed under it, or linked to one of the pact actions it names. */
function evidenceFor(criterion: TnlCriterion, evidence: readonly EvidenceRecord[]): EvidenceRecord[] {
  const codes = new Set(criterionActionCodes(criterion));
  return evidence.filter(
    (e) => (e.criterionIds ?? []).includes(criterion.id) || (e.actions ?? []).some((a) => codes.has(a.actionCode)),
  );
}

/**
 * The pre-filled application file for the Territoire Numérique Libre label, in French (the language of the form):
 * a summary, then one section per domain of the label with, for each criterion, the answer (met or not, and by
 * what), the pact actions it rests on with their status, the inventory figures and labels it reads, and the
 * evidence behind it. Only public data. The readiness is a self-assessment, and the file says so first.
 */
export function buildApplicationFile(
  facts: ApplicationFacts,
  readiness: ReadinessAssessment,
  today: string,
): ApplicationDocument {
  const { collectivity, commitment } = facts;
  const statusOf = new Map(facts.progress.map((p) => [p.actionCode, p.status]));
  const status = (code: string): ProgressStatus => statusOf.get(code) ?? 'NOT_STARTED';
  const results = new Map(readiness.domains.flatMap((d) => d.criteria.map((c) => [c.id, c])));
  const blocks: Block[] = [
    heading(1, `${APPLICATION_FILE_TITLE} — ${collectivity.name}`),
    paragraph(
      `${collectivity.name} (code ${collectivity.code}). Dossier préparé le ${dateInWords(today)} à partir du suivi du Pacte du Logiciel Libre. Il suit les critères propres à ce service, qui lit les cinq domaines du label dans les engagements du pacte : ce n’est pas le questionnaire du jury. À relire et compléter avant de répondre au formulaire de candidature.`,
    ),
    paragraph(readiness.notice.fr, true),
    heading(2, 'Synthèse'),
    list([
      ...(facts.labels.length ? [`Label attribué par le jury : ${labelText(latestLabel(facts.labels))}`] : []),
      `Estimation de cette auto-évaluation (échelle depuis 2025) : ${describeTierEstimate(readiness.tier).fr}`,
      `Sur l’ancienne échelle : ${describeLegacyEstimate(readiness.legacyLevel).fr}`,
      `Critères remplis : ${readiness.overall.met} sur ${readiness.overall.applicable} (${percent(readiness.overall.percent)})`,
      ...readiness.domains.map(
        (d) => `${TNL_DOMAIN_LABELS[d.domain].fr} : ${d.met} sur ${d.applicable} (${percent(d.percent)})`,
      ),
      `Mentions spéciales à portée : ${
        readiness.mentionsWithinReach.map((m) => TNL_SPECIAL_MENTION_LABELS[m].fr).join(', ') || 'aucune'
      }`,
    ]),
    heading(2, 'Engagement et labels obtenus'),
    paragraph(
      commitment
        ? commitment.source === 'COUNCIL_DELIBERATION'
          ? `Engagée dans le Pacte du Logiciel Libre ${commitment.edition} par délibération n° ${commitment.deliberationNumber ?? '?'} du ${dateInWords(commitment.committedOn)}.`
          : `Engagée dans le Pacte du Logiciel Libre ${commitment.edition} depuis le ${dateInWords(commitment.committedOn)} : une liste signataire a remporté l’élection.`
        : 'Aucun engagement dans le Pacte du Logiciel Libre n’est enregistré : les actions et les preuves ne sont pas renseignées.',
    ),
    facts.labels.length
      ? list(facts.labels.map(labelText))
      : paragraph('Aucun label Territoire Numérique Libre enregistré.'),
    heading(2, 'Inventaire logiciel'),
    list([
      ...INVENTORY_FIGURES.map((f) => {
        const value = readiness.figures[f];
        const label = INVENTORY_FIGURE_LABELS[f];
        return `${label.fr} : ${label.unit === '%' ? percent(value) : String(value ?? 0)}`;
      }),
      ...facts.items.map((i) => itemText(i, facts.softwareNames)),
    ]),
    ...pooledItemBlocks(facts),
    ...contractBlocks(facts.items, today),
  ];

  for (const domain of readiness.domains) {
    blocks.push(
      heading(2, TNL_DOMAIN_LABELS[domain.domain].fr),
      paragraph(`Critères remplis : ${domain.met} sur ${domain.applicable} (${percent(domain.percent)}).`),
    );
    for (const criterion of TNL_CRITERIA.filter((c) => c.domain === domain.domain)) {
      const result = results.get(criterion.id)!;
      blocks.push(heading(3, `${criterion.title.fr} — ${CRITERION_STATUS_FR[result.status]}`));
      if (result.metBy !== null) {
        blocks.push(paragraph(`Réponse : ${describeAlternative(criterion.anyOf[result.metBy]).fr}.`));
      } else {
        blocks.push(
          paragraph(`Pour le remplir : ${criterion.anyOf.map((a) => describeAlternative(a).fr).join(' ; ou ')}.`),
        );
      }
      const codes = criterionActionCodes(criterion);
      if (codes.length) {
        blocks.push(
          paragraph('Actions du pacte :'),
          list(
            codes.map((c) => `${c} ${findAction(c)?.title.fr ?? ''} — ${PROGRESS_STATUS_LABELS[status(c)].fr}`.trim()),
          ),
        );
      }
      const conditions = criterion.anyOf.flat();
      const figures = [...new Set(conditions.flatMap((c) => (c.kind === 'INVENTORY' ? [c.figure] : [])))];
      if (figures.length) {
        blocks.push(list(figures.map((f) => `${INVENTORY_FIGURE_LABELS[f].fr} : ${percentOrCount(f, readiness)}`)));
      }
      if (conditions.some((c) => c.kind === 'AWARDED_LABEL') && facts.labels.length) {
        blocks.push(paragraph('Labels obtenus :'), list(facts.labels.map(labelText)));
      }
      const behind = evidenceFor(criterion, facts.evidence).map((e) => evidenceText(e, facts.publicUrl));
      // With pooled IT, the body's evidence that may meet the criterion for the commune (libs/pact
      // `pooledEvidenceCounts`), said to be the body's.
      const pooled = facts.pooled && pooledEvidenceCounts(criterion.id) ? facts.pooled : null;
      if (pooled) {
        const of = `preuve ${ofName(pooled.body.name)}, informatique mutualisée`;
        behind.push(
          ...evidenceFor(criterion, pooled.evidence).map((e) => `${evidenceText(e, facts.publicUrl)} (${of})`),
        );
      }
      blocks.push(
        ...(behind.length ? [paragraph('Preuves :'), list(behind)] : [paragraph('Aucune preuve enregistrée.')]),
      );
    }
  }

  blocks.push(
    heading(
      2,
      `Ce qui manque pour l’étape suivante${readiness.nextTier ? ` (${TNL_TIER_LABELS[readiness.nextTier].fr})` : ''}`,
    ),
    readiness.missingForNextTier.length
      ? list(
          readiness.missingForNextTier.map(
            (m) =>
              `${m.title.fr} (${TNL_DOMAIN_LABELS[m.domain].fr}) : ${m.satisfiedBy.map((s) => s.fr).join(' ; ou ')}`,
          ),
        )
      : paragraph('Rien : cette auto-évaluation estime le Label Or à portée.'),
  );
  return {
    title: `${APPLICATION_FILE_TITLE} — ${collectivity.name}`,
    slug: `preparation-label-tnl-${collectivity.code}`,
    // French spacing everywhere (no-break spaces before « : ; ! ? % » and inside « »): libs/pact `frenchTypography`.
    blocks: blocks.map(withFrenchSpacing),
  };
}

function withFrenchSpacing(block: Block): Block {
  return block.kind === 'list'
    ? { ...block, items: block.items.map(frenchTypography) }
    : { ...block, text: frenchTypography(block.text) };
}

function percentOrCount(figure: (typeof INVENTORY_FIGURES)[number], readiness: ReadinessAssessment): string {
  const value = readiness.figures[figure];
  return INVENTORY_FIGURE_LABELS[figure].unit === '%' ? percent(value) : String(value ?? 0);
}
