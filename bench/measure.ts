/** Small measuring tools for the benchmark: timing with repeats, and inequality of counts. */

/** Milliseconds that `work` takes once. */
export function elapsedMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Timing {
  /** The quickest repeat: the best estimate of the cost itself on a busy, shared machine. */
  minMs: number;
  medianMs: number;
}

/** Runs `work` `repeats` times; other processes only ever add time, so the minimum matters. */
export function timeRepeats(repeats: number, work: () => void): Timing {
  const times = Array.from({ length: repeats }, () => elapsedMs(work)).sort((a, b) => a - b);
  return { minMs: times[0], medianMs: times[Math.floor(times.length / 2)] };
}

/**
 * The Gini coefficient of non-negative counts: 0 when everyone gets the same, towards 1 when a
 * few get everything.
 */
export function gini(counts: ArrayLike<number>): number {
  const sorted = Array.from(counts).sort((a, b) => a - b);
  const total = sorted.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;

  const weighted = sorted.reduce((sum, count, i) => sum + (i + 1) * count, 0);
  const n = sorted.length;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
