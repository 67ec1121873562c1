import {
  ASSESSMENT_VERDICT_LABELS,
  CollectivityKind,
  EVIDENCE_KIND_LABELS,
  LocalizedText,
  PROGRESS_STATUS_LABELS,
  dateInWords,
  findAction,
  frenchTypography,
  isAssessmentVerdict,
  isEvidenceKind,
  isProgressStatus,
} from '@pacte/pact';

/** The kinds of history entries that the feeds and digests show. */
export const FEED_ENTITY_TYPES = ['ActionProgress', 'Evidence', 'Assessment', 'AssessmentReply'] as const;
export type FeedEntityType = (typeof FEED_ENTITY_TYPES)[number];

/** One history entry as the feeds read it, with the name of its collectivity. */
export interface FeedEvent {
  id: string;
  occurredAt: Date;
  collectivityId: string;
  collectivityName: string;
  /** Kind and official code of the collectivity: its page's permalink (an entry's link). */
  collectivityKind: CollectivityKind;
  collectivityCode: string;
  entityType: FeedEntityType;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * What a feed entry or a digest line says about an event: a headline (without the collectivity's name) and the
 * details, each in French and English.
 */
export interface EventText {
  headline: LocalizedText;
  fr: string;
  en: string;
}

const REPLY_ROLE_LABELS: Record<string, LocalizedText> = {
  ELECTED_OFFICIAL: { fr: 'élu·e', en: 'elected official' },
  IT_MANAGER: { fr: 'DSI', en: 'IT manager' },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function label(
  value: unknown,
  guard: (v: unknown) => boolean,
  labels: Record<string, LocalizedText>,
): LocalizedText | null {
  return guard(value) ? labels[value as string] : null;
}

/** "1.7 « Titre »", or the bare code when the catalogue does not know it. */
function actionName(code: unknown): LocalizedText {
  const c = typeof code === 'string' ? code : '?';
  const action = findAction(c);
  return action ? { fr: `${c} « ${action.title.fr} »`, en: `${c} “${action.title.en}”` } : { fr: c, en: c };
}

/** A date of the payload in words (« 12 mai 2026 », « May 12, 2026 »); « ? » when it is not a real date. */
function dateOf(value: unknown, locale: 'fr' | 'en'): string {
  const day = text(value);
  if (day === null) return '?';
  try {
    return dateInWords(day.slice(0, 10), locale);
  } catch {
    return day;
  }
}

function lines(...parts: (string | null | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

function progressText(e: FeedEvent): EventText {
  const after = e.after ?? {};
  const action = actionName(after.actionCode);
  const from = label(e.before?.status, isProgressStatus, PROGRESS_STATUS_LABELS);
  const to = label(after.status, isProgressStatus, PROGRESS_STATUS_LABELS) ?? { fr: '?', en: '?' };
  const progress = typeof after.progress === 'number' ? ` (${after.progress} %)` : '';
  const justification = text(after.justification);
  return {
    headline: {
      fr: `action ${action.fr} : ${from ? `${from.fr} → ` : ''}${to.fr}`,
      en: `action ${action.en}: ${from ? `${from.en} → ` : ''}${to.en}`,
    },
    fr: lines(
      `Action ${action.fr}`,
      `Statut : ${from ? `${from.fr} → ` : ''}${to.fr}${progress}`,
      justification && `Justification : ${justification}`,
    ),
    en: lines(
      `Action ${action.en}`,
      `Status: ${from ? `${from.en} → ` : ''}${to.en}${progress}`,
      justification && `Justification: ${justification}`,
    ),
  };
}

function evidenceText(e: FeedEvent): EventText {
  const after = e.after ?? {};
  const kind = label(after.kind, isEvidenceKind, EVIDENCE_KIND_LABELS) ?? { fr: 'Preuve', en: 'Evidence' };
  const codes = Array.isArray(after.actionCodes) ? after.actionCodes.filter((c) => typeof c === 'string') : [];
  const title = text(after.title) ?? '';
  const url = text(after.url);
  const description = text(after.description);
  return {
    headline: { fr: `nouvelle preuve : ${title}`, en: `new evidence: ${title}` },
    fr: lines(
      `${kind.fr} du ${dateOf(after.date, 'fr')} : ${title}`,
      `Actions : ${codes.join(', ')}`,
      url && `Adresse : ${url}`,
      description,
    ),
    en: lines(
      `${kind.en} of ${dateOf(after.date, 'en')}: ${title}`,
      `Actions: ${codes.join(', ')}`,
      url && `Address: ${url}`,
      description,
    ),
  };
}

function assessmentText(e: FeedEvent): EventText {
  const after = e.after ?? {};
  const action = actionName(after.actionCode);
  const verdict = label(after.verdict, isAssessmentVerdict, ASSESSMENT_VERDICT_LABELS) ?? { fr: '?', en: '?' };
  const previous = label(e.before?.verdict, isAssessmentVerdict, ASSESSMENT_VERDICT_LABELS);
  const association = text(after.association);
  const evidence = Array.isArray(after.evidenceIds) ? after.evidenceIds.length : 0;
  const justification = text(after.justification) ?? '';
  return {
    headline: {
      fr: `audit de l’action ${action.fr} : ${verdict.fr}${previous ? ` (révisé, était : ${previous.fr})` : ''}`,
      en: `assessment of action ${action.en}: ${verdict.en}${previous ? ` (revised, was: ${previous.en})` : ''}`,
    },
    fr: lines(
      `Action ${action.fr}`,
      `Verdict : ${previous ? `${previous.fr} → ` : ''}${verdict.fr}`,
      `Par : ${association ?? 'un·e auditeur·rice'}`,
      `Justification : ${justification}`,
      evidence > 0 && `Preuves citées : ${evidence}`,
    ),
    en: lines(
      `Action ${action.en}`,
      `Verdict: ${previous ? `${previous.en} → ` : ''}${verdict.en}`,
      `By: ${association ?? 'an auditor'}`,
      `Justification: ${justification}`,
      evidence > 0 && `Evidence cited: ${evidence}`,
    ),
  };
}

function replyText(e: FeedEvent): EventText {
  const after = e.after ?? {};
  const action = actionName(after.actionCode);
  const verdict = label(after.verdict, isAssessmentVerdict, ASSESSMENT_VERDICT_LABELS);
  const role = REPLY_ROLE_LABELS[String(after.authorRole)] ?? { fr: 'la collectivité', en: 'the collectivity' };
  const reply = text(after.text) ?? '';
  return {
    headline: {
      fr: `réponse à l’audit de l’action ${action.fr}`,
      en: `reply to the assessment of action ${action.en}`,
    },
    fr: lines(
      `Action ${action.fr}${verdict ? `, verdict « ${verdict.fr} »` : ''}`,
      `Réponse de la collectivité (${role.fr}) : ${reply}`,
    ),
    en: lines(
      `Action ${action.en}${verdict ? `, verdict “${verdict.en}”` : ''}`,
      `Reply from the collectivity (${role.en}): ${reply}`,
    ),
  };
}

function wordsOf(event: FeedEvent): EventText {
  switch (event.entityType) {
    case 'ActionProgress':
      return progressText(event);
    case 'Evidence':
      return evidenceText(event);
    case 'Assessment':
      return assessmentText(event);
    case 'AssessmentReply':
      return replyText(event);
  }
}

/** The words of one event, French first, the French with its no-break spaces (libs/pact `frenchTypography`). */
export function describeEvent(event: FeedEvent): EventText {
  const words = wordsOf(event);
  return {
    headline: { fr: frenchTypography(words.headline.fr), en: words.headline.en },
    fr: frenchTypography(words.fr),
    en: words.en,
  };
}

export const FEED_CATEGORY_LABELS: Record<FeedEntityType, string> = {
  ActionProgress: 'Avancement',
  Evidence: 'Preuve',
  Assessment: 'Audit',
  AssessmentReply: 'Réponse à un audit',
};
