import { exampleMentee, exampleProfile, generatePopulation } from '../../bench/population';
import {
  brokenHardRules,
  buildExclusions,
  computeCohortSuggestions,
  DEFAULT_MATCHING_SETTINGS,
  memberSuggestions,
  prepareMatching,
  proposeAssignment,
  rankCohortSuggestions,
  sessionPools,
  solveCohort,
} from '../../src/matching/engine';
import type { CandidateProfile, MatchingContext, Suggestion } from '../../src/matching/engine';

const settings = DEFAULT_MATCHING_SETTINGS;
const context: MatchingContext = { settings, exclusions: buildExclusions([]) };

function mentorIn(memberId: number, sessionId: number | null): CandidateProfile {
  const mentor = { approved: true, active: true, capacity: 2, openSlots: 2, sessionId };
  return exampleProfile(memberId, { yearsExperience: 15, mentor });
}

function menteeIn(memberId: number, sessionId: number | null): CandidateProfile {
  const mentee = { approved: true, active: true, matched: false, sessionId };
  return exampleMentee(memberId, { yearsExperience: 1, mentee });
}

function partnersOf(lists: ReadonlyMap<number, Suggestion[]>, memberId: number): number[] {
  return (lists.get(memberId) ?? []).map((suggestion) => suggestion.partnerId);
}

describe('matching within a session', () => {
  it('names the rule for an approved mentor and mentee of different sessions', () => {
    const none = buildExclusions([]);

    const across = brokenHardRules(mentorIn(1, 10), menteeIn(2, 20), settings, none);
    const within = brokenHardRules(mentorIn(1, 10), menteeIn(2, 10), settings, none);
    const outside = brokenHardRules(mentorIn(1, null), menteeIn(2, null), settings, none);

    expect(across).toEqual(['different_session']);
    expect(within).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('suggests and proposes partners of the member’s own session only', () => {
    const cohort = [mentorIn(1, 10), mentorIn(2, 20), menteeIn(3, 10), menteeIn(4, 20)];

    const result = computeCohortSuggestions(cohort, context);

    expect(partnersOf(result.asMentee, 3)).toEqual([1]);
    expect(partnersOf(result.asMentee, 4)).toEqual([2]);
    expect(partnersOf(result.asMentor, 1)).toEqual([3]);
    const pairs = result.proposal.pairs.map((p) => [p.mentorId, p.menteeId]);
    expect(pairs.sort()).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect([result.proposal.menteesInPool, result.proposal.mentorsInPool]).toEqual([2, 2]);
  });

  it('gives a member whose two roles are in different sessions each role’s own lists', () => {
    const both: CandidateProfile = {
      ...mentorIn(5, 10),
      yearsExperience: 8,
      mentee: { approved: true, active: true, matched: false, sessionId: 20 },
    };
    const cohort = [both, mentorIn(1, 10), mentorIn(2, 20), menteeIn(3, 10), menteeIn(4, 20)];

    const lists = memberSuggestions(cohort, context, 5);
    const pools = sessionPools(cohort);

    expect(lists?.asMentee.map((s) => s.partnerId)).toEqual([2]);
    expect(lists?.asMentor.map((s) => s.partnerId)).toEqual([3]);
    expect(pools.get(10)?.find((p) => p.memberId === 5)?.mentee).toBeNull();
    expect(pools.get(20)?.find((p) => p.memberId === 5)?.mentor).toBeNull();
  });

  it('refuses to prepare one run over roles of two sessions', () => {
    expect(() => prepareMatching([mentorIn(1, 10), menteeIn(2, 20)], context)).toThrow(RangeError);
  });

  it('runs a program without sessions as one cohort, as before', () => {
    const { profiles } = generatePopulation(300, 7);

    const result = computeCohortSuggestions(profiles, context);
    const solution = solveCohort(prepareMatching(profiles, context));

    expect([...sessionPools(profiles).keys()]).toEqual([null]);
    expect(result.proposal).toEqual(proposeAssignment(solution));
    expect(result.asMentee).toEqual(rankCohortSuggestions(solution).asMentee);
    expect(result.proposal.pairs.length).toBeGreaterThan(0);
  });
});
