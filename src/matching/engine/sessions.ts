/**
 * Matching works within a program session: a mentor and a mentee are paired only when their
 * approved roles belong to the same session (a role's `sessionId`; absent or null is a session
 * of its own, the only one of a program without sessions). The pair checks name the rule
 * ('different_session'); the runs over a cohort apply it by splitting the cohort into one pool
 * per session and running each pool on its own, which keeps the rule out of the scoring loops.
 */
import type { MatchingRun } from './candidate-scan';
import { sessionOf } from './hard-rules';
import { spreadOf } from './proposal';
import { suggestionsFor, type MemberSuggestionOptions } from './suggestions';
import type {
  CandidateProfile,
  CohortProposal,
  CohortSuggestions,
  MarketState,
  MemberSuggestions,
  PairScore,
  SessionRole,
} from './types';

export type SessionKey = number | null;

export type CohortResult = CohortSuggestions & { proposal: CohortProposal };

/** The session an approved role takes part in; undefined for a role not in any pool. */
function poolKey(role: (SessionRole & { approved: boolean }) | null): SessionKey | undefined {
  return role?.approved ? sessionOf(role) : undefined;
}

/**
 * Where a profile takes part: each approved role in its session's pool, the member with that
 * role only when their two roles are in different sessions. A profile without an approved role
 * is kept (for the counts of why mentees are unmatched) with its roles' last session.
 */
function placements(profile: CandidateProfile): Array<[SessionKey, CandidateProfile]> {
  const mentorKey = poolKey(profile.mentor);
  const menteeKey = poolKey(profile.mentee);
  if (mentorKey !== undefined && menteeKey !== undefined && mentorKey !== menteeKey) {
    return [
      [mentorKey, { ...profile, mentee: null }],
      [menteeKey, { ...profile, mentor: null }],
    ];
  }

  const anyRole = profile.mentee ?? profile.mentor;
  const key = [menteeKey, mentorKey, anyRole ? sessionOf(anyRole) : null].find(
    (candidate) => candidate !== undefined,
  );
  return [[key ?? null, profile]];
}

/** The cohort split into one pool per session, in the order sessions first appear. */
export function sessionPools(
  profiles: readonly CandidateProfile[],
): Map<SessionKey, CandidateProfile[]> {
  const pools = new Map<SessionKey, CandidateProfile[]>();
  for (const profile of profiles) {
    for (const [key, placed] of placements(profile)) {
      const pool = pools.get(key);
      if (pool) pool.push(placed);
      else pools.set(key, [placed]);
    }
  }
  return pools;
}

/** Throws a RangeError when approved roles of more than one session share the cohort. */
export function assertOneSession(profiles: readonly CandidateProfile[]): void {
  let first: SessionKey | undefined;
  for (const profile of profiles) {
    for (const key of [poolKey(profile.mentor), poolKey(profile.mentee)]) {
      if (key === undefined) continue;
      first = first === undefined ? key : first;
      if (key !== first) {
        throw new RangeError('the cohort mixes sessions: run each of sessionPools on its own');
      }
    }
  }
}

/** Runs `run` on each session's pool and merges the results, as if they were one cohort's. */
export function eachSession(
  profiles: readonly CandidateProfile[],
  run: (pool: readonly CandidateProfile[]) => CohortResult,
): CohortResult {
  const pools = [...sessionPools(profiles).values()];
  if (pools.length <= 1) return run(profiles);
  return mergeResults(pools.map(run));
}

function union<V>(maps: ReadonlyArray<ReadonlyMap<number, V>>): Map<number, V> {
  return new Map(maps.flatMap((map) => [...map]));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Best pair first, as a single run's proposal orders them. */
function byScore(a: PairScore, b: PairScore): number {
  return b.score - a.score || a.mentorId - b.mentorId || a.menteeId - b.menteeId;
}

function mergeResults(results: CohortResult[]): CohortResult {
  const proposals = results.map((result) => result.proposal);
  const pairs = proposals.flatMap((proposal) => proposal.pairs).sort(byScore);
  const market = (key: keyof MarketState) => union(results.map((result) => result.market[key]));
  return {
    asMentee: union(results.map((result) => result.asMentee)),
    asMentor: union(results.map((result) => result.asMentor)),
    market: {
      mentorPrice: market('mentorPrice'),
      menteePrice: market('menteePrice'),
      mentorExposure: market('mentorExposure'),
      menteeExposure: market('menteeExposure'),
    },
    proposal: {
      pairs,
      totalScore: sum(proposals.map((proposal) => proposal.totalScore)),
      spread: spreadOf(pairs.map((pair) => pair.score)),
      menteesInPool: sum(proposals.map((proposal) => proposal.menteesInPool)),
      mentorsInPool: sum(proposals.map((proposal) => proposal.mentorsInPool)),
      unmatchedMentees: proposals.flatMap((proposal) => proposal.unmatchedMentees),
      mentorsWithRoom: proposals.flatMap((proposal) => proposal.mentorsWithRoom),
    },
  };
}

/**
 * One member's lists for the on-approval path, each role against its own session's pool;
 * undefined when the member is not in the cohort. `prepare` makes a run of one pool.
 */
export function memberSuggestionsBySession(
  profiles: readonly CandidateProfile[],
  memberId: number,
  prepare: (pool: readonly CandidateProfile[]) => MatchingRun,
  options: MemberSuggestionOptions = {},
): MemberSuggestions | undefined {
  const lists = [...sessionPools(profiles).values()]
    .filter((pool) => pool.some((profile) => profile.memberId === memberId))
    .map((pool) => suggestionsFor(prepare(pool), memberId, options));
  if (lists.length <= 1) return lists[0];

  // Two pools: each holds the member with one role, and its lists are that role's.
  const [a, b] = lists;
  const asMentee = a.menteeBlockedBy === 'not_a_mentee' ? b : a;
  const asMentor = a.mentorBlockedBy === 'not_a_mentor' ? b : a;
  return {
    asMentee: asMentee.asMentee,
    asMentor: asMentor.asMentor,
    menteeBlockedBy: asMentee.menteeBlockedBy,
    mentorBlockedBy: asMentor.mentorBlockedBy,
  };
}
