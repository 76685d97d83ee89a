/**
 * Runs matching for the product: on a member's approval or change, that member's lists are
 * computed at once (ranked with the last whole-cohort run's market), and a whole-cohort run is
 * queued shortly after so that their arrival shows in everyone else's lists too. Members are
 * emailed when new potential partners appear, at most once a day.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { Outbox } from '../mail/outbox';
import { MATCHING_REFRESH_JOB, type MatchingRefreshPayload } from '../members/role-approval-service';
import { pickLocale } from '../i18n/catalogue';
import { loadCandidates, loadExclusions, type PlaceLookup } from './cohort-store';
import {
  buildExclusions,
  computeCohortSuggestions,
  memberSuggestions,
  sessionPools,
  type CohortProposal,
  type MatchingSettings,
  type Suggestion,
} from './engine';
import type { Side, SuggestionStore } from './suggestion-store';

export const MATCHING_COHORT_JOB = 'matching.cohort';

/** Arrivals within this window share one whole-cohort run. */
export const COHORT_RUN_DELAY_MS = 10_000;

/** At most one "new potential partners" email per member in this window. */
export const NOTICE_GAP_MS = 24 * 3_600_000;

export interface MatchingDeps {
  db: Database;
  store: SuggestionStore;
  jobs: JobQueue;
  outbox: Outbox;
  placeOf: PlaceLookup;
  /** The program's settings, read in the job's transaction (SQLite has one connection). */
  settingsFor: (programId: number, trx?: Knex) => Promise<MatchingSettings>;
  logger: Logger;
  now: () => number;
}

type NewPartners = Map<number, number>;

export class MatchingService {
  constructor(private readonly deps: MatchingDeps) {}

  registerJobs(): void {
    this.deps.jobs.register<MatchingRefreshPayload>(MATCHING_REFRESH_JOB, (payload, ctx) =>
      this.refreshMember(ctx.trx, payload.programId, payload.memberId),
    );
    this.deps.jobs.register<{ programId: number }>(MATCHING_COHORT_JOB, (payload, ctx) =>
      this.refreshCohort(ctx.trx, payload.programId),
    );
  }

  /**
   * The on-approval path: this member's lists now (each role against its session's pool),
   * everyone else's in the next cohort run.
   */
  async refreshMember(trx: Knex, programId: number, memberId: number): Promise<void> {
    const started = this.deps.now();
    const { profiles, context } = await this.load(trx, programId);
    const market = await this.deps.store.market(trx, programId);
    const lists = memberSuggestions(profiles, context, memberId, { market });
    const inRun = lists !== undefined;

    const fresh: NewPartners = new Map();
    await this.save(trx, programId, memberId, 'mentee', lists?.asMentee ?? [], fresh);
    await this.save(trx, programId, memberId, 'mentor', lists?.asMentor ?? [], fresh);
    await this.notify(trx, programId, fresh);
    await this.deps.store.markFirstSuggested(trx, programId, this.deps.now(), memberId);
    await this.deps.jobs.enqueue(trx, MATCHING_COHORT_JOB, { programId }, {
      runAt: this.deps.now() + COHORT_RUN_DELAY_MS,
      dedupeKey: `${MATCHING_COHORT_JOB}:${programId}`,
    });

    this.deps.logger.info({
      event: 'matching_member_refreshed',
      program_id: programId,
      member_id: memberId,
      in_pool: inRun,
      duration_ms: this.deps.now() - started,
    });
  }

  /** Recomputes every list in the program from the exact optimum of each session's pool. */
  async refreshCohort(trx: Knex, programId: number): Promise<void> {
    const started = this.deps.now();
    const { profiles, context } = await this.load(trx, programId);
    const result = computeCohortSuggestions(profiles, context);

    const fresh: NewPartners = new Map();
    // Each list is replaced in place, so that only partners who were not listed before count
    // as new (and are emailed about); lists of members who left the pool are removed.
    await this.deps.store.removeListsExcept(trx, programId, {
      mentee: [...result.asMentee.keys()],
      mentor: [...result.asMentor.keys()],
    });
    for (const [memberId, list] of result.asMentee) {
      await this.save(trx, programId, memberId, 'mentee', list, fresh);
    }
    for (const [memberId, list] of result.asMentor) {
      await this.save(trx, programId, memberId, 'mentor', list, fresh);
    }
    await this.notify(trx, programId, fresh);
    await this.deps.store.markFirstSuggested(trx, programId, this.deps.now());

    const durationMs = this.deps.now() - started;
    await this.deps.store.saveMarket(trx, programId, {
      market: result.market,
      menteesInPool: result.proposal.menteesInPool,
      mentorsInPool: result.proposal.mentorsInPool,
      durationMs,
      computedAt: this.deps.now(),
    });
    this.deps.logger.info({
      event: 'matching_cohort_refreshed',
      program_id: programId,
      mentees: result.proposal.menteesInPool,
      mentors: result.proposal.mentorsInPool,
      duration_ms: durationMs,
    });
  }

  /**
   * The whole-cohort assignment for administrators, of the session's pool when one is given
   * (else of each session's pool, merged); nothing is saved.
   */
  async proposal(programId: number, sessionId: number | null = null): Promise<CohortProposal> {
    const { profiles, context } = await this.load(this.deps.db, programId);
    const pool = sessionId === null ? profiles : (sessionPools(profiles).get(sessionId) ?? []);
    return computeCohortSuggestions(pool, context).proposal;
  }

  /** Hides a suggestion for good and refreshes the member's lists. */
  async dismiss(programId: number, memberId: number, partnerId: number): Promise<void> {
    await this.deps.db.transaction(async (trx) => {
      await this.deps.store.dismiss(trx, programId, memberId, partnerId, this.deps.now());
      await this.deps.jobs.enqueue(trx, MATCHING_REFRESH_JOB, { programId, memberId });
    });
  }

  private async load(trx: Knex, programId: number) {
    const profiles = await loadCandidates(trx, programId, this.deps.placeOf);
    const exclusions = buildExclusions(await loadExclusions(trx, programId));
    const settings = await this.deps.settingsFor(programId, trx);
    return { profiles, context: { settings, exclusions } };
  }

  private async save(
    trx: Knex,
    programId: number,
    memberId: number,
    side: Side,
    list: Suggestion[],
    fresh: NewPartners,
  ) {
    const key = { programId, memberId, side };
    const added = await this.deps.store.replace(trx, key, list, this.deps.now());
    if (added.length > 0) fresh.set(memberId, (fresh.get(memberId) ?? 0) + added.length);
  }

  private async notify(trx: Knex, programId: number, fresh: NewPartners): Promise<void> {
    if (fresh.size === 0) return;
    // The profile's contact address is the one the member chose for MentorMatch.
    const members = await trx('mm_members as m')
      .leftJoin('mm_profiles as p', function joinProfile() {
        this.on('p.member_id', 'm.id').andOn('p.program_id', trx.raw('?', [programId]));
      })
      .whereIn('m.id', [...fresh.keys()])
      .select('m.id', 'm.email', 'm.given_name', 'm.surname', 'm.language', 'p.contact_email');

    for (const member of members) {
      const now = this.deps.now();
      if (!(await this.deps.store.claimNotice(trx, programId, member.id, now, NOTICE_GAP_MS))) {
        continue;
      }
      await this.deps.outbox.enqueue(trx, {
        programId,
        template: 'suggestions-found',
        to: {
          memberId: member.id,
          address: member.contact_email ?? member.email,
          name: `${member.given_name} ${member.surname}`,
        },
        locale: pickLocale(member.language),
        data: { givenName: member.given_name, count: fresh.get(member.id) ?? 0 },
      });
    }
  }
}
