/**
 * Whole-cohort solve time: the exact maximum-score assignment of a cohort with as many mentors
 * as mentees, from prepared profiles to the proven optimum.
 */
import { defaultContext, generateCohort } from './population';
import { elapsedMs, round } from './measure';
import { pad } from './scoring-cost';
import { prepareMatching, solveCohort } from '../src/matching/engine';
import type { CohortSolution, MatchingRun } from '../src/matching/engine';

export interface CohortSolveResult {
  mentors: number;
  mentees: number;
  prepareMs: number;
  solveMs: number;
  solves: number;
  candidatePairs: number;
  allPairs: number;
  matchedMentees: number;
  totalScore: number;
}

export function measureCohortSolve(shapes: Array<[number, number]>, seed: number) {
  return shapes.map(([mentors, mentees]) => measureShape(mentors, mentees, seed));
}

function measureShape(mentorCount: number, menteeCount: number, seed: number): CohortSolveResult {
  const population = generateCohort(mentorCount, menteeCount, seed);
  const [profiles, context] = [population.profiles, defaultContext(population)];
  let run!: MatchingRun;
  let solution!: CohortSolution;
  const prepareMs = elapsedMs(() => (run = prepareMatching(profiles, context)));
  const solveMs = elapsedMs(() => (solution = solveCohort(run)));

  const { optimum } = solution;
  return {
    mentors: mentorCount,
    mentees: menteeCount,
    prepareMs: round(prepareMs),
    solveMs: round(solveMs),
    solves: optimum.effort.solves,
    candidatePairs: optimum.effort.candidatePairs,
    allPairs: mentorCount * menteeCount,
    matchedMentees: optimum.menteeMentor.filter((mentor) => mentor >= 0).length,
    totalScore: optimum.total,
  };
}

export function printCohortSolve(results: CohortSolveResult[], write: (line: string) => void) {
  write('Whole-cohort optimum (exact maximum-score assignment within open slots)');
  write('  mentors x mentees  prepare ms  solve ms  solves  pairs in solver / all  matched');
  for (const r of results) {
    const shape = `${r.mentors} x ${r.mentees}`;
    const pairs = `${r.candidatePairs} / ${r.allPairs}`;
    write(
      `  ${pad(shape, 17)}  ${pad(r.prepareMs, 10)}  ${pad(r.solveMs, 8)}  ${pad(r.solves, 6)}  ` +
        `${pad(pairs, 21)}  ${r.matchedMentees} of ${r.mentees}`,
    );
  }
}
