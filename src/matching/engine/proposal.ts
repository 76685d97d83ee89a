/**
 * The whole-cohort assignment as a proposal for program administrators: every pair with its
 * score breakdown, how the scores spread, who is left unmatched and why, and which mentors
 * still have room. Nothing is published from here; the console that does comes later.
 */
import type { MatchingRun } from './candidate-scan';
import type { CohortSolution } from './cohort-optimum';
import { checkHardRules } from './hard-rules';
import { explainIndices } from './scoring';
import type { CohortProposal, HardRule, PairScore, ScoreSpread, UnmatchedReason } from './types';

/** The proposal of a solved cohort. */
export function proposeAssignment(solution: CohortSolution): CohortProposal {
  const { run, optimum } = solution;
  const { mentors, mentees } = run.cohort;
  const pairs: PairScore[] = [];
  optimum.menteeMentor.forEach((mentorRow, menteeRow) => {
    if (mentorRow < 0) return;
    const [mentor, mentee] = [mentors.member[mentorRow], mentees.member[menteeRow]];
    pairs.push(explainIndices(run.cohort, run.tables, mentor, mentee));
  });
  pairs.sort((a, b) => b.score - a.score || a.mentorId - b.mentorId || a.menteeId - b.menteeId);

  return {
    pairs,
    totalScore: optimum.total,
    spread: spreadOf(pairs.map((pair) => pair.score)),
    menteesInPool: mentees.member.length,
    mentorsInPool: mentors.member.length,
    unmatchedMentees: unmatchedMentees(solution),
    mentorsWithRoom: mentorsWithRoom(solution),
  };
}

/** Quartiles are the nearest-rank kind: always one of the scores. */
export function spreadOf(scores: number[]): ScoreSpread | null {
  if (scores.length === 0) return null;

  const sorted = [...scores].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
  const sum = sorted.reduce((total, score) => total + score, 0);
  return {
    min: sorted[0],
    p25: at(0.25),
    median: at(0.5),
    p75: at(0.75),
    max: sorted[sorted.length - 1],
    mean: sum / sorted.length,
  };
}

function unmatchedMentees(solution: CohortSolution): CohortProposal['unmatchedMentees'] {
  const { run, optimum, pairScores } = solution;
  const unmatched: CohortProposal['unmatchedMentees'] = [];
  optimum.menteeMentor.forEach((mentor, mentee) => {
    if (mentor >= 0) return;
    const menteeId = run.cohort.memberId[run.cohort.mentees.member[mentee]];
    const { scores, offset } = pairScores.keptScores(mentee);
    const reason = viableReason(run, scores.subarray(offset, offset + pairScores.mentorCount));
    unmatched.push({ menteeId, reason: reason ?? noViableMentor(run, mentee) });
  });
  return unmatched;
}

/** Why the mentee went without when some mentors were viable: their room went elsewhere. */
function viableReason(run: MatchingRun, scores: Int16Array): UnmatchedReason | null {
  let viableMentors = 0;
  let best = -1;
  scores.forEach((score, mentor) => {
    if (score < 0) return;
    viableMentors++;
    if (best < 0 || score > scores[best]) best = mentor;
  });
  if (best < 0) return null;

  const bestMentorId = run.cohort.memberId[run.cohort.mentors.member[best]];
  return { code: 'mentors_taken', viableMentors, bestMentorId, bestScore: scores[best] };
}

/** Counts, over every member offering mentoring, the first rule that rules each one out. */
function noViableMentor(run: MatchingRun, menteeRow: number): UnmatchedReason {
  const { profiles, mentees } = run.cohort;
  const mentee = profiles[mentees.member[menteeRow]];
  const ruledOutBy: Partial<Record<HardRule, number>> = {};
  for (const mentor of profiles) {
    if (mentor.mentor === null) continue;
    const rule = checkHardRules(mentor, mentee, run.settings, run.exclusions);
    if (rule !== null) ruledOutBy[rule] = (ruledOutBy[rule] ?? 0) + 1;
  }
  return { code: 'no_viable_mentor', ruledOutBy };
}

function mentorsWithRoom({ run, optimum }: CohortSolution): CohortProposal['mentorsWithRoom'] {
  const { memberId, mentors } = run.cohort;
  const withRoom: CohortProposal['mentorsWithRoom'] = [];
  mentors.member.forEach((member, row) => {
    const slotsLeft = mentors.openSlots[row] - optimum.mentorLoad[row];
    if (slotsLeft > 0) withRoom.push({ mentorId: memberId[member], slotsLeft });
  });
  return withRoom;
}
