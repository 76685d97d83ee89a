/**
 * The exact whole-cohort optimum: the assignment of mentees to mentors, within each mentor's
 * open slots, with the greatest total score.
 *
 * Scoring every pair is cheap; keeping every pair in memory for the solver is not (25 million
 * edges at 5,000 x 5,000). So each mentee keeps only their best few mentors, the solver finds
 * the optimum among those, and its dual prices then prove it optimal for the whole cohort or
 * name the pairs left out that could improve it (a left-out pair can only help if its score
 * exceeds the mentee's price plus the mentor's price). Those pairs are added and the solve
 * repeated until no left-out pair could help, so the result is exact, not a heuristic.
 * A mentee whose price is at least the best score left out of their list cannot have such a
 * pair, so only the others are looked at again. When few mentees got new pairs, the solver
 * takes just them out and places them again instead of starting over.
 */
import { AssignmentSolver } from './assignment';
import type { Assignment, BipartiteGraph } from './assignment';
import type { MatchingRun } from './candidate-scan';
import { DEFAULT_KEPT_SCORES_LIMIT, PairScores } from './pair-scores';
import { BestCandidates, scoreHistogram, topScores } from './top-candidates';

export interface CohortOptimumOptions {
  /** How many of their best mentors each mentee brings to the first solve (default 24). */
  candidatesPerMentee?: number;
  /**
   * Up to this many mentor-mentee pairs (default 2^26, 128 MB), scores are kept between solves
   * instead of computed again; beyond it, memory stays flat and pricing rounds take longer.
   */
  keptScoresLimit?: number;
}

/** The optimum by pool rows: mentees are rows of cohort.mentees, mentors of cohort.mentors. */
export interface CohortOptimum {
  /** The mentor row of each mentee row, or -1. */
  readonly menteeMentor: Int32Array;
  /** The score of each mentee's pair, 0 when unmatched. */
  readonly menteeScore: Float64Array;
  /**
   * Dual prices: a pair's score never exceeds its mentee's price plus its mentor's price, and
   * equals it for the pairs chosen. A mentor with room to spare, or a mentee left unmatched,
   * has price 0.
   */
  readonly menteePrice: Float64Array;
  readonly mentorPrice: Float64Array;
  readonly mentorLoad: Int32Array;
  readonly total: number;
  /** How much work it took: pairs given to the solver, solves, mentees priced again. */
  readonly effort: { candidatePairs: number; solves: number; rescoredMentees: number };
}

/** A solved cohort, ready for ranking suggestions or proposing the assignment. */
export interface CohortSolution {
  readonly run: MatchingRun;
  readonly optimum: CohortOptimum;
  /** The pair scores the solve computed, for ranking to read back. */
  readonly pairScores: PairScores;
}

/** The exact optimum of the run's cohort. */
export function solveCohort(run: MatchingRun, options: CohortOptimumOptions = {}): CohortSolution {
  const pairScores = new PairScores(run, options.keptScoresLimit ?? DEFAULT_KEPT_SCORES_LIMIT);
  return { run, pairScores, optimum: solveCohortOptimum(pairScores, options) };
}

function solveCohortOptimum(pairScores: PairScores, options: CohortOptimumOptions): CohortOptimum {
  const perMentee = Math.max(1, options.candidatesPerMentee ?? 24);
  const lists = candidateLists(pairScores, perMentee);
  const capacity = pairScores.run.cohort.mentors.openSlots;
  let graph = toGraph(lists, capacity);
  let solver = new AssignmentSolver(graph);
  const effort = { candidatePairs: 0, solves: 0, rescoredMentees: 0 };
  for (;;) {
    const assignment = solver.solve();
    effort.solves++;

    const pricing = addImprovingPairs(pairScores, lists, assignment, perMentee);
    effort.rescoredMentees += pricing.rescored;
    if (pricing.rows.length === 0) {
      return toOptimum(assignment, { ...effort, candidatePairs: graph.colIndex.length });
    }
    graph = toGraph(lists, capacity);
    if (pricing.rows.length > graph.rowCount * REVISE_SHARE) {
      solver = new AssignmentSolver(graph);
    } else {
      solver.revise(graph, pricing.rows);
    }
  }
}

/**
 * Beyond this share of mentees with new pairs, solving afresh beats taking them out and
 * placing them again.
 */
const REVISE_SHARE = 0.25;

interface CandidateLists {
  mentors: number[][];
  scores: number[][];
  /** Per mentee row, no pair left out of its list scores more than this (-1: none left out). */
  bestLeftOut: Int32Array;
}

function candidateLists(pairScores: PairScores, perMentee: number): CandidateLists {
  const histogram = scoreHistogram();
  const lists: CandidateLists = {
    mentors: [],
    scores: [],
    bestLeftOut: new Int32Array(pairScores.menteeCount),
  };

  for (let row = 0; row < pairScores.menteeCount; row++) {
    const scores = pairScores.score(row);
    const top = topScores(scores, perMentee, histogram, spread(row, scores.length));
    lists.mentors.push(Array.from(top.positions));
    lists.scores.push(Array.from(top.positions, (mentor) => scores[mentor]));
    lists.bestLeftOut[row] = top.bestLeftOut;
  }
  return lists;
}

/** A start for the tie-breaking of row `row` that scatters rows over `length` positions. */
function spread(row: number, length: number): number {
  return length === 0 ? 0 : (row * 7919) % length;
}

function toGraph(lists: CandidateLists, capacity: Int32Array): BipartiteGraph {
  const rowCount = lists.mentors.length;
  const rowStart = new Int32Array(rowCount + 1);
  lists.mentors.forEach((mentors, row) => (rowStart[row + 1] = rowStart[row] + mentors.length));

  const colIndex = new Int32Array(rowStart[rowCount]);
  const weight = new Float64Array(rowStart[rowCount]);
  lists.mentors.forEach((mentors, row) => {
    colIndex.set(mentors, rowStart[row]);
    weight.set(lists.scores[row], rowStart[row]);
  });
  return { rowCount, colCount: capacity.length, capacity, rowStart, colIndex, weight };
}

/**
 * Adds, for each mentee, the left-out pairs that break the dual certificate most (up to
 * `perMentee` of them); returns the mentees that got new pairs. Adding only the worst keeps
 * the graph small: the next solve moves the prices, and most of the others stop mattering.
 */
function addImprovingPairs(
  pairScores: PairScores,
  lists: CandidateLists,
  assignment: Assignment,
  perMentee: number,
): { rows: number[]; rescored: number } {
  const worst = new BestCandidates(perMentee);
  const mentorPrice = assignment.colDual;
  const rows: number[] = [];
  let rescored = 0;
  for (let row = 0; row < pairScores.menteeCount; row++) {
    const price = assignment.rowDual[row];
    if (lists.bestLeftOut[row] <= price) continue;

    rescored++;
    const { scores, offset } = pairScores.keptScores(row);
    worst.clear();
    for (let mentor = 0; mentor < mentorPrice.length; mentor++) {
      const score = scores[offset + mentor];
      const gain = score - price - mentorPrice[mentor];
      if (gain > 0) worst.offer(gain, score, mentor);
    }
    for (let i = 0; i < worst.count; i++) {
      lists.mentors[row].push(worst.positions[i]);
      lists.scores[row].push(worst.scores[i]);
    }
    if (worst.count > 0) rows.push(row);
  }
  return { rows, rescored };
}

function toOptimum(assignment: Assignment, effort: CohortOptimum['effort']): CohortOptimum {
  return {
    menteeMentor: assignment.rowMate,
    menteeScore: assignment.rowWeight,
    menteePrice: assignment.rowDual,
    mentorPrice: assignment.colDual,
    mentorLoad: assignment.colLoad,
    total: assignment.total,
    effort,
  };
}
