/**
 * Picking the best few out of a scan's scores without sorting them all: a counting pass for
 * whole-number scores, and a short sorted list for ranking keys.
 */
import { SCORE_SCALE } from './settings';

/** Scores never exceed this: each of five contributions rounds up by at most half a point. */
const SCORE_LIMIT = SCORE_SCALE + 3;

export interface TopScores {
  /** Positions in the scores of the chosen ones, in position order. */
  positions: Int32Array;
  /** The best score not chosen, or -1 when every allowed score was chosen. */
  bestLeftOut: number;
}

/**
 * The positions of the `k` best allowed scores, found by counting how many pairs have each
 * score. Ties at the cut are taken from position `tieStart` on, wrapping round: callers vary
 * it from one member to the next, so that members who rate many candidates equally do not all
 * keep the same few. `histogram` is scratch space from `scoreHistogram()`.
 */
export function topScores(
  scores: Int32Array,
  k: number,
  histogram: Int32Array,
  tieStart = 0,
): TopScores {
  histogram.fill(0);
  for (let i = 0; i < scores.length; i++) histogram[scores[i] + 1]++;

  let threshold = SCORE_LIMIT;
  let above = 0;
  for (; threshold >= 0; threshold--) {
    const atThreshold = histogram[threshold + 1];
    if (above + atThreshold >= k) break;
    above += atThreshold;
  }
  if (threshold < 0) return { positions: positionsAtLeast(scores, 0, above), bestLeftOut: -1 };

  const takenAtThreshold = k - above;
  const positions = new Int32Array(k);
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > threshold) positions[n++] = i;

  const start = tieStart % scores.length;
  for (let j = 0, ties = takenAtThreshold; j < scores.length && ties > 0; j++) {
    const i = (start + j) % scores.length;
    if (scores[i] === threshold) {
      positions[n++] = i;
      ties--;
    }
  }
  positions.sort();
  return { positions, bestLeftOut: bestBelow(histogram, threshold, takenAtThreshold) };
}

/** Scratch space for topScores; counts go in slot score + 1 so that -1 has a slot. */
export function scoreHistogram(): Int32Array {
  return new Int32Array(SCORE_LIMIT + 2);
}

function positionsAtLeast(scores: Int32Array, least: number, count: number): Int32Array {
  const positions = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] >= least) positions[n++] = i;
  return positions;
}

function bestBelow(histogram: Int32Array, threshold: number, takenAtThreshold: number): number {
  if (histogram[threshold + 1] > takenAtThreshold) return threshold;
  for (let score = threshold - 1; score >= 0; score--) if (histogram[score + 1] > 0) return score;
  return -1;
}

/**
 * The best `capacity` candidates offered, by key (higher first), then score (higher first),
 * then position (lower first). Offers that cannot make the list cost one comparison.
 */
export class BestCandidates {
  readonly keys: Float64Array;
  readonly scores: Int32Array;
  readonly positions: Int32Array;
  count = 0;

  constructor(readonly capacity: number) {
    this.keys = new Float64Array(capacity);
    this.scores = new Int32Array(capacity);
    this.positions = new Int32Array(capacity);
  }

  clear(): void {
    this.count = 0;
  }

  offer(key: number, score: number, position: number): void {
    const full = this.count === this.capacity;
    if (full && !this.beats(key, score, position, this.count - 1)) return;

    let i = full ? this.count - 1 : this.count++;
    while (i > 0 && this.beats(key, score, position, i - 1)) {
      this.keys[i] = this.keys[i - 1];
      this.scores[i] = this.scores[i - 1];
      this.positions[i] = this.positions[i - 1];
      i--;
    }
    this.keys[i] = key;
    this.scores[i] = score;
    this.positions[i] = position;
  }

  private beats(key: number, score: number, position: number, at: number): boolean {
    if (key !== this.keys[at]) return key > this.keys[at];
    if (score !== this.scores[at]) return score > this.scores[at];
    return position < this.positions[at];
  }
}
