/**
 * What the session tests share: dates counted in days from the real today (members sign in at
 * the real time, since the SAML library checks the identity provider's clock), and the form
 * an administrator fills in to add a session.
 */
import { dateOf } from '../../src/programs/program-session-dates';

export const DAY_MS = 86_400_000;

/** The Ontario date `days` from the real today. */
export function dayFromToday(days: number): string {
  return dateOf(Date.now() + days * DAY_MS);
}

/** A session whose registration opens and closes, and which starts, `days` from today. */
export function sessionForm(opens: number, closes: number, starts: number, term = '4') {
  return {
    name: `Session from ${dayFromToday(opens)}`,
    registration_opens: dayFromToday(opens),
    registration_closes: dayFromToday(closes),
    starts: dayFromToday(starts),
    term_months: term,
  };
}
