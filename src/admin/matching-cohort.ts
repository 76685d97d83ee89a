/**
 * The program's matching cohort as administrators' pages check it: every candidate profile,
 * the excluded pairs and the program's matching settings, loaded the way the matching job
 * loads them, and a check of one pair against the engine's hard rules with its score.
 */
import type { Database } from '../db/database';
import { loadCandidates, loadExclusions, type PlaceLookup } from '../matching/cohort-store';
import {
  brokenHardRules,
  buildExclusions,
  scorePair,
  type CandidateProfile,
  type HardRule,
  type MatchingSettings,
  type PairExclusions,
  type PairScore,
} from '../matching/engine';

export interface CohortSnapshot {
  profiles: Map<number, CandidateProfile>;
  exclusions: PairExclusions;
  settings: MatchingSettings;
}

export interface CohortSources {
  db: Database;
  placeOf: PlaceLookup;
  settingsFor: (programId: number) => Promise<MatchingSettings>;
}

/** Loads the whole cohort: a few set queries, as the matching job does. */
export async function loadCohort(sources: CohortSources, programId: number) {
  const candidates = await loadCandidates(sources.db, programId, sources.placeOf);
  const exclusions = buildExclusions(await loadExclusions(sources.db, programId));
  const settings = await sources.settingsFor(programId);
  const profiles = new Map(candidates.map((profile) => [profile.memberId, profile]));
  return { profiles, exclusions, settings } satisfies CohortSnapshot;
}

export interface PairCheck {
  mentorId: number;
  menteeId: number;
  /** Every hard rule the pair breaks, in the engine's order; empty when it may be made. */
  broken: HardRule[];
  /** Null when either member has no profile with a role to score. */
  score: PairScore | null;
}

/** What the engine says of the pair: the rules it breaks and its score by criterion. */
export function checkPair(cohort: CohortSnapshot, mentorId: number, menteeId: number): PairCheck {
  const mentor = cohort.profiles.get(mentorId);
  const mentee = cohort.profiles.get(menteeId);
  if (!mentor || !mentee) {
    const broken: HardRule[] = [];
    if (!mentor) broken.push('not_a_mentor');
    if (!mentee) broken.push('not_a_mentee');
    return { mentorId, menteeId, broken, score: null };
  }

  const { settings, exclusions } = cohort;
  const broken = brokenHardRules(mentor, mentee, settings, exclusions);
  return { mentorId, menteeId, broken, score: scorePair(mentor, mentee, settings) };
}

/**
 * The session a pair is made in: its mentee's, as its partnership's is (the hard rules keep
 * the mentor's the same); null outside sessions.
 */
export function sessionOfPair(cohort: CohortSnapshot, pair: { menteeId: number }): number | null {
  return cohort.profiles.get(pair.menteeId)?.mentee?.sessionId ?? null;
}
