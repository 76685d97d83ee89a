/**
 * The rules no suggestion may break, checked one pair at a time and naming the rule that
 * keeps a pair apart, so that an administrator can be told why two members were not paired.
 */
import { exclusionBetween } from './exclusions';
import type {
  CandidateProfile,
  ExclusionKind,
  HardRule,
  MatchingSettings,
  PairExclusions,
  SessionRole,
} from './types';

const EXCLUSION_RULES: Record<ExclusionKind, HardRule> = {
  partnership: 'partnership_exists',
  pending_request: 'request_pending',
  declined: 'declined',
  not_interested: 'not_interested',
};

/** Why a member cannot be offered as a mentor at all, or null when they can. */
export function mentorRoleBlock(profile: CandidateProfile): HardRule | null {
  const role = profile.mentor;
  if (role === null) return 'not_a_mentor';
  if (!role.approved) return 'mentor_not_approved';
  if (!role.active) return 'mentor_inactive';
  if (!(role.openSlots > 0)) return 'mentor_full';
  return null;
}

/** Why a member cannot be offered as a mentee at all, or null when they can. */
export function menteeRoleBlock(profile: CandidateProfile): HardRule | null {
  const role = profile.mentee;
  if (role === null) return 'not_a_mentee';
  if (!role.approved) return 'mentee_not_approved';
  if (!role.active) return 'mentee_inactive';
  if (role.matched) return 'mentee_matched';
  return null;
}

/** The session a role belongs to; null (a session of its own) outside sessions. */
export function sessionOf(role: SessionRole): number | null {
  return role.sessionId ?? null;
}

/**
 * Whether two approved roles belong to different sessions. A role not approved has joined no
 * session yet, and its own rule already keeps it out.
 */
function inDifferentSessions(mentor: CandidateProfile, mentee: CandidateProfile): boolean {
  if (!mentor.mentor?.approved || !mentee.mentee?.approved) return false;
  return sessionOf(mentor.mentor) !== sessionOf(mentee.mentee);
}

function exclusionRule(kind: ExclusionKind): HardRule {
  return EXCLUSION_RULES[kind];
}

/** Every rule the pair breaks, in the order of HARD_RULES; empty when the pair is allowed. */
export function brokenHardRules(
  mentor: CandidateProfile,
  mentee: CandidateProfile,
  settings: MatchingSettings,
  exclusions: PairExclusions,
): HardRule[] {
  const broken: HardRule[] = [];
  if (mentor.memberId === mentee.memberId) broken.push('same_member');

  const mentorBlock = mentorRoleBlock(mentor);
  if (mentorBlock !== null) broken.push(mentorBlock);
  const menteeBlock = menteeRoleBlock(mentee);
  if (menteeBlock !== null) broken.push(menteeBlock);
  if (inDifferentSessions(mentor, mentee)) broken.push('different_session');

  if (mentor.institutionKey !== null && mentor.institutionKey === mentee.institutionKey) {
    broken.push('same_institution');
  }
  if (!(mentor.yearsExperience - mentee.yearsExperience >= settings.minExperienceGap)) {
    broken.push('experience_gap');
  }

  const kind = exclusionBetween(exclusions, mentor.memberId, mentee.memberId);
  if (kind !== undefined) broken.push(exclusionRule(kind));
  return broken;
}

/** The first rule that keeps the pair apart, or null when they may be suggested. */
export function checkHardRules(
  mentor: CandidateProfile,
  mentee: CandidateProfile,
  settings: MatchingSettings,
  exclusions: PairExclusions,
): HardRule | null {
  return brokenHardRules(mentor, mentee, settings, exclusions)[0] ?? null;
}
