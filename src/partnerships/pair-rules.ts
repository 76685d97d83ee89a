/**
 * The program's hard rules for a mentor and a mentee who want to work together, as plain
 * functions over plain data. They answer with a refusal code the views put into words, or
 * null when the pair may go ahead.
 */

export const PAIR_REFUSALS = [
  'self',
  'no_profile',
  'mentor_not_approved',
  'mentee_not_approved',
  'mentor_paused',
  'mentee_paused',
  'different_session',
  'same_institution',
  'experience',
  'mentor_full',
  'mentee_matched',
  'request_pending',
  'partnership_exists',
  'declined',
] as const;

export type PairRefusal = (typeof PAIR_REFUSALS)[number];

/** A mentee works with one mentor at a time, as the matching assumes. */
export const MENTEE_PLACES = 1;

/** One member as the rules see them, in the role they would play. */
export interface PairSide {
  memberId: number;
  hasProfile: boolean;
  /** The status of the role they would play (mentor or mentee); null if not applied for. */
  roleStatus: string | null;
  paused: boolean;
  /** The institution they work at, merges followed; null if none. */
  institutionId: number | null;
  yearsExperience: number;
  /** How many partnerships the role allows at once. */
  capacity: number;
  /** How many the member is already in under that role. */
  placesTaken: number;
  /** The program session the role belongs to; null (or absent) outside sessions. */
  sessionId?: number | null;
}

/** What already stands between the two members, in either direction. */
export interface PairHistory {
  pendingRequest: boolean;
  partnership: boolean;
  declined: boolean;
}

/** Why the pair may not work together, or null when they may. */
export function pairRefusal(
  mentor: PairSide,
  mentee: PairSide,
  history: PairHistory,
): PairRefusal | null {
  if (mentor.memberId === mentee.memberId) return 'self';
  if (!mentor.hasProfile || !mentee.hasProfile) return 'no_profile';

  return roleRefusal(mentor, mentee) ?? historyRefusal(history) ?? fitRefusal(mentor, mentee);
}

function roleRefusal(mentor: PairSide, mentee: PairSide): PairRefusal | null {
  if (mentor.roleStatus !== 'approved') return 'mentor_not_approved';
  if (mentee.roleStatus !== 'approved') return 'mentee_not_approved';
  if (mentor.paused) return 'mentor_paused';
  if (mentee.paused) return 'mentee_paused';
  return null;
}

function fitRefusal(mentor: PairSide, mentee: PairSide): PairRefusal | null {
  // Matching works within a session (see program-session-rules).
  if ((mentor.sessionId ?? null) !== (mentee.sessionId ?? null)) return 'different_session';
  if (mentor.institutionId !== null && mentor.institutionId === mentee.institutionId) {
    return 'same_institution';
  }
  // The product's rule is "above"; the wider gap the matching prefers only ranks suggestions.
  if (!(mentor.yearsExperience > mentee.yearsExperience)) return 'experience';
  if (!(mentor.placesTaken < mentor.capacity)) return 'mentor_full';
  if (!(mentee.placesTaken < mentee.capacity)) return 'mentee_matched';
  return null;
}

function historyRefusal(history: PairHistory): PairRefusal | null {
  if (history.partnership) return 'partnership_exists';
  if (history.pendingRequest) return 'request_pending';
  if (history.declined) return 'declined';
  return null;
}

/** The key that is unique while a request between the two members is pending. */
export function openPairKey(programId: number, a: number, b: number): string {
  return `${programId}:${Math.min(a, b)}:${Math.max(a, b)}`;
}

/** A typed signature matches the member's name: case, spacing and Unicode form aside. */
export function signatureMatches(typed: string, givenName: string, surname: string): boolean {
  const wanted = normaliseName(`${givenName} ${surname}`);
  return wanted !== '' && normaliseName(typed) === wanted;
}

function normaliseName(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-CA');
}

/**
 * The same day of the month, `months` later, in UTC; a day the later month lacks becomes its
 * last day (31 August plus six months is 28 or 29 February).
 */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}
