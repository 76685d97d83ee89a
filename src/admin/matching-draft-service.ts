/**
 * The whole-cohort proposal as administrators handle it: the engine's proposal saved as a
 * draft (in a program with sessions, of one session's pool), reviewed against the cohort as
 * it is now, adjusted pair by pair (a pair dropped, or another mentor swapped in when the
 * hard rules and the mentor's room allow), and published as one partnership request per
 * pair, from the mentor to the mentee, on the program's behalf
 * (RequestService.proposeByProgram): the mentee accepts or declines, the mentor may withdraw,
 * and an accepted pair goes through the agreement like any other.
 */
import type { Logger } from '../logging/logger';
import {
  sessionPools,
  spreadOf,
  type CandidateProfile,
  type HardRule,
  type ScoreSpread,
} from '../matching/engine';
import type { MatchingService } from '../matching/matching-service';
import type { RequestService } from '../partnerships/request-service';
import { ConflictError, NotFoundError } from '../web/errors';
import type { Actor, OversightAudit } from './oversight-audit';
import {
  checkPair,
  loadCohort,
  type CohortSnapshot,
  type CohortSources,
  type PairCheck,
} from './matching-cohort';
import type { Draft, DraftPair, DraftStore, DraftUnmatched } from './matching-draft-store';
import { sessionAudited } from './matching-sessions';

/** Why a pair is not published when its members left the draft's session (carried over). */
export const OUTSIDE_SESSION = 'admin.matching.refusal.outside_session';

/** A pair the hard rules (or the mentor's room in the draft) refuse; the rules are named. */
export class PairRefusedError extends ConflictError {
  constructor(readonly rules: HardRule[]) {
    super('admin.matching.pair_refused');
    this.name = 'PairRefusedError';
  }
}

export interface DraftServiceDeps {
  drafts: DraftStore;
  matching: Pick<MatchingService, 'proposal'>;
  cohort: CohortSources;
  requests: Pick<RequestService, 'proposeByProgram'>;
  audit: OversightAudit;
  logger: Logger;
  now: () => number;
}

export interface ReviewedPair extends DraftPair, PairCheck {}

export interface DraftReview {
  draft: Draft;
  pairs: ReviewedPair[];
  spread: ScoreSpread | null;
  menteesInPool: number;
  mentorsInPool: number;
}

export interface SwapOption {
  mentorId: number;
  score: number;
  slotsLeft: number;
}

export class DraftService {
  constructor(private readonly deps: DraftServiceDeps) {}

  /**
   * Runs the engine over the session's pool (the whole cohort for null) and keeps its proposal
   * as a new draft for that session.
   */
  async prepare(programId: number, sessionId: number | null, actor: Actor): Promise<number> {
    const proposal = await this.deps.matching.proposal(programId, sessionId);
    const pairs: DraftPair[] = proposal.pairs.map(({ mentorId, menteeId }) => ({
      mentorId,
      menteeId,
      origin: 'engine',
    }));
    const unmatched = proposal.unmatchedMentees.map(({ menteeId, reason }) => ({
      menteeId,
      reason,
    }));
    const content = { pairs, unmatched };
    const now = this.deps.now();
    const id = await this.deps.drafts.create(programId, sessionId, actor.memberId, content, now);
    this.deps.logger.info({
      event: 'matching_draft_prepared',
      draft_id: id,
      session_id: sessionId,
      pairs: pairs.length,
    });
    return id;
  }

  /** The newest drafts of the session (every draft for null), for the page that lists them. */
  async latest(programId: number, sessionId: number | null, limit: number): Promise<Draft[]> {
    return this.deps.drafts.latest(programId, sessionId, limit);
  }

  async draft(programId: number, draftId: number): Promise<Draft> {
    const draft = await this.deps.drafts.byId(programId, draftId);
    if (!draft) throw new NotFoundError('draft');
    return draft;
  }

  /** The draft with each pair checked and scored against the cohort as it is now. */
  async review(programId: number, draftId: number): Promise<DraftReview> {
    const draft = await this.draft(programId, draftId);
    const cohort = await loadCohort(this.deps.cohort, programId);
    const pairs = draft.pairs.map((pair) => ({
      ...pair,
      ...checkPair(cohort, pair.mentorId, pair.menteeId),
    }));
    const scores = pairs.flatMap((pair) => (pair.score ? [pair.score.score] : []));
    const inPool = poolOf(cohort, draft);
    return {
      draft,
      pairs,
      spread: spreadOf(scores),
      menteesInPool: inPool.filter((p) => p.mentee?.approved && p.mentee.active).length,
      mentorsInPool: inPool.filter((p) => p.mentor?.approved && p.mentor.active).length,
    };
  }

  /** Takes the mentee's pair out of the draft; they join the unmatched, as dropped. */
  async drop(programId: number, draftId: number, menteeId: number, actor: Actor) {
    const draft = await this.draft(programId, draftId);
    const pair = pairOf(draft, menteeId);
    const pairs = draft.pairs.filter((p) => p !== pair);
    const dropped: DraftUnmatched = { menteeId, reason: { code: 'dropped' } };
    const unmatched = [...draft.unmatched, dropped];
    await this.save(draft, pairs, unmatched);
    await this.deps.audit.record(programId, actor, 'matching.draft_drop', `draft:${draftId}`, {
      mentorId: pair.mentorId,
      menteeId,
      ...sessionAudited(draft.sessionId),
    });
  }

  /** Mentors the mentee could have instead: no hard rule broken, room left in the draft. */
  async swapOptions(programId: number, draftId: number, menteeId: number): Promise<SwapOption[]> {
    const draft = await this.draft(programId, draftId);
    const current = pairOf(draft, menteeId);
    const cohort = await loadCohort(this.deps.cohort, programId);
    const options: SwapOption[] = [];
    for (const profile of poolOf(cohort, draft)) {
      if (!profile.mentor || profile.memberId === current.mentorId) continue;
      const slotsLeft = roomInDraft(cohort, draft, profile.memberId, menteeId);
      const check = checkPair(cohort, profile.memberId, menteeId);
      if (slotsLeft > 0 && check.broken.length === 0 && check.score) {
        options.push({ mentorId: profile.memberId, score: check.score.score, slotsLeft });
      }
    }
    return options.sort((a, b) => b.score - a.score || a.mentorId - b.mentorId);
  }

  /** Puts another mentor in the mentee's pair; refused, with the rules named, if not allowed. */
  async swap(programId: number, draftId: number, menteeId: number, mentorId: number, actor: Actor) {
    const draft = await this.draft(programId, draftId);
    const pair = pairOf(draft, menteeId);
    const cohort = await loadCohort(this.deps.cohort, programId);
    const broken = checkPair(cohort, mentorId, menteeId).broken;
    if (broken.length === 0 && !inDraftSession(cohort, draft, { mentorId, menteeId })) {
      broken.push('different_session');
    }
    if (broken.length === 0 && roomInDraft(cohort, draft, mentorId, menteeId) <= 0) {
      broken.push('mentor_full');
    }
    if (broken.length > 0) throw new PairRefusedError(broken);

    const swapped: DraftPair = { mentorId, menteeId, origin: 'swapped' };
    await this.save(draft, draft.pairs.map((p) => (p === pair ? swapped : p)), draft.unmatched);
    await this.deps.audit.record(programId, actor, 'matching.draft_swap', `draft:${draftId}`, {
      menteeId,
      from: pair.mentorId,
      to: mentorId,
      ...sessionAudited(draft.sessionId),
    });
  }

  private async save(draft: Draft, pairs: DraftPair[], unmatched: DraftUnmatched[]) {
    if (draft.publishedAt !== null) throw new ConflictError('admin.matching.already_published');
    if (!(await this.deps.drafts.update(draft, { pairs, unmatched }, this.deps.now()))) {
      throw new ConflictError('admin.matching.draft_changed');
    }
  }

  /**
   * Publishes every pair of the draft as a request on the program's behalf, each in its own
   * transaction with its emails. A pair the rules now refuse (someone found a partner since),
   * or whose members are no longer in the draft's session, is left out and its refusal kept.
   * Resolves how many were published and refused.
   */
  async publish(programId: number, draftId: number, actor: Actor) {
    const draft = await this.draft(programId, draftId);
    if (!(await this.deps.drafts.claimPublication(draft, actor.memberId, this.deps.now()))) {
      throw new ConflictError('admin.matching.already_published');
    }

    const cohort = await loadCohort(this.deps.cohort, programId);
    const pairs: DraftPair[] = [];
    for (const pair of draft.pairs) {
      const outcome = inDraftSession(cohort, draft, pair)
        ? await this.publishPair(programId, pair, actor)
        : { refusal: OUTSIDE_SESSION };
      pairs.push({ ...pair, outcome });
    }
    await this.deps.drafts.saveOutcomes(draft.id, pairs);

    const published = pairs.filter((p) => p.outcome && 'requestId' in p.outcome).length;
    const refused = pairs.length - published;
    await this.deps.audit.record(programId, actor, 'matching.publish', `draft:${draftId}`, {
      ...sessionAudited(draft.sessionId),
      published,
      refused,
    });
    return { published, refused };
  }

  private async publishPair(programId: number, pair: DraftPair, actor: Actor) {
    try {
      const requestId = await this.deps.requests.proposeByProgram(programId, actor.memberId, pair);
      return { requestId };
    } catch (err) {
      if (err instanceof ConflictError) return { refusal: err.messageKey };
      throw err;
    }
  }
}

function pairOf(draft: Draft, menteeId: number): DraftPair {
  const pair = draft.pairs.find((p) => p.menteeId === menteeId);
  if (!pair) throw new NotFoundError('pair');
  return pair;
}

/** The profiles the draft pairs from: its session's pool, or the whole cohort without one. */
function poolOf(cohort: CohortSnapshot, draft: Draft): CandidateProfile[] {
  const profiles = [...cohort.profiles.values()];
  if (draft.sessionId === null) return profiles;
  return sessionPools(profiles).get(draft.sessionId) ?? [];
}

/** Whether both roles of the pair still belong to the draft's session (always, without one). */
function inDraftSession(
  cohort: CohortSnapshot,
  draft: Draft,
  pair: { mentorId: number; menteeId: number },
): boolean {
  if (draft.sessionId === null) return true;
  const mentor = cohort.profiles.get(pair.mentorId)?.mentor;
  const mentee = cohort.profiles.get(pair.menteeId)?.mentee;
  return mentor?.sessionId === draft.sessionId && mentee?.sessionId === draft.sessionId;
}

/** The mentor's open slots, less those the draft's other pairs already give them. */
function roomInDraft(cohort: CohortSnapshot, draft: Draft, mentorId: number, menteeId: number) {
  const open = cohort.profiles.get(mentorId)?.mentor?.openSlots ?? 0;
  const used = draft.pairs.filter((p) => p.mentorId === mentorId && p.menteeId !== menteeId);
  return open - used.length;
}
