/**
 * "Why excluded": for one member, in each role they applied for, which candidates the hard
 * rules keep from them and which rules each one breaks. Rules about the member's own role
 * (not approved, paused, already matched) hold for every candidate, so they are given once.
 * Plain functions over the loaded cohort.
 */
import { brokenHardRules, type CandidateProfile, type HardRule } from '../matching/engine';
import type { CohortSnapshot } from './matching-cohort';

/** The rules about the side of the pair the member plays, by that side. */
const OWN_RULES: Record<'mentor' | 'mentee', readonly HardRule[]> = {
  mentor: ['not_a_mentor', 'mentor_not_approved', 'mentor_inactive', 'mentor_full'],
  mentee: ['not_a_mentee', 'mentee_not_approved', 'mentee_inactive', 'mentee_matched'],
};

export interface ExcludedCandidate {
  memberId: number;
  rules: HardRule[];
}

export interface SideExclusions {
  side: 'mentor' | 'mentee';
  /** Rules the member's own role breaks: with any of these, nobody can be suggested. */
  ownRules: HardRule[];
  excluded: ExcludedCandidate[];
  /** Candidates no rule keeps from the member. */
  allowed: number;
  /** Everyone who applied for the other role. */
  candidates: number;
}

/** The member's exclusions in each role they applied for (none when they have no profile). */
export function exclusionsFor(cohort: CohortSnapshot, memberId: number): SideExclusions[] {
  const member = cohort.profiles.get(memberId);
  if (!member) return [];

  const sides: SideExclusions[] = [];
  if (member.mentee) sides.push(sideOf(cohort, member, 'mentee'));
  if (member.mentor) sides.push(sideOf(cohort, member, 'mentor'));
  return sides;
}

/** Scoring is left out: a member's page checks every candidate, and only the rules count. */
function sideOf(cohort: CohortSnapshot, member: CandidateProfile, side: 'mentor' | 'mentee') {
  const { settings, exclusions } = cohort;
  const memberId = member.memberId;
  const result: SideExclusions = { side, ownRules: [], excluded: [], allowed: 0, candidates: 0 };
  const own = new Set<HardRule>();

  for (const candidate of cohort.profiles.values()) {
    const offers = side === 'mentee' ? candidate.mentor : candidate.mentee;
    if (candidate.memberId === memberId || offers === null) continue;

    result.candidates++;
    const [mentor, mentee] = side === 'mentee' ? [candidate, member] : [member, candidate];
    const broken = brokenHardRules(mentor, mentee, settings, exclusions);
    broken.filter((rule) => OWN_RULES[side].includes(rule)).forEach((rule) => own.add(rule));
    const rules = broken.filter((rule) => !OWN_RULES[side].includes(rule));
    if (rules.length > 0) result.excluded.push({ memberId: candidate.memberId, rules });
    else if (broken.length === 0) result.allowed++;
  }
  result.ownRules = OWN_RULES[side].filter((rule) => own.has(rule));
  return result;
}
