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
    'From the auditors’ current verdicts, one per action (the most recent; an “unverifiable” verdict does not erase another auditor’s): kept 100 %, partial 50 %, not attested, abandoned and unverifiable 0 %. On the same base as the scores the collectivity declares: an action not audited counts 0 %, so the audited score is what the audit has confirmed.',
  'audit.scores.section': 'Section',
  'audit.scores.declared': 'Declared',
  'audit.scores.audited': 'Audited',
  'audit.scores.assessed': 'Actions audited',
  'audit.scores.overall': 'Overall',
  'audit.scores.coverage_one': '{count} action audited out of {total}',
  'audit.scores.coverage_other': '{count} actions audited out of {total}',
  'audit.scores.ofTotal_one': '{count} of {total}',
  'audit.scores.ofTotal_other': '{count} of {total}',
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
