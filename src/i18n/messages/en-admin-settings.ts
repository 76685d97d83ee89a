/**
 * English strings of program administration: the administrators' home, program settings, the
 * audit log, sessions, programs and the email log; and what members read about sessions and
 * the programs open for enrolment.
 */
export const enAdminSettings = {
  'admin.home.heading': 'Program administration',
  'admin.menu.approvals': 'Roles waiting for approval',
  'admin.menu.approvals_description':
    'Approve or decline the roles that could not be approved automatically.',
  'admin.menu.settings': 'Program settings',
  'admin.menu.settings_description':
    'The program’s name and contacts, partnership term, matching weights, Mentoring Agreement ' +
    'and email introductions.',
  'admin.menu.sessions': 'Sessions',
  'admin.menu.sessions_description':
    'When registration opens and closes, when each session starts and for how long.',
  'admin.menu.programs': 'Programs',
  'admin.menu.programs_description': 'Choose the program you work on, or add a program.',
  'admin.menu.email_log': 'Email log',
  'admin.menu.email_log_description':
    'Every email the program sends, failed ones with their reason, and retrying them.',
  'admin.menu.audit_log': 'Audit log',
  'admin.menu.audit_log_description':
    'Every change administrators made, with who made it and when.',
  'admin.error_title': 'Error: {title}',
  'admin.pages_label': 'Pages',
  'admin.page_of': 'Page {page} of {pages}',
  'admin.previous_page': 'Previous page',
  'admin.next_page': 'Next page',

  'admin.settings.sections_label': 'Program settings',
  'admin.settings.general.heading': 'General settings',
  'admin.settings.general.intro':
    'The program’s name and contacts, and the timings and limits of partnerships. Changes apply ' +
    'from now on: partnerships and requests already made keep their dates.',
  'admin.settings.matching.heading': 'Matching settings',
  'admin.settings.matching.intro':
    'How much each criterion weighs when members are matched, and the least difference in years ' +
    'of experience between a mentor and a mentee. Preview the change to see how first ' +
    'suggestions would move before you save.',
  'admin.settings.agreement.heading': 'Mentoring Agreement',
  'admin.settings.agreement.intro':
    'The text partners sign. Saving a change makes a new version for partnerships created from ' +
    'now on; agreements already signed keep their text.',
  'admin.settings.agreement.version': 'Current version: {version}',
  'admin.settings.emails.heading': 'Email introductions',
  'admin.settings.emails.intro':
    'A short text of your own at the top of each email, in the words you type here: members ' +
    'who read English get the English text, those who read French the French one. Leave a box ' +
    'empty for no introduction in that language.',
  'admin.settings.save': 'Save',
  'admin.settings.notice.saved': 'Your changes are saved and recorded in the audit log.',
  'admin.settings.notice.unchanged': 'Nothing was changed, so nothing was saved.',

  'admin.settings.field.name': 'Program name',
  'admin.settings.field.program_contact_email': 'Program contact address',
  'admin.settings.field.support_contact_email': 'Support contact address',
  'admin.settings.field.admin_role': 'Administrator role of this program',
  'admin.settings.field.partnership_term_months': 'Partnership term, in months',
  'admin.settings.field.request_expiry_days': 'Days before an unanswered request expires',
  'admin.settings.field.max_mentor_capacity': 'Most mentees a mentor may take at once',
  'admin.settings.field.document_retention_days':
    'Days shared documents are kept after a partnership ends',
  'admin.settings.field.weight_focus': 'Weight of professional focus',
  'admin.settings.field.weight_location': 'Weight of location',
  'admin.settings.field.weight_experience': 'Weight of years of experience',
  'admin.settings.field.weight_skills': 'Weight of skills',
  'admin.settings.field.weight_supervisory': 'Weight of supervisory experience',
  'admin.settings.field.min_experience_gap': 'Least difference in years of experience',
  'admin.settings.field.agreement_language': 'Language of the agreement',
  'admin.settings.field.agreement_title': 'Title',
  'admin.settings.field.agreement_body': 'Text',
  'admin.settings.field.introduction.en': '{email}: introduction in English',
  'admin.settings.field.introduction.fr': '{email}: introduction in French',
  'admin.settings.hint.program_contact_email':
    'Members write here with questions about the program; replies to emails come here too.',
  'admin.settings.hint.support_contact_email': 'Members write here when something does not work.',
  'admin.settings.hint.admin_role':
    'Optional, up to {length} characters. Members whose single sign-on roles include this ' +
    'role administer this program and no other. Holders of the host’s administrator role ' +
    'administer every program.',
  'admin.settings.hint.partnership_term_months':
    'From {min} to {max}. A session’s own term replaces it for partnerships formed in that ' +
    'session.',
  'admin.settings.hint.request_expiry_days': 'From {min} to {max}.',
  'admin.settings.hint.max_mentor_capacity':
    'From {min} to {max}. Mentors who already offer more keep their places until they edit ' +
    'their profile.',
  'admin.settings.hint.document_retention_days':
    'From {min} to {max}; 0 deletes them when the partnership ends.',
  'admin.settings.hint.weight':
    'A whole number from {min} to {max}; only the proportions between weights count.',
  'admin.settings.hint.min_experience_gap': 'From {min} to {max} years.',
  'admin.settings.hint.agreement_language':
    'The language the title and text below are written in. Pages in the other language mark ' +
    'the agreement as written in this one, so that screen readers pronounce it correctly.',
  'admin.settings.hint.agreement_body':
    'Separate paragraphs with an empty line. Up to {length} characters.',
  'admin.settings.hint.introduction': 'Optional, up to {length} characters.',
  'admin.settings.error.range': 'Enter a whole number from {min} to {max}',
  'admin.settings.error.email_required': 'Enter an email address',
  'admin.settings.error.email':
    'Enter an email address like name@example.org, up to {length} characters',
  'admin.settings.error.name_required': 'Enter the program’s name',
  'admin.settings.error.too_long': 'Shorten this to {length} characters or fewer',
  'admin.settings.error.weights_all_zero': 'At least one weight must be above 0',
  'admin.settings.error.agreement_title_required': 'Enter the agreement’s title',
  'admin.settings.error.agreement_language': 'Choose the language the agreement is written in',
  'admin.settings.error.agreement_body_required': 'Enter the agreement’s text',
  'admin.settings.error.admin_role':
    'Enter the role on one line, exactly as single sign-on sends it',

  'admin.settings.preview.button': 'Preview the change',
  'admin.settings.preview.heading': 'What the change would do',
  'admin.settings.preview.summary':
    'With these settings, {changed} of the {mentees} mentees in the pool would get another ' +
    'first suggestion ({mentors} mentors in the pool).',
  'admin.settings.preview.pairs':
    'Mentees paired in the whole-cohort proposal: {before} now, {after} with these settings.',
  'admin.settings.preview.not_saved': 'Nothing is saved until you press Save.',
  'admin.settings.preview.caption': 'First suggestions that would change',
  'admin.settings.preview.first_only': '(the first {count} only)',
  'admin.settings.preview.mentee': 'Mentee',
  'admin.settings.preview.before': 'First suggestion now',
  'admin.settings.preview.after': 'First suggestion with these settings',
  'admin.settings.preview.no_suggestion': 'none',

  'admin.settings.email.partnership-agreement-signed': 'Partner signed the agreement',
  'admin.settings.email.partnership-document-shared': 'Partner shared a document',
  'admin.settings.email.partnership-ended': 'Partnership ended',
  'admin.settings.email.partnership-ending-soon': 'Partnership ending soon',
  'admin.settings.email.partnership-extension': 'Partnership extended',
  'admin.settings.email.partnership-first-contact-made': 'Mentor made first contact',
  'admin.settings.email.partnership-first-contact-reminder': 'Reminder to make first contact',
  'admin.settings.email.partnership-meeting-plan': 'Partner recorded how you will meet',
  'admin.settings.email.partnership-partner-left': 'Partner left the program',
  'admin.settings.email.partnership-request-accepted': 'Partnership request accepted',
  'admin.settings.email.partnership-request-declined': 'Partnership request declined',
  'admin.settings.email.partnership-request-expired': 'Partnership request expired',
  'admin.settings.email.partnership-request-received': 'Partnership request received',
  'admin.settings.email.partnership-request-reminder': 'Reminder of a partnership request',
  'admin.settings.email.partnership-request-withdrawn': 'Partnership request withdrawn',
  'admin.settings.email.partnership-started': 'Partnership started',
  'admin.settings.email.role-approved': 'Role approved',
  'admin.settings.email.role-declined': 'Role declined',
  'admin.settings.email.role-suspended': 'Role suspended',
  'admin.settings.email.suggestions-found': 'New potential partners',

  'admin.audit.heading': 'Audit log',
  'admin.audit.intro': 'Every change administrators made to this program, newest first.',
  'admin.audit.count': 'Changes recorded: {count}',
  'admin.audit.empty': 'No change has been recorded yet.',
  'admin.audit.when': 'When',
  'admin.audit.who': 'Who',
  'admin.audit.what': 'What',
  'admin.audit.changes': 'Values before and after',
  'admin.audit.none': '(none)',
  'admin.audit.value': '{field}: {value}',
  'admin.audit.change': '{field}: {before} → {after}',
  'admin.audit.action.settings.general': 'Changed the general settings',
  'admin.audit.action.settings.matching': 'Changed the matching settings',
  'admin.audit.action.settings.agreement': 'Changed the Mentoring Agreement',
  'admin.audit.action.settings.emails': 'Changed the email introductions',
  'admin.audit.action.session.created': 'Added a session',
  'admin.audit.action.session.updated': 'Changed a session',
  'admin.audit.action.program.created': 'Added a program',
  'admin.audit.action.email.retried': 'Sent a failed email again',
  'admin.audit.subject.program': 'Program: {name}',
  'admin.audit.subject.session': 'Session: {name}',
  'admin.audit.subject.outbox': 'Email “{email}” to {name}',
  'admin.audit.subject.gone.program': 'A program since deleted',
  'admin.audit.subject.gone.session': 'A session since deleted',
  'admin.audit.subject.gone.outbox': 'An email since deleted',
  'admin.audit.member_gone': 'a member since deleted',
  'admin.audit.session_gone': 'a session since deleted',
  'admin.audit.value.yes': 'Yes',
  'admin.audit.value.no': 'No',
  'admin.audit.field.name': 'Name',
  'admin.audit.field.programContactEmail': 'Program contact address',
  'admin.audit.field.supportContactEmail': 'Support contact address',
  'admin.audit.field.partnershipTermMonths': 'Partnership term, in months',
  'admin.audit.field.requestExpiryDays': 'Request expiry, in days',
  'admin.audit.field.maxMentorCapacity': 'Most mentees per mentor',
  'admin.audit.field.documentRetentionDays': 'Document retention, in days',
  'admin.audit.field.weights_focus': 'Weight of professional focus',
  'admin.audit.field.weights_location': 'Weight of location',
  'admin.audit.field.weights_experience': 'Weight of years of experience',
  'admin.audit.field.weights_skills': 'Weight of skills',
  'admin.audit.field.weights_supervisory': 'Weight of supervisory experience',
  'admin.audit.field.minExperienceGap': 'Least difference in years of experience',
  'admin.audit.field.version': 'Agreement version',
  'admin.audit.field.title': 'Title',
  'admin.audit.field.language': 'Language',
  'admin.audit.field.registrationOpens': 'Registration opens',
  'admin.audit.field.registrationCloses': 'Registration closes',
  'admin.audit.field.starts': 'Starts',
  'admin.audit.field.termMonths': 'Term, in months',
  'admin.audit.field.status': 'Status',
  'admin.audit.field.lastError': 'Reason of the last failure',
  'admin.audit.field.attempts': 'Attempts',
  'admin.audit.field.slug': 'Short name',
  'admin.audit.field.introduction': 'Introduction of “{email}”',
  'admin.audit.field.introduction.en': 'Introduction of “{email}”, in English',
  'admin.audit.field.introduction.fr': 'Introduction of “{email}”, in French',
  'admin.audit.field.adminRole': 'Administrator role',

  'admin.sessions.heading': 'Sessions',
  'admin.sessions.intro':
    'The program runs in sessions: registration opens and closes on set dates, the matches are ' +
    'confirmed, then the session starts and runs for its term.',
  'admin.sessions.rule':
    'Roles are approved only while a session’s registration is open. Between sessions, members ' +
    'can still save their profile and apply: their roles wait and are approved when the next ' +
    'registration opens. A program with no session at all takes applications all year.',
  'admin.sessions.matching_rule':
    'Matching works within a session: members are suggested and paired only with members of the ' +
    'same session. When a session’s registration opens, approved mentees still without a ' +
    'partner, and mentors with room left, carry over into it. A partnership signed before its ' +
    'session starts begins on the session’s start date and runs for the session’s term.',
  'admin.sessions.none': 'This program has no session: it takes applications all year.',
  'admin.sessions.state': 'Phase',
  'admin.sessions.confirm_matches': 'Confirm the matches',
  'admin.sessions.new_heading': 'Add a session',
  'admin.sessions.create': 'Add the session',
  'admin.sessions.update': 'Save the session',
  'admin.sessions.back': 'Back to the sessions',
  'admin.sessions.edit_heading': 'Change the session {name}',
  'admin.sessions.field.name': 'Session name',
  'admin.sessions.field.registration_opens': 'Registration opens',
  'admin.sessions.field.registration_closes': 'Registration closes',
  'admin.sessions.field.starts': 'Session starts',
  'admin.sessions.field.term_months': 'Term, in months',
  'admin.sessions.hint.date': 'A date, like 2027-02-01, in Ontario time.',
  'admin.sessions.hint.registration_closes':
    'A date, like 2027-02-21; applications are taken until the end of that day, Ontario time.',
  'admin.sessions.hint.term_months':
    'From {min} to {max}. Partnerships formed in the session run this long.',
  'admin.sessions.error.name_required': 'Enter the session’s name',
  'admin.sessions.error.date': 'Enter a date like 2027-02-01',
  'admin.sessions.error.closes_before_opens':
    'Registration must close on or after the day it opens',
  'admin.sessions.error.starts_before_close': 'The session must start after registration closes',
  'admin.sessions.error.overlap': 'The registration dates overlap another session’s',
  'admin.sessions.status.upcoming': 'Registration not open yet',
  'admin.sessions.status.registration_open': 'Registration open',
  'admin.sessions.status.registration_closed': 'Registration closed: matches being confirmed',
  'admin.sessions.status.running': 'Running',
  'admin.sessions.status.finished': 'Finished',
  'admin.sessions.notice.created': 'The session is added and recorded in the audit log.',
  'admin.sessions.notice.updated':
    'The session is changed and the change recorded in the audit log.',

  'admin.programs.heading': 'Programs',
  'admin.programs.intro':
    'Every administration page works on one program at a time. Choose it here.',
  'admin.programs.current': 'You are working on: {name}',
  'admin.programs.picker_label': 'Program to work on',
  'admin.programs.choose': 'Work on this program',
  'admin.programs.list_heading': 'Programs you administer',
  'admin.programs.is_current': '(the one you work on)',
  'admin.programs.new_heading': 'Add a program',
  'admin.programs.new_intro':
    'A new program starts with the default settings and its own list of institutions; choose it ' +
    'above to configure it.',
  'admin.programs.create': 'Add the program',
  'admin.programs.field.slug': 'Short name',
  'admin.programs.hint.slug':
    'Lower-case letters, digits and hyphens, 2 to 64 characters, like ola-students.',
  'admin.programs.error.slug':
    'Enter 2 to 64 lower-case letters, digits or hyphens, starting with a letter or digit',
  'admin.programs.error.slug_taken': 'Another program already has this short name',
  'admin.programs.notice.created': 'The program is added and recorded in its audit log.',

  'admin.email_log.heading': 'Email log',
  'admin.email_log.intro':
    'Every email the program sends, newest first. A failed email shows the reason; sending it ' +
    'again puts it back in the queue.',
  'admin.email_log.filter_label': 'Show',
  'admin.email_log.filter_button': 'Show these emails',
  'admin.email_log.filter.all': 'All emails',
  'admin.email_log.filter.pending': 'Waiting to be sent',
  'admin.email_log.filter.sent': 'Sent',
  'admin.email_log.filter.failed': 'Failed',
  'admin.email_log.count': 'Emails: {count}',
  'admin.email_log.empty': 'No email to show.',
  'admin.email_log.created': 'Written',
  'admin.email_log.email': 'Email',
  'admin.email_log.recipient': 'Recipient',
  'admin.email_log.status_heading': 'Status',
  'admin.email_log.attempts': 'Attempts',
  'admin.email_log.reason': 'Reason of the last failure',
  'admin.email_log.status.pending': 'Waiting to be sent',
  'admin.email_log.status.sent': 'Sent',
  'admin.email_log.status.failed': 'Failed',
  'admin.email_log.retry': 'Send again',
  'admin.email_log.retry_label': 'Send again: {email} to {name}',
  'admin.email_log.notice.retried': 'The email is back in the queue and will be sent shortly.',
  'admin.email_log.notice.not_failed':
    'That email had not failed (perhaps it was already sent again); nothing was changed.',

  'admin.approvals.reason.no_open_session':
    'Applied while no session’s registration was open; approved when the next one opens.',
  'profile.reason.no_open_session':
    'No session is taking applications right now. Your profile is saved; this role will be ' +
    'approved when the next session’s registration opens.',
  'home.programs.heading': 'Programs open for enrolment',
  'home.programs.heading_admin': 'Programs open for enrolment or that you administer',
  'home.programs.current': 'the program you are in',
  'home.programs.choose': 'Work in this program',
  // Visually hidden after the button's visible words, so its name starts with them.
  'home.programs.choose_which': ': {program}',
} as const;
