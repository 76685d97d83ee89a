/**
 * Sessions for administrators and for the rest of the product: creating and changing them
 * (each change audited), whether registration is open, the session approvals join, the dates
 * partnerships take, and the job that runs when a session's registration opens: it approves
 * the roles waiting for a session and carries the free roles of earlier sessions over.
 */
import type { Knex } from 'knex';
import type { Administrator } from './program-settings-service';
import type { AuditAction, AuditLogStore } from '../admin/audit-log-store';
import { changedValues } from '../admin/audit-log-store';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import { MATCHING_COHORT_JOB } from '../matching/matching-service';
import { locked } from '../partnerships/locking';
import { NotFoundError, ValidationError } from '../web/errors';
import { dateOf, lastDateBefore } from './program-session-dates';
import {
  checkSessionForm,
  currentSession,
  openSession,
  registrationOpen,
  sessionTerm,
  type ProgramSession,
  type SessionInput,
} from './program-session-rules';
import type { ProgramSessionStore } from './program-session-store';
import type { SettingsForm } from './program-settings-validation';

export const SESSION_OPENS_JOB = 'sessions.registration_opens';

export interface SessionOpensPayload {
  programId: number;
  sessionId: number;
}

/**
 * What the approval of roles offers this service: admitting those that wait for a session, and
 * carrying the free roles of earlier sessions over into a new one. Each resolves how many.
 */
export interface WaitingRoleAdmission {
  admitWaitingRoles(trx: Knex, programId: number): Promise<number>;
  carryOverRoles(trx: Knex, programId: number, sessionId: number): Promise<number>;
}

export interface ProgramSessionDeps {
  db: Database;
  store: ProgramSessionStore;
  audit: AuditLogStore;
  jobs: Pick<JobQueue, 'enqueue'>;
  logger: Logger;
  now: () => number;
}

/** A session as the audit log shows it: its dates as administrators typed them. */
function audited(session: SessionInput) {
  return {
    name: session.name,
    registrationOpens: dateOf(session.registrationOpensAt),
    registrationCloses: lastDateBefore(session.registrationClosesAt),
    starts: dateOf(session.startsAt),
    termMonths: session.termMonths,
  };
}

export class ProgramSessionService {
  constructor(private readonly deps: ProgramSessionDeps) {}

  /**
   * The handler runs at the opening instant. Waiting roles are admitted only while a window is
   * open (a session moved since finds it closed); the free roles of earlier sessions move into
   * the current one whenever it runs, which is idempotent. A whole-cohort matching run follows,
   * since the pools changed.
   */
  registerJobs(jobs: Pick<JobQueue, 'register'>, admission: WaitingRoleAdmission): void {
    jobs.register<SessionOpensPayload>(SESSION_OPENS_JOB, async ({ programId }, job) => {
      const sessions = await this.deps.store.all(programId, job.trx);
      const current = currentSession(sessions, job.now);
      if (current === null) return;

      const open = openSession(sessions, job.now) !== null;
      const admitted = open ? await admission.admitWaitingRoles(job.trx, programId) : 0;
      const carried = await admission.carryOverRoles(job.trx, programId, current.id);
      await this.deps.jobs.enqueue(job.trx, MATCHING_COHORT_JOB, { programId }, {
        dedupeKey: `${MATCHING_COHORT_JOB}:${programId}`,
      });
      this.deps.logger.info({
        event: 'session_registration_opened',
        program_id: programId,
        session_id: current.id,
        roles_admitted: admitted,
        roles_carried_over: carried,
      });
    });
  }

  list(programId: number): Promise<ProgramSession[]> {
    return this.deps.store.all(programId);
  }

  async byId(programId: number, sessionId: number): Promise<ProgramSession> {
    const session = await this.deps.store.byId(programId, sessionId);
    if (!session) throw new NotFoundError('session');
    return session;
  }

  /** Whether a role may be approved now in the program (see program-session-rules). */
  async isRegistrationOpen(trx: Knex, programId: number): Promise<boolean> {
    return registrationOpen(await this.deps.store.all(programId, trx), this.deps.now());
  }

  /** The session a role approved now joins; null without one (see program-session-rules). */
  async currentSessionId(trx: Knex, programId: number): Promise<number | null> {
    return currentSession(await this.deps.store.all(programId, trx), this.deps.now())?.id ?? null;
  }

  /** The current session's term, for partnerships whose mentee has no session; null without. */
  async currentTermMonths(programId: number, trx?: Knex): Promise<number | null> {
    const sessions = await this.deps.store.all(programId, trx);
    return currentSession(sessions, this.deps.now())?.termMonths ?? null;
  }

  /**
   * When a partnership whose second signature lands at `signedAt` runs: from its mentee's
   * session's start date (or the signature, if later) for that session's term. Null when the
   * mentee's role has no session: the partnership then starts at the signature.
   */
  async partnershipTerm(
    trx: Knex,
    pair: { programId: number; menteeId: number },
    signedAt: number,
  ): Promise<{ startsAt: number; endsAt: number } | null> {
    const session = await this.deps.store.ofRole(pair.programId, pair.menteeId, 'mentee', trx);
    return session ? sessionTerm(session, signedAt) : null;
  }

  /** Resolves the new session's id; throws ValidationError with a message key per field. */
  async create(programId: number, by: Administrator, form: SettingsForm): Promise<number> {
    return this.deps.db.transaction(async (trx) => {
      const input = await this.checked(trx, programId, form, null);
      const now = this.deps.now();
      const id = await this.deps.store.create(trx, programId, input, now);
      await this.scheduleOpening(trx, programId, id, input);
      const entry = { before: null, after: audited(input) };
      await this.record(trx, programId, by, 'session.created', id, entry);
      return id;
    });
  }

  async update(programId: number, sessionId: number, by: Administrator, form: SettingsForm) {
    await this.deps.db.transaction(async (trx) => {
      const before = await this.deps.store.byId(programId, sessionId, trx);
      if (!before) throw new NotFoundError('session');
      const input = await this.checked(trx, programId, form, sessionId);
      const difference = changedValues(audited(before), audited(input));
      if (!difference) return;

      await this.deps.store.update(trx, sessionId, input, this.deps.now());
      await this.scheduleOpening(trx, programId, sessionId, input);
      await this.record(trx, programId, by, 'session.updated', sessionId, difference);
    });
  }

  /** Checks the form against the program's other sessions, read under the program's lock. */
  private async checked(
    trx: Knex,
    programId: number,
    form: SettingsForm,
    sessionId: number | null,
  ): Promise<SessionInput> {
    await locked(trx, trx('mm_programs').where({ id: programId }).first('id'));
    const others = (await this.deps.store.all(programId, trx)).filter((s) => s.id !== sessionId);
    const checked = checkSessionForm(form, others);
    if (checked.errors) throw new ValidationError(checked.errors);
    return checked.value;
  }

  private async scheduleOpening(trx: Knex, programId: number, id: number, input: SessionInput) {
    const payload: SessionOpensPayload = { programId, sessionId: id };
    await this.deps.jobs.enqueue(trx, SESSION_OPENS_JOB, payload, {
      runAt: input.registrationOpensAt,
      dedupeKey: `${SESSION_OPENS_JOB}:${id}:${input.registrationOpensAt}`,
    });
  }

  private async record(
    trx: Knex,
    programId: number,
    by: Administrator,
    action: AuditAction,
    sessionId: number,
    values: { before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  ) {
    const subject = `session:${sessionId}` as const;
    const entry = { programId, actor: by, action, subject, ...values };
    await this.deps.audit.record(trx, entry, this.deps.now());
    this.deps.logger.info({
      event: 'session_changed',
      program_id: programId,
      session_id: sessionId,
      member_id: by.memberId,
      action,
    });
  }
}
