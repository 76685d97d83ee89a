/**
 * The choices a profile offers and the limits it keeps, in one place: the form, the checks and
 * the stores all read them from here.
 */

export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];

// Sectors and skills are the matching engine's own words, so a profile can always be matched.
import { FOCUSES, SKILLS, type Focus, type Skill } from '../matching/engine/types';

export { FOCUSES, SKILLS, type Focus, type Skill };

/** Only members with this many years of work experience or more may apply as mentors. */
export const MENTOR_MIN_YEARS = 3;

/**
 * Limits every program shares for now. Program settings come later; until then a program's
 * maximum mentor capacity is this constant, and nothing else reads one.
 */
export const PROFILE_LIMITS = {
  maxMentorCapacity: 3,
  defaultMentorCapacity: 1,
  maxYears: 70,
  maxSupervisedPeople: 10_000,
  otherInformationLength: 2000,
  emailLength: 191,
  phoneLength: 32,
  institutionLength: 191,
  placeQueryLength: 100,
} as const;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isFocus(value: unknown): value is Focus {
  return typeof value === 'string' && (FOCUSES as readonly string[]).includes(value);
}

export function isSkill(value: unknown): value is Skill {
  return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}

/** The program's rule for mentors, enforced on every save whatever the form sent. */
export function meetsMentorExperience(yearsExperience: number): boolean {
  return yearsExperience >= MENTOR_MIN_YEARS;
}

/**
 * Whether the form shows the mentor choice. Before a member has given their years it is shown
 * with its condition beside it (the script hides it as they type fewer); after, only if met.
 */
export function mentorRoleOffered(knownYears: number | null): boolean {
  return knownYears === null || meetsMentorExperience(knownYears);
}
