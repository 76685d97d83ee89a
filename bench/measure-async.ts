/** Timing of asynchronous work, one call after another, as percentiles in milliseconds. */

export interface AsyncTiming {
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 10) / 10;
}

export async function timeRepeatsAsync(
  repeats: number,
  work: () => Promise<unknown>,
): Promise<AsyncTiming> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: percentile(times, 1) };
}
