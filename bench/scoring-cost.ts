/**
 * Scoring cost per candidate: one member scored against the whole pool on the other side, as
 * on approval, at each population size. Preparing the cohort (laying profiles out as columns)
 * is measured apart, per profile, since a run pays it once for any number of members.
 */
import { defaultContext, generatePopulation } from './population';
import { round, timeRepeats } from './measure';
import { prepareMatching, suggestionsFor } from '../src/matching/engine';
import type { MatchingRun } from '../src/matching/engine';
import { scoreMentorsOf } from '../src/matching/engine/candidate-scan';

export interface ScoringCost {
  members: number;
  mentorsInPool: number;
  menteesInPool: number;
  /** Quickest of a few runs, like the scoring figures. */
  prepareMs: number;
  prepareNsPerProfile: number;
  /** Scoring alone (hard rules and score of every mentor for one mentee). */
  scoreNsPerCandidate: { min: number; median: number };
  /**
   * suggestionsFor as a whole: scoring, ranking and explaining a list of ten, per candidate
   * on either side (a sampled mentee who also mentors gets a list of mentees too).
   */
  suggestionsNsPerCandidate: { min: number; median: number };
  sampledMentees: number;
}

export function measureScoringCost(sizes: number[], seed: number): ScoringCost[] {
  return sizes.map((size) => measureSize(size, seed));
}

function measureSize(size: number, seed: number): ScoringCost {
  const population = generatePopulation(size, seed);
  const [profiles, context] = [population.profiles, defaultContext(population)];
  let run!: MatchingRun;
  const prepare = timeRepeats(size >= 100000 ? 3 : 7, () => {
    run = prepareMatching(profiles, context);
  });

  const mentees = sample(run, 64);
  const scores = new Int32Array(run.cohort.mentors.member.length);
  const scoring = () => mentees.forEach((mentee) => scoreMentorsOf(run, mentee, scores));
  const suggesting = () =>
    mentees.forEach((mentee) => suggestionsFor(run, run.cohort.memberId[mentee], { limit: 10 }));

  const { mentors, mentees: menteePool, mentorBlock } = run.cohort;
  const alsoMentoring = mentees.filter((member) => mentorBlock[member] === 0).length;
  const scored = mentees.length * mentors.member.length;
  const suggested = scored + alsoMentoring * menteePool.member.length;
  const perCandidate = (ms: number, candidates = scored) => round((ms * 1e6) / candidates, 1);
  const repeats = 25;
  timeRepeats(3, scoring);
  timeRepeats(3, suggesting);
  const score = timeRepeats(repeats, scoring);
  const suggest = timeRepeats(repeats, suggesting);
  return {
    members: size,
    mentorsInPool: run.cohort.mentors.member.length,
    menteesInPool: run.cohort.mentees.member.length,
    prepareMs: round(prepare.minMs),
    prepareNsPerProfile: round((prepare.minMs * 1e6) / size, 0),
    scoreNsPerCandidate: { min: perCandidate(score.minMs), median: perCandidate(score.medianMs) },
    suggestionsNsPerCandidate: {
      min: perCandidate(suggest.minMs, suggested),
      median: perCandidate(suggest.medianMs, suggested),
    },
    sampledMentees: mentees.length,
  };
}

/** Up to `count` mentees of the pool, evenly spread over it. */
function sample(run: MatchingRun, count: number): number[] {
  const pool = run.cohort.mentees.member;
  const step = Math.max(1, Math.floor(pool.length / count));
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[i * step]);
}

export function printScoringCost(results: ScoringCost[], write: (line: string) => void): void {
  write('Scoring cost per candidate (one mentee against every mentor in the pool)');
  write('  members  mentors  prepare ns/profile  score ns/cand (min/med)  suggestionsFor ns/cand');
  for (const r of results) {
    write(
      `  ${pad(r.members, 7)}  ${pad(r.mentorsInPool, 7)}  ${pad(r.prepareNsPerProfile, 18)}  ` +
        `${pad(`${r.scoreNsPerCandidate.min} / ${r.scoreNsPerCandidate.median}`, 23)}  ` +
        `${r.suggestionsNsPerCandidate.min} / ${r.suggestionsNsPerCandidate.median}`,
    );
  }
}

export function pad(value: unknown, width: number): string {
  return String(value).padStart(width);
}
