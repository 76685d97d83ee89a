/** Pairs that must not be suggested again, looked up from the mentor's or the mentee's side. */
import type { ExcludedPair, ExclusionKind, PairExclusions } from './types';

/** When one pair is excluded for several reasons, the strongest is kept. */
const STRENGTH: Record<ExclusionKind, number> = {
  partnership: 4,
  pending_request: 3,
  declined: 2,
  not_interested: 1,
};

/** Indexes the excluded pairs (partnerships, pending requests, declines, "not interested"). */
export function buildExclusions(pairs: Iterable<ExcludedPair>): PairExclusions {
  const byMentor = new Map<number, Map<number, ExclusionKind>>();
  const byMentee = new Map<number, Map<number, ExclusionKind>>();
  for (const { mentorId, menteeId, kind } of pairs) {
    const current = byMentor.get(mentorId)?.get(menteeId);
    if (current !== undefined && STRENGTH[current] >= STRENGTH[kind]) continue;

    entry(byMentor, mentorId).set(menteeId, kind);
    entry(byMentee, menteeId).set(mentorId, kind);
  }
  return { byMentor, byMentee };
}

/** Why the pair is excluded, or undefined when nothing stands between them. */
export function exclusionBetween(
  exclusions: PairExclusions,
  mentorId: number,
  menteeId: number,
): ExclusionKind | undefined {
  return exclusions.byMentor.get(mentorId)?.get(menteeId);
}

function entry(
  index: Map<number, Map<number, ExclusionKind>>,
  key: number,
): Map<number, ExclusionKind> {
  let inner = index.get(key);
  if (inner === undefined) {
    inner = new Map();
    index.set(key, inner);
  }
  return inner;
}
