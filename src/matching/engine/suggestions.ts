/**
 * Ranked, explained lists of suggested partners, built so that demand spreads.
 *
 * Ranked by score alone, everyone is shown the same few excellent mentors, who are flooded
 * while others wait. So, after a whole-cohort solve:
 * - a mentee's first suggestion is their mentor in the optimum, and a mentor's first
 *   suggestions are their mentees in it (never more than their open slots, by construction);
 * - the rest are ranked by score minus the partner's price in the optimum (how much others
 *   would lose if the partner's time went elsewhere), minus a penalty for each time the
 *   partner is already shown beyond their room; lists are filled one rank at a time, members
 *   with the fewest good options choosing first.
 * Between whole-cohort runs, a newcomer's list (suggestionsFor) uses the last run's prices and
 * exposure, kept as a MarketState.
 */
import { explainIndices } from './scoring';
import { scoreMenteesOf, scoreMentorsOf } from './candidate-scan';
import type { MatchingRun } from './candidate-scan';
import { blockRule } from './cohort';
import type { CohortSolution } from './cohort-optimum';
import { PairScores } from './pair-scores';
import { BestCandidates } from './top-candidates';
import type { CohortSuggestions, MarketState, MemberSuggestions, Suggestion } from './types';

export const DEFAULT_SUGGESTION_LIMIT = 10;

export interface SuggestionOptions {
  /** Longest list per member and role (default 10). */
  limit?: number;
}

export interface MemberSuggestionOptions extends SuggestionOptions {
  /** Prices and exposure from the last whole-cohort run; without it, lists rank by score. */
  market?: MarketState;
}

/** One ranked entry by pool rows, before it is explained. */
interface Pick {
  candidate: number;
  score: number;
  fromOptimum: boolean;
}

/** Every pool member's suggestions after a whole-cohort solve, and the market it leaves. */
export function rankCohortSuggestions(
  solution: CohortSolution,
  options: SuggestionOptions = {},
): CohortSuggestions {
  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  const { run, optimum } = solution;
  const { forMentees, forMentors } = collectCandidates(
    solution.pairScores,
    optimum.mentorPrice,
    optimum.menteePrice,
    2 * limit,
  );
  const penalty = run.tables.spreadPenalty;
  const mentorSlots = run.cohort.mentors.openSlots;

  const menteeSide = spreadRanking(forMentees, menteeFixed(solution), mentorSlots, {
    order: rowsByAscending(optimum.menteePrice),
    limit,
    penalty,
  });
  const menteeSlots = new Float64Array(forMentees.length).fill(1);
  const mentorSide = spreadRanking(forMentors, mentorFixed(solution), menteeSlots, {
    order: rowsByAscending(optimum.mentorPrice),
    limit,
    penalty,
  });
  const mentorExposure = menteeSide.exposure;
  const menteeExposure = mentorSide.exposure;
  return {
    asMentee: explainLists(run, menteeSide.chosen, 'mentee'),
    asMentor: explainLists(run, mentorSide.chosen, 'mentor'),
    market: marketOf(solution, mentorExposure, menteeExposure),
  };
}

/**
 * Lists ranked by score alone, with no optimum and no spreading: the plain approach the
 * benchmark compares against.
 */
export function rankByScore(run: MatchingRun, options: SuggestionOptions = {}): CohortSuggestions {
  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  const pairScores = new PairScores(run, 0);
  const mentorZero = new Float64Array(pairScores.mentorCount);
  const menteeZero = new Float64Array(pairScores.menteeCount);
  const { forMentees, forMentors } = collectCandidates(pairScores, mentorZero, menteeZero, limit);

  const asListed = (lists: BestCandidates[]) =>
    lists.map((list) => Array.from({ length: list.count }, (_, i) => pickAt(list, i)));
  return {
    asMentee: explainLists(run, asListed(forMentees), 'mentee'),
    asMentor: explainLists(run, asListed(forMentors), 'mentor'),
    market: emptyMarket(),
  };
}

/**
 * The suggestions for one member, for the on-approval path: scored against the whole pool on
 * each side they are in, ranked by score less the partner's last known price and crowding.
 * Throws a RangeError when the member is not in the run.
 */
export function suggestionsFor(
  run: MatchingRun,
  memberId: number,
  options: MemberSuggestionOptions = {},
): MemberSuggestions {
  const member = run.cohort.indexOf.get(memberId);
  if (member === undefined) throw new RangeError(`member ${memberId} is not in the matching run`);

  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  const market = options.market ?? emptyMarket();
  const { mentorBlock, menteeBlock } = run.cohort;
  return {
    asMentee: menteeBlock[member] === 0 ? mentorsFor(run, member, limit, market) : [],
    asMentor: mentorBlock[member] === 0 ? menteesFor(run, member, limit, market) : [],
    menteeBlockedBy: blockRule(menteeBlock[member]),
    mentorBlockedBy: blockRule(mentorBlock[member]),
  };
}

function mentorsFor(run: MatchingRun, mentee: number, limit: number, market: MarketState) {
  const { mentors } = run.cohort;
  const scores = new Int32Array(mentors.member.length);
  scoreMentorsOf(run, mentee, scores);
  const { mentorPrice, mentorExposure } = market;
  const crowding = (row: number) =>
    partnerCost(run, mentors.member[row], mentorPrice, mentorExposure, mentors.openSlots[row]);

  const best = bestByCost(scores, limit, crowding);
  const picks = Array.from({ length: best.count }, (_, i) => pickAt(best, i));
  return explainList(run, run.cohort.menteeRow[mentee], picks, 'mentee');
}

function menteesFor(run: MatchingRun, mentor: number, limit: number, market: MarketState) {
  const { mentees } = run.cohort;
  const scores = new Int32Array(mentees.member.length);
  scoreMenteesOf(run, mentor, scores);
  const crowding = (row: number) =>
    partnerCost(run, mentees.member[row], market.menteePrice, market.menteeExposure, 1);

  const best = bestByCost(scores, limit, crowding);
  const picks = Array.from({ length: best.count }, (_, i) => pickAt(best, i));
  return explainList(run, run.cohort.mentorRow[mentor], picks, 'mentor');
}

/**
 * The best `limit` allowed candidates by score less `cost(row)`. As the cost is never
 * negative, a candidate scoring below the worst key kept is passed over without asking it.
 */
function bestByCost(
  scores: Int32Array,
  limit: number,
  cost: (row: number) => number,
): BestCandidates {
  const best = new BestCandidates(limit);
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row];
    if (score < 0 || (best.count === limit && score < best.keys[limit - 1])) continue;
    best.offer(score - cost(row), score, row);
  }
  return best;
}

function partnerCost(
  run: MatchingRun,
  member: number,
  prices: ReadonlyMap<number, number>,
  exposures: ReadonlyMap<number, number>,
  slots: number,
): number {
  const id = run.cohort.memberId[member];
  const overload = crowdingBeyondRoom(exposures.get(id) ?? 0, slots);
  return (prices.get(id) ?? 0) + run.tables.spreadPenalty * overload;
}

/** How far beyond their room a candidate is shown: 0 while within it. */
function crowdingBeyondRoom(exposure: number, slots: number): number {
  return Math.max(0, exposure / Math.max(1, slots) - 1);
}

/**
 * For every mentee row, its best `capacity` mentors by score less mentor price; for every
 * mentor row, its best mentees by score less mentee price. One pass over the pair scores.
 */
function collectCandidates(
  pairScores: PairScores,
  mentorPrice: Float64Array,
  menteePrice: Float64Array,
  capacity: number,
): { forMentees: BestCandidates[]; forMentors: BestCandidates[] } {
  const forMentees: BestCandidates[] = [];
  const forMentors = Array.from(mentorPrice, () => new BestCandidates(capacity));
  for (let mentee = 0; mentee < pairScores.menteeCount; mentee++) {
    const list = new BestCandidates(capacity);
    const { scores, offset } = pairScores.keptScores(mentee);
    const price = menteePrice[mentee];
    for (let mentor = 0; mentor < mentorPrice.length; mentor++) {
      const score = scores[offset + mentor];
      if (score < 0) continue;
      list.offer(score - mentorPrice[mentor], score, mentor);
      forMentors[mentor].offer(score - price, score, mentee);
    }
    forMentees.push(list);
  }
  return { forMentees, forMentors };
}

interface SpreadOptions {
  /** The order in which viewers choose at each rank. */
  order: Int32Array;
  limit: number;
  penalty: number;
}

/**
 * Fills every viewer's list one rank at a time: fixed entries first, then at each rank each
 * viewer in turn takes their best remaining candidate by key less the crowding penalty.
 * Exposure counts 1 for each fixed entry and 1/rank for the others.
 */
function spreadRanking(
  lists: BestCandidates[],
  fixed: Pick[][],
  slots: ArrayLike<number>,
  options: SpreadOptions,
): { chosen: Pick[][]; exposure: Float64Array } {
  const exposure = new Float64Array(slots.length);
  const chosen = fixed.map((picks) => picks.slice(0, options.limit));
  for (const picks of chosen) for (const pick of picks) exposure[pick.candidate] += 1;

  for (let rank = 1; rank <= options.limit; rank++) {
    for (const viewer of options.order) {
      if (chosen[viewer].length >= rank) continue;
      const at = bestRemaining(lists[viewer], chosen[viewer], exposure, slots, options.penalty);
      if (at < 0) continue;

      const pick = pickAt(lists[viewer], at);
      chosen[viewer].push(pick);
      exposure[pick.candidate] += 1 / rank;
    }
  }
  return { chosen, exposure };
}

function bestRemaining(
  list: BestCandidates,
  taken: Pick[],
  exposure: Float64Array,
  slots: ArrayLike<number>,
  penalty: number,
): number {
  let best = -1;
  let bestValue = -Infinity;
  for (let i = 0; i < list.count; i++) {
    const candidate = list.positions[i];
    if (taken.some((pick) => pick.candidate === candidate)) continue;

    const crowding = crowdingBeyondRoom(exposure[candidate], slots[candidate]);
    const value = list.keys[i] - penalty * crowding;
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  }
  return best;
}

function pickAt(list: BestCandidates, i: number): Pick {
  return { candidate: list.positions[i], score: list.scores[i], fromOptimum: false };
}

/** Each mentee's mentor in the optimum, as their fixed first suggestion. */
function menteeFixed({ optimum }: CohortSolution): Pick[][] {
  return Array.from(optimum.menteeMentor, (mentor, mentee) => {
    if (mentor < 0) return [];
    return [{ candidate: mentor, score: optimum.menteeScore[mentee], fromOptimum: true }];
  });
}

/** Each mentor's mentees in the optimum, best score first. */
function mentorFixed({ optimum }: CohortSolution): Pick[][] {
  const fixed: Pick[][] = Array.from(optimum.mentorPrice, () => []);
  optimum.menteeMentor.forEach((mentor, mentee) => {
    if (mentor < 0) return;
    const score = optimum.menteeScore[mentee];
    fixed[mentor].push({ candidate: mentee, score, fromOptimum: true });
  });
  for (const picks of fixed) picks.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
  return fixed;
}

function rowsByAscending(values: Float64Array): Int32Array {
  const rows = Int32Array.from(values, (_, row) => row);
  return rows.sort((a, b) => values[a] - values[b] || a - b);
}

/** Turns lists by pool rows into explained suggestions keyed by the viewer's member id. */
function explainLists(
  run: MatchingRun,
  lists: Pick[][],
  viewerRole: 'mentee' | 'mentor',
): Map<number, Suggestion[]> {
  const pool = viewerRole === 'mentee' ? run.cohort.mentees : run.cohort.mentors;
  const byMember = new Map<number, Suggestion[]>();
  lists.forEach((picks, row) => {
    byMember.set(run.cohort.memberId[pool.member[row]], explainList(run, row, picks, viewerRole));
  });
  return byMember;
}

function explainList(
  run: MatchingRun,
  viewerRow: number,
  picks: Pick[],
  viewerRole: 'mentee' | 'mentor',
): Suggestion[] {
  const { mentors, mentees } = run.cohort;
  const asMentee = viewerRole === 'mentee';
  return picks.map((pick, i) => {
    const mentor = mentors.member[asMentee ? pick.candidate : viewerRow];
    const mentee = mentees.member[asMentee ? viewerRow : pick.candidate];
    const pair = explainIndices(run.cohort, run.tables, mentor, mentee);
    const partnerId = asMentee ? pair.mentorId : pair.menteeId;
    return { ...pair, partnerId, rank: i + 1, fromOptimum: pick.fromOptimum };
  });
}

function marketOf(
  { run, optimum }: CohortSolution,
  mentorExposure: Float64Array,
  menteeExposure: Float64Array,
): MarketState {
  const { memberId, mentors, mentees } = run.cohort;
  const byMember = (rows: Int32Array, values: Float64Array) =>
    new Map(Array.from(values, (value, row) => [memberId[rows[row]], value] as [number, number]));
  return {
    mentorPrice: byMember(mentors.member, optimum.mentorPrice),
    menteePrice: byMember(mentees.member, optimum.menteePrice),
    mentorExposure: byMember(mentors.member, mentorExposure),
    menteeExposure: byMember(mentees.member, menteeExposure),
  };
}

function emptyMarket(): MarketState {
  const none = new Map<number, number>();
  return { mentorPrice: none, menteePrice: none, mentorExposure: none, menteeExposure: none };
}
