/**
 * Quality of the suggestion lists, spread ranking against ranking by score alone, on the same
 * population: who has anything to request, how unevenly mentors are shown, and how a simulated
 * request process turns out. In the simulation each unmatched mentee requests the next entry
 * of their list, round after round; each mentor accepts the best requests up to their room
 * and declines the rest. Optionally a mentee passes over an entry with some probability, as
 * members do when a profile does not appeal to them.
 */
import { defaultContext, generatePopulation, Random } from './population';
import { gini, round } from './measure';
import { pad } from './scoring-cost';
import {
  prepareMatching,
  rankByScore,
  rankCohortSuggestions,
  solveCohort,
} from '../src/matching/engine';
import type { CohortSuggestions, MatchingRun, Suggestion } from '../src/matching/engine';

export interface ListQuality {
  /** Gini of how many mentees see each mentor first, over every mentor in the pool. */
  giniFirst: number;
  /** Gini of how many mentees have each mentor anywhere in their list. */
  giniTopK: number;
  /** Most mentees shown one mentor first, against that mentor's open slots. */
  worstFirstPerSlot: number;
  simulated: SimulationResult[];
}

export interface SimulationResult {
  passOverChance: number;
  matchRate: number;
  scoreShareOfOptimum: number;
  rounds: number;
}

export interface QualityResult {
  members: number;
  menteesInPool: number;
  mentorsInPool: number;
  listLength: number;
  withViableSuggestion: number;
  optimumMatchRate: number;
  spread: ListQuality;
  byScore: ListQuality;
}

const PASS_OVER_CHANCES = [0, 0.3];

export function measureQuality(sizes: number[], seed: number, limit = 10): QualityResult[] {
  return sizes.map((size) => measureSize(size, seed, limit));
}

function measureSize(size: number, seed: number, limit: number): QualityResult {
  const population = generatePopulation(size, seed);
  const run = prepareMatching(population.profiles, defaultContext(population));
  const solution = solveCohort(run);
  const spread = rankCohortSuggestions(solution, { limit });
  const byScore = rankByScore(run, { limit });

  const mentees = run.cohort.mentees.member.length;
  const viable = [...spread.asMentee.values()].filter((list) => list.length > 0).length;
  const matched = solution.optimum.menteeMentor.filter((mentor) => mentor >= 0).length;
  return {
    members: size,
    menteesInPool: mentees,
    mentorsInPool: run.cohort.mentors.member.length,
    listLength: limit,
    withViableSuggestion: round(viable / Math.max(1, mentees), 4),
    optimumMatchRate: round(matched / Math.max(1, mentees), 4),
    spread: listQuality(run, spread, solution.optimum.total, seed),
    byScore: listQuality(run, byScore, solution.optimum.total, seed),
  };
}

function listQuality(
  run: MatchingRun,
  lists: CohortSuggestions,
  optimumTotal: number,
  seed: number,
): ListQuality {
  const slots = openSlotsById(run);
  const first = new Map<number, number>();
  const anywhere = new Map<number, number>();
  for (const list of lists.asMentee.values()) {
    if (list.length > 0) first.set(list[0].mentorId, (first.get(list[0].mentorId) ?? 0) + 1);
    for (const s of list) anywhere.set(s.mentorId, (anywhere.get(s.mentorId) ?? 0) + 1);
  }
  const countsOver = (counts: Map<number, number>) =>
    [...slots.keys()].map((id) => counts.get(id) ?? 0);

  return {
    giniFirst: round(gini(countsOver(first)), 3),
    giniTopK: round(gini(countsOver(anywhere)), 3),
    worstFirstPerSlot: round(Math.max(0, ...[...first].map(([id, n]) => n / slots.get(id)!)), 1),
    simulated: PASS_OVER_CHANCES.map((chance) =>
      simulateRequests(lists.asMentee, slots, optimumTotal, chance, new Random(seed + 1)),
    ),
  };
}

function openSlotsById(run: MatchingRun): Map<number, number> {
  const { memberId, mentors } = run.cohort;
  const slots = (member: number, row: number) => [memberId[member], mentors.openSlots[row]];
  return new Map(Array.from(mentors.member, slots) as Array<[number, number]>);
}

/** Rounds of requests until nobody has anyone left to ask. */
export function simulateRequests(
  lists: Map<number, Suggestion[]>,
  openSlots: Map<number, number>,
  optimumTotal: number,
  passOverChance: number,
  random: Random,
): SimulationResult {
  const room = new Map(openSlots);
  const next = new Map([...lists.keys()].map((id) => [id, 0]));
  let waiting = [...lists.keys()];
  let matched = 0;
  let totalScore = 0;
  let rounds = 0;
  for (;;) {
    const requests = requestRound(lists, next, waiting, passOverChance, random);
    if (requests.size === 0) break;

    rounds++;
    const accepted = answerRequests(requests, room);
    matched += accepted.length;
    totalScore += accepted.reduce((sum, s) => sum + s.score, 0);
    const done = new Set(accepted.map((s) => s.menteeId));
    waiting = waiting.filter((id) => !done.has(id));
  }
  const mentees = Math.max(1, lists.size);
  return {
    passOverChance,
    matchRate: round(matched / mentees, 4),
    scoreShareOfOptimum: round(totalScore / Math.max(1, optimumTotal), 4),
    rounds,
  };
}

/** Each waiting mentee's next request, grouped by mentor. */
function requestRound(
  lists: Map<number, Suggestion[]>,
  next: Map<number, number>,
  waiting: number[],
  passOverChance: number,
  random: Random,
): Map<number, Suggestion[]> {
  const requests = new Map<number, Suggestion[]>();
  for (const menteeId of waiting) {
    const list = lists.get(menteeId)!;
    let at = next.get(menteeId)!;
    while (at < list.length && random.chance(passOverChance)) at++;
    if (at >= list.length) continue;

    next.set(menteeId, at + 1);
    const mentorRequests = requests.get(list[at].mentorId) ?? [];
    mentorRequests.push(list[at]);
    requests.set(list[at].mentorId, mentorRequests);
  }
  return requests;
}

/** Each mentor accepts the best requests up to their room; the rest are declined. */
function answerRequests(requests: Map<number, Suggestion[]>, room: Map<number, number>) {
  const accepted: Suggestion[] = [];
  for (const [mentorId, asked] of requests) {
    const free = room.get(mentorId) ?? 0;
    const best = asked.sort((a, b) => b.score - a.score || a.menteeId - b.menteeId).slice(0, free);
    room.set(mentorId, free - best.length);
    accepted.push(...best);
  }
  return accepted;
}

export function printQuality(results: QualityResult[], write: (line: string) => void): void {
  write('Quality of the lists: spread ranking (optimum first) against ranking by score alone');
  for (const r of results) {
    write(
      `  ${r.members} members: ${r.menteesInPool} mentees and ${r.mentorsInPool} mentors in ` +
        `the pool; lists of ${r.listLength}; ${percent(r.withViableSuggestion)} of mentees ` +
        `have a viable suggestion; the optimum matches ${percent(r.optimumMatchRate)}`,
    );
    write(
      '    ranking   gini first  gini top-k  worst first/slot  ' +
        'matched (pass-over 0 / 0.3)  score share of optimum',
    );
    write(`    ${formatQuality('spread', r.spread)}`);
    write(`    ${formatQuality('by score', r.byScore)}`);
  }
}

function formatQuality(name: string, q: ListQuality): string {
  const [plain, passing] = q.simulated;
  const matched = `${percent(plain.matchRate)} / ${percent(passing.matchRate)}`;
  const share = `${percent(plain.scoreShareOfOptimum)} / ${percent(passing.scoreShareOfOptimum)}`;
  return (
    `${name.padEnd(8)}  ${pad(q.giniFirst, 10)}  ${pad(q.giniTopK, 10)}  ` +
    `${pad(q.worstFirstPerSlot, 16)}  ${pad(matched, 27)}  ${share}`
  );
}

function percent(share: number): string {
  return `${round(share * 100, 1)} %`;
}
