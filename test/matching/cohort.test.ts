import {
  exampleMentee,
  exampleProfile,
  generateCohort,
  generatePopulation,
  Random,
} from '../../bench/population';
import {
  buildExclusions,
  checkHardRules,
  computeCohortSuggestions,
  DEFAULT_MATCHING_SETTINGS,
  prepareMatching,
  proposeAssignment,
  scorePair,
  solveCohort,
} from '../../src/matching/engine';
import type { CandidateProfile, MatchingContext } from '../../src/matching/engine';

const settings = DEFAULT_MATCHING_SETTINGS;

function withRoom(slots: number): CandidateProfile['mentor'] {
  return { approved: true, active: true, capacity: slots, openSlots: slots };
}

/** The best total over every way of giving each mentee one allowed mentor or none. */
function bruteForceBest(profiles: CandidateProfile[], context: MatchingContext): number {
  const mentors = profiles.filter((p) => p.mentor !== null);
  const mentees = profiles.filter((p) => p.mentee !== null);
  const room = mentors.map((m) => m.mentor!.openSlots);
  let best = 0;
  const visit = (i: number, total: number): void => {
    if (i === mentees.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    mentors.forEach((mentor, m) => {
      const rule = checkHardRules(mentor, mentees[i], context.settings, context.exclusions);
      if (room[m] <= 0 || rule !== null) return;
      room[m]--;
      visit(i + 1, total + scorePair(mentor, mentees[i], context.settings).score);
      room[m]++;
    });
  };
  visit(0, 0);
  return best;
}

/** A few members in random roles, sometimes sharing an institution or excluded. */
function tinyCohort(random: Random): { profiles: CandidateProfile[]; context: MatchingContext } {
  const { profiles, excludedPairs } = generatePopulation(random.int(3, 9), random.int(1, 1e6));
  for (const p of profiles) if (random.chance(0.2)) p.institutionKey = 'shared';
  return { profiles, context: { settings, exclusions: buildExclusions(excludedPairs) } };
}

describe('the whole-cohort optimum', () => {
  it('matches brute force on 300 tiny random cohorts', () => {
    const random = new Random(42);
    for (let trial = 0; trial < 300; trial++) {
      const { profiles, context } = tinyCohort(random);

      const solution = solveCohort(prepareMatching(profiles, context), { candidatesPerMentee: 1 });

      expect(solution.optimum.total).toBe(bruteForceBest(profiles, context));
    }
  });

  it('finds the same total from short candidate lists as from every pair', () => {
    const { profiles, excludedPairs } = generateCohort(250, 300, 8);
    const run = prepareMatching(profiles, { settings, exclusions: buildExclusions(excludedPairs) });

    const pruned = solveCohort(run, { candidatesPerMentee: 2 });
    const unkept = solveCohort(run, { candidatesPerMentee: 4, keptScoresLimit: 0 });
    const complete = solveCohort(run, { candidatesPerMentee: 100000 });

    expect(pruned.optimum.effort.solves).toBeGreaterThan(1);
    expect(pruned.optimum.total).toBe(complete.optimum.total);
    expect(unkept.optimum.total).toBe(complete.optimum.total);
  });

  it('respects every mentor’s open slots', () => {
    const { profiles, excludedPairs } = generatePopulation(1200, 9);
    const run = prepareMatching(profiles, { settings, exclusions: buildExclusions(excludedPairs) });

    const { optimum } = solveCohort(run);

    const taken = new Map<number, number>();
    optimum.menteeMentor.forEach((row) => row >= 0 && taken.set(row, (taken.get(row) ?? 0) + 1));
    for (const [row, count] of taken) {
      expect(count).toBeLessThanOrEqual(run.cohort.mentors.openSlots[row]);
    }
  });
});

describe('the proposal for administrators', () => {
  const mentorA = exampleProfile(1, { yearsExperience: 15, mentor: withRoom(1) });
  const keen = exampleMentee(2, { skillsWanted: [] });
  const alsoKeen = exampleMentee(3, { place: { lat: 45.4215, lon: -75.6972, region: 'eastern' } });
  const senior = exampleMentee(4, { yearsExperience: 14 });
  const proposalOf = (profiles: CandidateProfile[]) =>
    proposeAssignment(
      solveCohort(prepareMatching(profiles, { settings, exclusions: buildExclusions([]) })),
    );

  it('lists each pair with its breakdown and the spread of scores', () => {
    const proposal = proposalOf([mentorA, keen, alsoKeen, senior]);

    expect(proposal.pairs).toHaveLength(1);
    expect(proposal.pairs[0]).toEqual(scorePair(mentorA, keen, settings));
    expect(proposal.totalScore).toBe(proposal.pairs[0].score);
    const { score } = proposal.pairs[0];
    expect(proposal.spread).toMatchObject({ min: score, median: score, max: score });
    expect(proposal.menteesInPool).toBe(3);
    expect(proposal.mentorsInPool).toBe(1);
  });

  it('says why each mentee is left unmatched', () => {
    const proposal = proposalOf([mentorA, keen, alsoKeen, senior]);

    expect(proposal.unmatchedMentees).toEqual([
      {
        menteeId: 3,
        reason: {
          code: 'mentors_taken',
          viableMentors: 1,
          bestMentorId: 1,
          bestScore: expect.any(Number),
        },
      },
      { menteeId: 4, reason: { code: 'no_viable_mentor', ruledOutBy: { experience_gap: 1 } } },
    ]);
  });

  it('lists the mentors who still have room', () => {
    const roomy = exampleProfile(5, { yearsExperience: 20, mentor: withRoom(3) });

    const proposal = proposalOf([roomy, keen, senior]);

    expect(proposal.mentorsWithRoom).toEqual([{ mentorId: 5, slotsLeft: 1 }]);
  });

  it('has no spread when nobody is paired', () => {
    expect(proposalOf([mentorA, senior]).spread).toBeNull();
  });
});

describe('computeCohortSuggestions', () => {
  it('returns lists for every pool member, the market and the proposal in one call', () => {
    const { profiles, excludedPairs } = generatePopulation(300, 4);
    const context = { settings, exclusions: buildExclusions(excludedPairs) };

    const result = computeCohortSuggestions(profiles, context, { limit: 5 });

    const run = prepareMatching(profiles, context);
    expect(result.asMentee.size).toBe(run.cohort.mentees.member.length);
    expect(result.asMentor.size).toBe(run.cohort.mentors.member.length);
    expect(result.market.mentorPrice.size).toBe(run.cohort.mentors.member.length);
    expect(result.proposal.pairs.length).toBeGreaterThan(0);
  });
});
