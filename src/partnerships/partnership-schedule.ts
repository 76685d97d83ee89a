/**
 * The jobs partnerships schedule, one per deadline: a request's reminder and expiry, the
 * first-contact reminder, the reminders before the term ends and the end itself, and the
 * deletion of documents after a partnership is over. Each handler checks the state it finds,
 * so a job whose moment has passed (a request answered, a term extended) does nothing.
 */
import type { Knex } from 'knex';
import type { JobQueue } from '../jobs/job-queue';
import {
  MATCHING_REFRESH_JOB,
  type MatchingRefreshPayload,
} from '../members/role-approval-service';
import { DAY_MS, type PartnershipSettings } from './partnership-settings';

export const PARTNERSHIP_JOBS = {
  requestReminder: 'partnerships.request-reminder',
  requestExpiry: 'partnerships.request-expiry',
  firstContactReminder: 'partnerships.first-contact-reminder',
  termReminder: 'partnerships.term-reminder',
  termEnd: 'partnerships.term-end',
  documentsPurge: 'partnerships.documents-purge',
} as const;

export interface RequestJobPayload {
  requestId: number;
}

export interface PartnershipJobPayload {
  partnershipId: number;
}

/** Carries the end date it was scheduled for: after an extension the old job is stale. */
export interface TermJobPayload {
  partnershipId: number;
  endsAt: number;
  daysBefore?: number;
}

type Enqueuer = Pick<JobQueue, 'enqueue'>;

export class PartnershipSchedule {
  constructor(
    private readonly jobs: Enqueuer,
    private readonly settings: PartnershipSettings,
  ) {}

  async requestCreated(trx: Knex, request: { id: number; expiresAt: number }) {
    const payload: RequestJobPayload = { requestId: request.id };
    const remindAt = request.expiresAt - this.settings.requestReminderDaysBefore * DAY_MS;
    await this.at(trx, PARTNERSHIP_JOBS.requestReminder, payload, remindAt, `${request.id}`);
    await this.at(trx, PARTNERSHIP_JOBS.requestExpiry, payload, request.expiresAt, `${request.id}`);
  }

  async partnershipStarted(trx: Knex, partnership: { id: number; startsAt: number }) {
    const payload: PartnershipJobPayload = { partnershipId: partnership.id };
    const remindAt = partnership.startsAt + this.settings.firstContactReminderDays * DAY_MS;
    const type = PARTNERSHIP_JOBS.firstContactReminder;
    await this.at(trx, type, payload, remindAt, `${partnership.id}`);
  }

  /** The reminders before the end and the end itself, for the term as it now stands. */
  async termSet(trx: Knex, partnership: { id: number; endsAt: number }) {
    const { id, endsAt } = partnership;
    for (const daysBefore of this.settings.termReminderDaysBefore) {
      const payload: TermJobPayload = { partnershipId: id, endsAt, daysBefore };
      const key = `${id}:${endsAt}:${daysBefore}`;
      await this.at(trx, PARTNERSHIP_JOBS.termReminder, payload, endsAt - daysBefore * DAY_MS, key);
    }
    const payload: TermJobPayload = { partnershipId: id, endsAt };
    await this.at(trx, PARTNERSHIP_JOBS.termEnd, payload, endsAt, `${id}:${endsAt}`);
  }

  /** `documentRetentionDays` is the program's own; the shared default otherwise. */
  async partnershipClosed(
    trx: Knex,
    partnership: { id: number; endedAt: number; documentRetentionDays?: number },
  ) {
    const payload: PartnershipJobPayload = { partnershipId: partnership.id };
    const retentionDays = partnership.documentRetentionDays ?? this.settings.documentRetentionDays;
    const purgeAt = partnership.endedAt + retentionDays * DAY_MS;
    await this.at(trx, PARTNERSHIP_JOBS.documentsPurge, payload, purgeAt, `${partnership.id}`);
  }

  /** Asks the matching to refresh the member's suggestions; one waiting run covers many asks. */
  async refreshMatching(trx: Knex, programId: number, memberId: number) {
    const payload: MatchingRefreshPayload = { programId, memberId };
    await this.jobs.enqueue(trx, MATCHING_REFRESH_JOB, payload, {
      dedupeKey: `${MATCHING_REFRESH_JOB}:${programId}:${memberId}`,
    });
  }

  private async at(trx: Knex, type: string, payload: object, runAt: number, key: string) {
    await this.jobs.enqueue(trx, type, payload, { runAt, dedupeKey: `${type}:${key}` });
  }
}
