/**
 * The matching engine: plain functions over plain data, with no I/O and no clock. The job that
 * runs matching loads profiles, settings and excluded pairs through stores, calls these, and
 * saves what they return. docs/matching.md shows how to use it.
 */
import { prepareRun } from './candidate-scan';
import type { MatchingRun } from './candidate-scan';
import { prepareCohort } from './cohort';
import { solveCohort } from './cohort-optimum';
import type { CohortOptimumOptions } from './cohort-optimum';
import { proposeAssignment } from './proposal';
import { assertOneSession, eachSession, memberSuggestionsBySession } from './sessions';
import type { CohortResult } from './sessions';
import { rankCohortSuggestions } from './suggestions';
import type { MemberSuggestionOptions, SuggestionOptions } from './suggestions';
import type { CandidateProfile, MatchingContext, MemberSuggestions } from './types';

export * from './types';
export {
  DEFAULT_MATCHING_SETTINGS,
  SCORE_SCALE,
  assertValidSettings,
  matchingSettings,
} from './settings';
export type { MatchingSettingsOverrides } from './settings';
export { buildExclusions, exclusionBetween } from './exclusions';
export { brokenHardRules, checkHardRules, sessionOf } from './hard-rules';
export { sessionPools } from './sessions';
export type { CohortResult, SessionKey } from './sessions';
export { scorePair } from './scoring';
export { haversineKm } from './geo';
export type { MatchingRun } from './candidate-scan';
export { solveCohort } from './cohort-optimum';
export type { CohortOptimum, CohortOptimumOptions, CohortSolution } from './cohort-optimum';
export {
  DEFAULT_SUGGESTION_LIMIT,
  rankByScore,
  rankCohortSuggestions,
  suggestionsFor,
} from './suggestions';
export type { MemberSuggestionOptions, SuggestionOptions } from './suggestions';
export { proposeAssignment, spreadOf } from './proposal';
export {
  AssignmentSolver,
  certifiesOptimum,
  graphFromEdges,
  solveAssignment,
} from './assignment';
export type { Assignment, BipartiteGraph } from './assignment';

/**
 * Prepares a cohort for a matching run: checks and lays out the profiles (throwing a
 * RangeError on a duplicate member, an unknown value, or approved roles of more than one
 * session: see sessionPools) and turns the settings into tables.
 */
export function prepareMatching(
  profiles: readonly CandidateProfile[],
  context: MatchingContext,
): MatchingRun {
  assertOneSession(profiles);
  return prepareRun(prepareCohort(profiles), context);
}

/**
 * Everything a whole-cohort job needs in one call: the exact optimum, lists and proposal, each
 * session's pool solved on its own and the results merged.
 */
export function computeCohortSuggestions(
  profiles: readonly CandidateProfile[],
  context: MatchingContext,
  options: SuggestionOptions & CohortOptimumOptions = {},
): CohortResult {
  return eachSession(profiles, (pool) => {
    const solution = solveCohort(prepareMatching(pool, context), options);
    return { ...rankCohortSuggestions(solution, options), proposal: proposeAssignment(solution) };
  });
}

/**
 * One member's lists for the on-approval path, each role scored against its own session's
 * pool; undefined when the member is not in the cohort.
 */
export function memberSuggestions(
  profiles: readonly CandidateProfile[],
  context: MatchingContext,
  memberId: number,
  options: MemberSuggestionOptions = {},
): MemberSuggestions | undefined {
  const prepare = (pool: readonly CandidateProfile[]) => prepareMatching(pool, context);
  return memberSuggestionsBySession(profiles, memberId, prepare, options);
}
