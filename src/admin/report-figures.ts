/**
 * The reports' arithmetic as plain functions: the median and 90th percentile of waits, and
 * supply against demand (mentors' open places against mentees waiting) by focus and region.
 */

export interface WaitFigures {
  count: number;
  /** Milliseconds; null when there is nothing to measure. */
  median: number | null;
  p90: number | null;
}

/** Nearest-rank percentile: always one of the values. */
export function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

export function waitFigures(waits: readonly number[]): WaitFigures {
  const sorted = [...waits].sort((a, b) => a - b);
  return { count: sorted.length, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

/** One approved mentor who is not paused, with the places they have left. */
export interface SupplyRow {
  focus: string;
  placeId: string | null;
  openSlots: number;
}

/** One approved mentee who is not paused and not in a partnership. */
export interface DemandRow {
  focus: string;
  placeId: string | null;
}

export interface SupplyDemandLine {
  key: string;
  openSlots: number;
  waiting: number;
  /** Mentees more than open places; 0 where mentors are enough. */
  shortfall: number;
}

/** Lines by `keyOf` (focus, region), every key of `keys` listed, largest shortfall first. */
export function supplyAgainstDemand(
  supply: readonly SupplyRow[],
  demand: readonly DemandRow[],
  keys: readonly string[],
  keyOf: (row: { focus: string; placeId: string | null }) => string,
): SupplyDemandLine[] {
  const lines = new Map(keys.map((key) => [key, { key, openSlots: 0, waiting: 0, shortfall: 0 }]));
  const line = (key: string) => {
    if (!lines.has(key)) lines.set(key, { key, openSlots: 0, waiting: 0, shortfall: 0 });
    return lines.get(key) as SupplyDemandLine;
  };
  for (const row of supply) line(keyOf(row)).openSlots += row.openSlots;
  for (const row of demand) line(keyOf(row)).waiting += 1;

  const all = [...lines.values()];
  for (const entry of all) entry.shortfall = Math.max(0, entry.waiting - entry.openSlots);
  const order = (key: string) => keys.indexOf(key);
  return all.sort((a, b) => b.shortfall - a.shortfall || order(a.key) - order(b.key));
}
