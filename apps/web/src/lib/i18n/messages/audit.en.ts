import type { auditFr } from './audit.fr';

/** English messages of auditors' verdicts and replies: the keys and placeholders of the French ones. */
export const auditEn: Record<keyof typeof auditFr, string> = {
  'audit.open': 'Assess action {code} — {title}',
  'audit.assessments': 'Auditors’ assessments (beside the declared status, never merged)',
  'audit.by': 'by {who}',
  'audit.erased': 'deleted account',
  'audit.reply': 'Reply ({role}):',
  'audit.scores.title': 'Audited scores',
  'audit.scores.intro':
    'From the auditors’ current verdicts (kept 100 %, partial 50 %, not attested and abandoned 0 %, unverifiable excluded; unassessed actions left out), beside the scores the collectivity declares.',
  'audit.scores.section': 'Section',
  'audit.scores.declared': 'Declared',
  'audit.scores.audited': 'Audited',
  'audit.scores.assessed': 'Actions assessed',
  'audit.scores.overall': 'Overall',
  'audit.scores.actions_one': '{count} action',
  'audit.scores.actions_other': '{count} actions',
  'audit.form.title': 'Record an assessment',
  'audit.form.verdict': 'Verdict',
  'audit.form.justification': 'Justification',
  'audit.form.justificationHint': 'What was checked, and how (public).',
  'audit.form.association': 'Association (optional)',
  'audit.form.associationHint': 'The one you assess for; empty: your display name.',
  'audit.form.date': 'Date of the assessment (optional, today by default)',
  'audit.form.submit': 'Record the assessment',
  'audit.replyForm.open': 'Reply to this assessment',
  'audit.replyForm.text': 'The collectivity’s reply',
  'audit.replyForm.hint': 'Public, signed with your role (never your name).',
  'audit.replyForm.submit': 'Publish the reply',
};
