/**
 * The program's sessions as plain rules. A session has a registration window (from the start
 * of its opening date to the end of its closing date, in Ontario), a start date and a term.
 * Its phases: upcoming, registration open, registration closed (administrators confirm the
 * matches), running (from its start date, for its term), finished.
 *
 * The rules members meet:
 * - A role is approved only while a session's registration is open. A program with no session
 *   at all is open all year (as every program was before sessions existed), and every role's
 *   session stays null there. Between windows a member may still save a profile and apply;
 *   the role then waits with the reason 'no_open_session' and is approved when the next
 *   window opens.
 * - Every approval puts the role in the current session: the latest whose registration has
 *   opened (the open one, while a window is open; null before any has opened). An
 *   administrator's approval or reinstatement, or a member's return after a lapse, does too.
 * - Matching works within a session: a mentor and a mentee are suggested, proposed, paired by
 *   hand or may ask each other only when their roles belong to the same session (the hard
 *   rule and refusal 'different_session').
 * - Carry-over: when a session's registration opens, the roles of earlier sessions (or of
 *   none) that are still approved and free (a mentee in no partnership, a mentor with room
 *   left) move into it, by the same job that admits the waiting roles, so nobody is stranded
 *   in a past session. A role whose partnership fills it stays with its session; freed later
 *   (the partnership ends), it waits for the next session's opening, as a new applicant would.
 * - A partnership belongs to its mentee's session. Signed before the session's start date, it
 *   is active at once but its term starts on that date; signed later, it starts at the second
 *   signature. Either way it runs for the session's term. A mentee with no session (none had
 *   opened) starts at the second signature, for the current session's term if one has opened
 *   since, else the program's.
 *
 * Not built: applying again for each session (an approved role stays in the program from one
 * session to the next), and deleting a session.
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

/** When a partnership of the session whose second signature lands at `signedAt` runs. */
export function sessionTerm(
  session: ProgramSession,
  signedAt: number,
): { startsAt: number; endsAt: number } {
  const startsAt = Math.max(signedAt, session.startsAt);
  return { startsAt, endsAt: addMonths(startsAt, session.termMonths) };
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
 * The current session: the latest whose registration has opened, which every approval joins;
 * null when no session has opened yet.
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
