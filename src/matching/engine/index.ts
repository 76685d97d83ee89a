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
import { rankCohortSuggestions } from './suggestions';
import type { SuggestionOptions } from './suggestions';
import type { CandidateProfile, CohortProposal, CohortSuggestions, MatchingContext } from './types';

export * from './types';
export {
  DEFAULT_MATCHING_SETTINGS,
  SCORE_SCALE,
  assertValidSettings,
  matchingSettings,
} from './settings';
export type { MatchingSettingsOverrides } from './settings';
export { buildExclusions, exclusionBetween } from './exclusions';
export { brokenHardRules, checkHardRules } from './hard-rules';
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
 * RangeError on a duplicate member or an unknown value) and turns the settings into tables.
 */
export function prepareMatching(
  profiles: readonly CandidateProfile[],
  context: MatchingContext,
): MatchingRun {
  return prepareRun(prepareCohort(profiles), context);
}

/** Everything a whole-cohort job needs in one call: the exact optimum, lists and proposal. */
export function computeCohortSuggestions(
  profiles: readonly CandidateProfile[],
  context: MatchingContext,
  options: SuggestionOptions & CohortOptimumOptions = {},
): CohortSuggestions & { proposal: CohortProposal } {
  const solution = solveCohort(prepareMatching(profiles, context), options);
  return { ...rankCohortSuggestions(solution, options), proposal: proposeAssignment(solution) };
}
