/**
 * The scores of every mentee's pairs for a whole-cohort run, kept in memory (two bytes a pair)
 * while the cohort is small enough, so that pricing rounds and ranking read them back instead
 * of scoring again. Beyond the limit, rows are scored again when asked for.
 */
import { scoreMentorsOf } from './candidate-scan';
import type { MatchingRun } from './candidate-scan';

/** 2^26 pairs: 128 MB, enough for 8,000 mentors and as many mentees. */
export const DEFAULT_KEPT_SCORES_LIMIT = 2 ** 26;

export class PairScores {
  readonly menteeCount: number;
  readonly mentorCount: number;
  private readonly kept: Int16Array;
  private readonly isKept: Uint8Array;
  private readonly fresh: Int32Array;

  constructor(
    readonly run: MatchingRun,
    limit = DEFAULT_KEPT_SCORES_LIMIT,
  ) {
    this.menteeCount = run.cohort.mentees.member.length;
    this.mentorCount = run.cohort.mentors.member.length;
    const keepAll = this.menteeCount * this.mentorCount <= limit;
    this.kept = new Int16Array(keepAll ? this.menteeCount * this.mentorCount : this.mentorCount);
    this.isKept = new Uint8Array(keepAll ? this.menteeCount : 0);
    this.fresh = new Int32Array(this.mentorCount);
  }

  /** Scores mentee row `row` against every mentor row (-1 where forbidden). */
  score(row: number): Int32Array {
    scoreMentorsOf(this.run, this.run.cohort.mentees.member[row], this.fresh);
    if (this.isKept.length > 0) {
      this.kept.set(this.fresh, row * this.mentorCount);
      this.isKept[row] = 1;
    }
    return this.fresh;
  }

  /**
   * The same scores, from `offset` on in a 16-bit array (one type, so that the loops reading
   * it stay fast), scoring the row again if it is not kept. Valid until the next call.
   */
  keptScores(row: number): { scores: Int16Array; offset: number } {
    if (this.isKept[row] === 1) return { scores: this.kept, offset: row * this.mentorCount };
    this.kept.set(this.score(row));
    return { scores: this.kept, offset: 0 };
  }
}
