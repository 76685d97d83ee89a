/**
 * Sessions for administrators and for the rest of the product: creating and changing them
 * (each change audited), whether registration is open, the term partnerships take, and the
 * job that approves the roles waiting for a session when its registration opens.
 */
import type { Knex } from 'knex';
import type { Administrator } from './program-settings-service';
import type { AuditLogStore } from '../admin/audit-log-store';
import { changedValues } from '../admin/audit-log-store';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import { locked } from '../partnerships/locking';
import { NotFoundError, ValidationError } from '../web/errors';
import { dateOf, lastDateBefore } from './program-session-dates';
import {
  checkSessionForm,
  currentSession,
  registrationOpen,
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

/** What the approval of roles offers this service: admitting those that wait for a session. */
export interface WaitingRoleAdmission {
  admitWaitingRoles(trx: Knex, programId: number): Promise<number>;
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

  /** The handler runs at the opening instant; a session moved since then finds it closed. */
  registerJobs(jobs: Pick<JobQueue, 'register'>, admission: WaitingRoleAdmission): void {
    jobs.register<SessionOpensPayload>(SESSION_OPENS_JOB, async (payload, job) => {
      const sessions = await this.deps.store.all(payload.programId, job.trx);
      if (sessions.length === 0 || !registrationOpen(sessions, job.now)) return;
      const admitted = await admission.admitWaitingRoles(job.trx, payload.programId);
      this.deps.logger.info({
        event: 'session_registration_opened',
        program_id: payload.programId,
        session_id: payload.sessionId,
        roles_admitted: admitted,
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

  /** The term of the session partnerships formed now belong to, or null without one. */
  async currentTermMonths(programId: number, trx?: Knex): Promise<number | null> {
    const sessions = await this.deps.store.all(programId, trx);
    return currentSession(sessions, this.deps.now())?.termMonths ?? null;
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
    action: string,
    sessionId: number,
    values: { before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  ) {
    const entry = { programId, actor: by, action, subject: `session:${sessionId}`, ...values };
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
