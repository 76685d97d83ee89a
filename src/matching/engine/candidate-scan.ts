/**
 * Scores one member against the whole pool on the other side, applying the hard rules on the
 * way: the inner loop of every matching path. Role and status rules were settled per member
 * when the cohort was prepared; what is left per pair is the experience gap, the institution,
 * oneself and the excluded pairs.
 *
 * The loops (in scoring.ts) score every pair and mask the forbidden ones; oneself and the
 * excluded pairs, a handful per member, are struck out afterwards here.
 */
import type { PreparedCohort } from './cohort';
import {
  buildScoringTables,
  packLanes,
  scoreMenteeRows,
  scoreMentorRows,
  supervisoryPoints,
} from './scoring';
import type { PoolLanes, ScoringTables } from './scoring';
import type { MatchingContext, MatchingSettings, PairExclusions } from './types';

/**
 * A cohort prepared for one matching run: its profiles as columns, the settings as tables,
 * the excluded pairs. Make one per run (it is read-only, so one run may serve many calls).
 */
export interface MatchingRun {
  readonly cohort: PreparedCohort;
  readonly settings: MatchingSettings;
  readonly tables: ScoringTables;
  readonly exclusions: PairExclusions;
  /** The pools packed for the bulk loops (with the mentors' supervisory points). */
  readonly mentorLanes: PoolLanes;
  readonly menteeLanes: PoolLanes;
}

export function prepareRun(cohort: PreparedCohort, context: MatchingContext): MatchingRun {
  const tables = buildScoringTables(context.settings);
  const { mentors, mentees } = cohort;
  const supervisory = Int32Array.from(mentors.supervisoryYears, (years) =>
    supervisoryPoints(tables, years),
  );
  return {
    cohort,
    settings: context.settings,
    tables,
    exclusions: context.exclusions,
    mentorLanes: packLanes(mentors, mentors.skillsShared, supervisory),
    menteeLanes: packLanes(mentees, mentees.skillsWanted),
  };
}

/**
 * Sets out[k] to the score of mentor row k (of cohort.mentors) as mentor of cohort member
 * `mentee`, or to -1 where a hard rule forbids the pair. Returns how many pairs are allowed.
 */
export function scoreMentorsOf(run: MatchingRun, mentee: number, out: Int32Array): number {
  const c = run.cohort;
  if (c.menteeBlock[mentee] !== 0) return forbidAll(out, c.mentors.member.length);

  const allowed = scoreMentorRows(run.tables, run.mentorLanes, c.all, mentee, out);
  const partners = run.exclusions.byMentee.get(c.memberId[mentee]);
  return allowed - strikeOut(c, c.mentorRow, out, mentee, partners);
}

/** The same as scoreMentorsOf from a mentor's side, over the rows of cohort.mentees. */
export function scoreMenteesOf(run: MatchingRun, mentor: number, out: Int32Array): number {
  const c = run.cohort;
  if (c.mentorBlock[mentor] !== 0) return forbidAll(out, c.mentees.member.length);

  const allowed = scoreMenteeRows(run.tables, run.menteeLanes, c.all, mentor, out);
  const partners = run.exclusions.byMentor.get(c.memberId[mentor]);
  return allowed - strikeOut(c, c.menteeRow, out, mentor, partners);
}

function forbidAll(out: Int32Array, length: number): number {
  out.fill(-1, 0, length);
  return 0;
}

/** Forbids the viewer's own row and the rows of excluded partners; returns how many it took. */
function strikeOut(
  c: PreparedCohort,
  rowOf: Int32Array,
  out: Int32Array,
  viewer: number,
  partners: ReadonlyMap<number, unknown> | undefined,
): number {
  let struck = strike(out, rowOf[viewer]);
  if (partners === undefined) return struck;

  for (const partnerId of partners.keys()) {
    const member = c.indexOf.get(partnerId);
    if (member !== undefined) struck += strike(out, rowOf[member]);
  }
  return struck;
}

function strike(out: Int32Array, row: number): number {
  if (row < 0 || out[row] < 0) return 0;
  out[row] = -1;
  return 1;
}
