import { exampleMentee, exampleProfile, generatePopulation } from '../../bench/population';
import {
  buildExclusions,
  checkHardRules,
  CRITERIA,
  DEFAULT_MATCHING_SETTINGS,
  prepareMatching,
  rankByScore,
  rankCohortSuggestions,
  scorePair,
  solveCohort,
  suggestionsFor,
} from '../../src/matching/engine';
import type {
  CandidateProfile,
  CohortSuggestions,
  MatchingContext,
  Suggestion,
} from '../../src/matching/engine';

const settings = DEFAULT_MATCHING_SETTINGS;

interface World {
  profiles: CandidateProfile[];
  byId: Map<number, CandidateProfile>;
  context: MatchingContext;
}

const none = buildExclusions([]);

function noExclusions(): MatchingContext {
  return { settings, exclusions: buildExclusions([]) };
}

function world(size: number, seed: number): World {
  const { profiles, excludedPairs } = generatePopulation(size, seed);
  return {
    profiles,
    byId: new Map(profiles.map((p) => [p.memberId, p])),
    context: { settings, exclusions: buildExclusions(excludedPairs) },
  };
}

/** The hard rule the suggested pair breaks, or null. */
function ruleAgainst(w: World, s: Suggestion) {
  const [mentor, mentee] = [w.byId.get(s.mentorId)!, w.byId.get(s.menteeId)!];
  return checkHardRules(mentor, mentee, settings, w.context.exclusions);
}

function cohortLists(w: World, limit = 8): CohortSuggestions {
  const solution = solveCohort(prepareMatching(w.profiles, w.context));
  return rankCohortSuggestions(solution, { limit });
}

function everySuggestion(lists: CohortSuggestions): Suggestion[] {
  return [...lists.asMentee.values(), ...lists.asMentor.values()].flat();
}

/** How many mentees see each mentor as their first suggestion. */
function firstSuggestionCounts(asMentee: Map<number, Suggestion[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const list of asMentee.values()) {
    if (list.length > 0) counts.set(list[0].mentorId, (counts.get(list[0].mentorId) ?? 0) + 1);
  }
  return counts;
}

describe('cohort suggestions', () => {
  it.each([
    [150, 1],
    [400, 2],
    [900, 3],
  ])('never break a hard rule (%i members, seed %i)', (size, seed) => {
    const w = world(size, seed);

    const suggestions = everySuggestion(cohortLists(w));

    expect(suggestions.length).toBeGreaterThan(size);
    for (const s of suggestions) {
      expect(ruleAgainst(w, s)).toBeNull();
    }
  });

  it('carry scores whose contributions add up, the same as scoring the pair alone', () => {
    const w = world(400, 5);

    for (const s of everySuggestion(cohortLists(w))) {
      const sum = CRITERIA.reduce((total, criterion) => total + s.contributions[criterion], 0);
      expect(sum).toBe(s.score);
      const alone = scorePair(w.byId.get(s.mentorId)!, w.byId.get(s.menteeId)!, settings);
      expect(s.score).toBe(alone.score);
    }
  });

  it('hold no partner twice, rank from 1, and stop at the limit', () => {
    const lists = cohortLists(world(400, 6), 6);

    for (const [viewer, list] of [...lists.asMentee, ...lists.asMentor]) {
      const partners = list.map((s) => s.partnerId);
      expect(new Set(partners).size).toBe(partners.length);
      expect(list.map((s) => s.rank)).toEqual(list.map((_, i) => i + 1));
      expect(list.length).toBeLessThanOrEqual(6);
      expect(partners).not.toContain(viewer);
    }
  });

  it('open each matched mentee’s list with their mentor in the optimum', () => {
    const w = world(500, 7);
    const solution = solveCohort(prepareMatching(w.profiles, w.context));
    const { mentors, mentees, memberId } = solution.run.cohort;

    const lists = rankCohortSuggestions(solution);

    solution.optimum.menteeMentor.forEach((mentorRow, menteeRow) => {
      const list = lists.asMentee.get(memberId[mentees.member[menteeRow]])!;
      if (mentorRow < 0) return;
      expect(list[0].partnerId).toBe(memberId[mentors.member[mentorRow]]);
      expect(list[0].fromOptimum).toBe(true);
      expect(list.slice(1).every((s) => !s.fromOptimum)).toBe(true);
    });
  });

  it('never make a mentor the first suggestion of more mentees than they have room for', () => {
    const w = world(1500, 8);

    const counts = firstSuggestionCounts(cohortLists(w).asMentee);

    for (const [mentorId, count] of counts) {
      expect(count).toBeLessThanOrEqual(w.byId.get(mentorId)!.mentor!.openSlots);
    }
  });

  it('spread first suggestions where ranking by score alone piles them on a few mentors', () => {
    const w = world(1500, 8);
    const run = prepareMatching(w.profiles, w.context);

    const naive = firstSuggestionCounts(rankByScore(run).asMentee);
    const spread = firstSuggestionCounts(cohortLists(w).asMentee);

    const worstOverload = (counts: Map<number, number>) =>
      Math.max(...[...counts].map(([id, n]) => n / w.byId.get(id)!.mentor!.openSlots));
    expect(worstOverload(naive)).toBeGreaterThan(5);
    expect(worstOverload(spread)).toBeLessThanOrEqual(1);
    expect(spread.size).toBeGreaterThan(naive.size * 2);
  });

  it('open each mentor’s list with their mentees in the optimum', () => {
    const w = world(500, 10);
    const solution = solveCohort(prepareMatching(w.profiles, w.context));
    const lists = rankCohortSuggestions(solution);
    const { mentors, memberId } = solution.run.cohort;

    solution.optimum.mentorLoad.forEach((load, row) => {
      const list = lists.asMentor.get(memberId[mentors.member[row]])!;
      expect(list.filter((s) => s.fromOptimum)).toHaveLength(load);
      expect(list.slice(0, load).every((s) => s.fromOptimum)).toBe(true);
    });
  });
});

describe('suggestions for one member', () => {
  it('never break a hard rule, on either side', () => {
    const w = world(600, 11);
    const run = prepareMatching(w.profiles, w.context);
    const market = cohortLists(w).market;

    for (const member of w.profiles.slice(0, 150)) {
      const { asMentee, asMentor } = suggestionsFor(run, member.memberId, { market, limit: 12 });

      for (const s of [...asMentee, ...asMentor]) {
        expect(ruleAgainst(w, s)).toBeNull();
      }
    }
  });

  it('give a member in both roles a list for each, and say why a role is out of the pool', () => {
    const both = exampleProfile(1, { yearsExperience: 8, mentee: exampleMentee(1).mentee });
    const senior = exampleProfile(2, { yearsExperience: 20 });
    const junior = exampleMentee(3);
    const paused = exampleMentee(4, { mentee: { approved: true, active: false, matched: false } });
    const run = prepareMatching([both, senior, junior, paused], noExclusions());

    const forBoth = suggestionsFor(run, 1);
    const forPaused = suggestionsFor(run, 4);

    expect(forBoth.asMentee.map((s) => s.partnerId)).toEqual([2]);
    expect(forBoth.asMentor.map((s) => s.partnerId)).toEqual([3]);
    expect(forPaused).toMatchObject({
      asMentee: [],
      menteeBlockedBy: 'mentee_inactive',
      mentorBlockedBy: 'not_a_mentor',
    });
  });

  it('rank a mentor whose time is in demand below an equally good one who is free', () => {
    const inDemand = exampleProfile(1, { yearsExperience: 20 });
    const free = exampleProfile(2, { yearsExperience: 20 });
    const newcomer = exampleMentee(3);
    const run = prepareMatching([inDemand, free, newcomer], noExclusions());
    const market = {
      mentorPrice: new Map([[1, 40]]),
      menteePrice: new Map<number, number>(),
      mentorExposure: new Map<number, number>(),
      menteeExposure: new Map<number, number>(),
    };

    const byScore = suggestionsFor(run, 3).asMentee.map((s) => s.partnerId);
    const byMarket = suggestionsFor(run, 3, { market }).asMentee.map((s) => s.partnerId);

    expect(byScore).toEqual([1, 2]);
    expect(byMarket).toEqual([2, 1]);
  });

  it('agree with the hard rules on the experience gap to the last digit', () => {
    // 4.1 - 1.1 falls just short of 3 in floating point, while 4.1 >= 1.1 + 3 holds.
    const mentors = [4.1, 4.2].map((years, i) => exampleProfile(i + 1, { yearsExperience: years }));
    const mentees = [1.1, 0.2].map((years, i) => exampleMentee(i + 3, { yearsExperience: years }));
    const run = prepareMatching([...mentors, ...mentees], noExclusions());

    for (const mentee of mentees) {
      const allowed = mentors.filter((m) => checkHardRules(m, mentee, settings, none) === null);
      const suggested = suggestionsFor(run, mentee.memberId).asMentee.map((s) => s.partnerId);
      expect(suggested.sort()).toEqual(allowed.map((m) => m.memberId));
    }
    expect(checkHardRules(mentors[0], mentees[0], settings, none)).toBe('experience_gap');
  });

  it('refuse a member who is not in the run', () => {
    const run = prepareMatching([exampleMentee(1)], noExclusions());

    expect(() => suggestionsFor(run, 99)).toThrow(RangeError);
  });
});
