/**
 * An audit entry in words a committee member reads: the action, what it was done to (by its
 * name: "Role: Mentor — Jane Doe", not "role:12"), and each value before and after under the
 * name of its field. Every word comes from the catalogue: an action, field or kind of subject
 * the catalogue lacks throws, so that a test catches it rather than a page showing a code.
 */
import {
  formatDate,
  formatNumber,
  pickLocale,
  translate,
  type Locale,
  type MessageParams,
} from '../i18n/catalogue';
import { AUDIT_MEMBER_FIELDS, AUDIT_SESSION_FIELD, type AuditNames } from './audit-log-names';
import type { AuditEntry } from './audit-log-store';
import { emailName } from './email-names';

/** Session dates are recorded as calendar days ('2027-02-01'), in Ontario. */
const DATE_FIELDS: readonly string[] = ['registrationOpens', 'registrationCloses', 'starts'];
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A moment as administrators read it: date and time in Ontario. */
export function formatDateTime(locale: Locale, ms: number): string {
  return new Intl.DateTimeFormat(`${locale}-CA`, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  }).format(new Date(ms));
}

interface Words {
  locale: Locale;
  names: AuditNames;
  t: (key: string, params?: MessageParams) => string;
}

/** The words that name a subject, or undefined when it was deleted since. */
function subjectParams(words: Words, kind: string, id: number): MessageParams | undefined {
  const { names, t } = words;
  const named = (name: string | undefined) => (name === undefined ? undefined : { name });
  if (kind === 'role') {
    const role = names.roles.get(id);
    return role && { role: t(`profile.role.${role.role}`), name: role.memberName };
  }
  if (kind === 'partnership') {
    const pair = names.partnerships.get(id);
    return pair && { mentor: pair.mentorName, mentee: pair.menteeName };
  }
  if (kind === 'outbox') {
    const email = names.emails.get(id);
    return email && { email: emailName(words.locale, email.template), name: email.toName };
  }
  if (kind === 'draft') return names.drafts.has(id) ? { number: id } : undefined;
  if (kind === 'program') return named(names.programs.get(id));
  if (kind === 'session') return named(names.sessions.get(id));
  if (kind === 'institution') return named(names.institutions.get(id));
  // A kind this page does not know: its key is missing, and the lookup below throws.
  return {};
}

function subjectText(words: Words, subject: string): string {
  const [kind, id] = subject.split(':');
  const params = subjectParams(words, kind, Number(id));
  if (!params) return words.t(`admin.audit.subject.gone.${kind}`);
  return words.t(`admin.audit.subject.${kind}`, params);
}

/** An email introduction's field is 'TEMPLATE.LANGUAGE'; before languages, 'TEMPLATE'. */
function introductionLabel(words: Words, field: string): string {
  const [template, language] = field.split('.');
  const email = emailName(words.locale, template);
  const key = language
    ? `admin.audit.field.introduction.${language}`
    : 'admin.audit.field.introduction';
  return words.t(key, { email });
}

function fieldLabel(words: Words, action: string, field: string): string {
  if (action === 'settings.emails') return introductionLabel(words, field);
  // 'weights.focus' is keyed 'weights_focus': a dot would split the key.
  return words.t(`admin.audit.field.${field.replace(/\./g, '_')}`);
}

function calendarDay(locale: Locale, day: string): string | null {
  const match = CALENDAR_DAY.exec(day);
  if (!match) return null;
  // Noon UTC is the same calendar day in Ontario.
  return formatDate(locale, Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

function valueText(words: Words, action: string, field: string, value: unknown): string {
  const { locale, names, t } = words;
  if (value === null || value === undefined || value === '') return t('admin.audit.none');
  if (AUDIT_MEMBER_FIELDS.includes(field) && typeof value === 'number') {
    return names.members.get(value) ?? t('admin.audit.member_gone');
  }
  if (field === AUDIT_SESSION_FIELD && typeof value === 'number') {
    return names.sessions.get(value) ?? t('admin.audit.session_gone');
  }
  if (action === 'email.retried' && field === 'status') {
    return t(`admin.email_log.status.${String(value)}`);
  }
  if (action === 'settings.agreement' && field === 'language') {
    return t(`language.name.${pickLocale(String(value))}`);
  }
  if (typeof value === 'boolean') return t(`admin.audit.value.${value ? 'yes' : 'no'}`);
  if (typeof value === 'number') return formatNumber(locale, value);
  if (typeof value === 'string') {
    return (DATE_FIELDS.includes(field) && calendarDay(locale, value)) || value;
  }
  return JSON.stringify(value);
}

export interface AuditEntryView {
  when: string;
  who: string;
  action: string;
  subject: string;
  /** Each field's change in a sentence: 'Request expiry, in days: 14 → 21'. */
  changes: string[];
}

export function auditEntryView(
  locale: Locale,
  names: AuditNames,
  entry: AuditEntry,
): AuditEntryView {
  const words: Words = { locale, names, t: (key, params) => translate(locale, key, params) };
  const fields = Object.keys({ ...entry.before, ...entry.after });
  const value = (values: AuditEntry['before'], field: string) =>
    valueText(words, entry.action, field, values?.[field]);

  return {
    when: formatDateTime(locale, entry.createdAt),
    who: entry.actor.name,
    action: words.t(`admin.audit.action.${entry.action}`),
    subject: subjectText(words, entry.subject),
    changes: fields.map((field) => {
      const label = fieldLabel(words, entry.action, field);
      const after = value(entry.after, field);
      if (!entry.before) return words.t('admin.audit.value', { field: label, value: after });
      const before = value(entry.before, field);
      return words.t('admin.audit.change', { field: label, before, after });
    }),
  };
}
