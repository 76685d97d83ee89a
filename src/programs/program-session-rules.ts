/**
 * The program's sessions as plain rules. A session has a registration window (from the start
 * of its opening date to the end of its closing date, in Ontario), a start date and a term.
 *
 * The rule members meet: a role is approved only while a session's registration is open.
 * A program with no session at all is open all year (as every program was before sessions
 * existed). Between windows a member may still save a profile and apply; the role then waits
 * with the reason 'no_open_session' and is approved when the next window opens.
 *
 * Roles are not tagged with the session that admitted them: an approved member stays in the
 * matching pool from one session to the next until matched, so the pool is "everyone
 * admitted so far", not "this session's applicants only". Per-session pools (and applying
 * again for each session) are not built.
 */
import { addMonths } from '../partnerships/pair-rules';
import type { FieldErrors } from '../web/errors';
import { endOfDate, startOfDate } from './program-session-dates';
import type { Checked, SettingsForm } from './program-settings-validation';

export interface ProgramSession {
  id: number;
  programId: number;
  name: string;
  registrationOpensAt: number;
  /** Exclusive: the first instant after the closing date. */
  registrationClosesAt: number;
  startsAt: number;
  termMonths: number;
}

export type SessionInput = Omit<ProgramSession, 'id' | 'programId'>;

export type SessionStatus =
  | 'upcoming'
  | 'registration_open'
  | 'registration_closed'
  | 'running'
  | 'finished';

export const SESSION_LIMITS = { nameLength: 191, termMonths: { min: 1, max: 36 } } as const;

export const SESSION_FIELDS = [
  'name',
  'registration_opens',
  'registration_closes',
  'starts',
  'term_months',
] as const;

export function sessionStatus(session: ProgramSession, now: number): SessionStatus {
  if (now < session.registrationOpensAt) return 'upcoming';
  if (now < session.registrationClosesAt) return 'registration_open';
  if (now < session.startsAt) return 'registration_closed';
  return now < addMonths(session.startsAt, session.termMonths) ? 'running' : 'finished';
}

/** The session whose registration is open now, if any. */
export function openSession(
  sessions: readonly ProgramSession[],
  now: number,
): ProgramSession | null {
  return sessions.find((s) => s.registrationOpensAt <= now && now < s.registrationClosesAt) ?? null;
}

/** Whether a role may be approved now: a window is open, or the program has no sessions. */
export function registrationOpen(sessions: readonly ProgramSession[], now: number): boolean {
  return sessions.length === 0 || openSession(sessions, now) !== null;
}

/**
 * The session partnerships formed now belong to: the latest whose registration has opened.
 * Its term is theirs; null when no session has opened yet.
 */
export function currentSession(
  sessions: readonly ProgramSession[],
  now: number,
): ProgramSession | null {
  const opened = sessions.filter((s) => s.registrationOpensAt <= now);
  const later = (a: ProgramSession | null, b: ProgramSession) =>
    a === null || b.registrationOpensAt > a.registrationOpensAt ? b : a;
  return opened.reduce<ProgramSession | null>(later, null);
}

function overlaps(a: SessionInput, b: SessionInput): boolean {
  return (
    a.registrationOpensAt < b.registrationClosesAt && b.registrationOpensAt < a.registrationClosesAt
  );
}

/** Checks the session form; `others` are the program's other sessions (windows may not overlap). */
export function checkSessionForm(
  form: SettingsForm,
  others: readonly ProgramSession[],
): Checked<SessionInput> {
  const errors: FieldErrors = {};
  const name = form.name.replace(/\s+/g, ' ').trim();
  if (name === '') errors.name = 'admin.sessions.error.name_required';
  else if (name.length > SESSION_LIMITS.nameLength) errors.name = 'admin.settings.error.too_long';

  const opensAt = startOfDate(form.registration_opens);
  const closesAt = endOfDate(form.registration_closes);
  const startsAt = startOfDate(form.starts);
  if (opensAt === null) errors.registration_opens = 'admin.sessions.error.date';
  if (closesAt === null) errors.registration_closes = 'admin.sessions.error.date';
  if (startsAt === null) errors.starts = 'admin.sessions.error.date';
  if (opensAt !== null && closesAt !== null && closesAt <= opensAt) {
    errors.registration_closes = 'admin.sessions.error.closes_before_opens';
  }
  if (closesAt !== null && startsAt !== null && startsAt < closesAt) {
    errors.starts = 'admin.sessions.error.starts_before_close';
  }

  const termText = form.term_months.trim();
  const termMonths = /^\d{1,3}$/.test(termText) ? Number(termText) : NaN;
  const { min, max } = SESSION_LIMITS.termMonths;
  if (!(termMonths >= min && termMonths <= max)) errors.term_months = 'admin.settings.error.range';

  const input = {
    name,
    registrationOpensAt: opensAt as number,
    registrationClosesAt: closesAt as number,
    startsAt: startsAt as number,
    termMonths,
  };
  if (Object.keys(errors).length === 0 && others.some((other) => overlaps(input, other))) {
    errors.registration_opens = 'admin.sessions.error.overlap';
  }
  return Object.keys(errors).length > 0 ? { value: null, errors } : { value: input, errors: null };
}
