/**
 * A small job queue in the database (mm_jobs) for background work: a matching run after an
 * approval, reminders. A service enqueues a job inside its own transaction, so the job exists
 * only if the change that asked for it commits. Workers in any number of app instances claim
 * jobs through the shared lease code, and each handler runs inside a transaction that also
 * marks the job done: what a handler writes is saved once, even when a job runs twice.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { Logger } from '../logging/logger';
import { LeasedQueue, retryOnDeadlock, type Claim, type QueueRow } from './leased-queue';
import { PollLoop, runUntilIdle } from './poll-loop';
import { isLastAttempt, retryDelayMs, type RetryPolicy } from './retry-policy';

export interface JobContext {
  /** Every query of the handler goes through this transaction (SQLite has one connection). */
  trx: Knex.Transaction;
  jobId: number;
  type: string;
  attempt: number;
  /** The time the run started, from the queue's clock. */
  now: number;
}

export type JobHandler<Payload = unknown> = (
  payload: Payload,
  context: JobContext,
) => Promise<void>;

export interface JobTypeOptions {
  /** Attempts before the job is marked failed; the queue's retry policy otherwise. */
  maxAttempts?: number;
  /** Makes the type recurring: one run is always scheduled, the next `everyMs` after the last. */
  everyMs?: number;
}

export interface EnqueueJobOptions {
  /** Milliseconds since the epoch; now if absent. */
  runAt?: number;
  /**
   * While a job with this key waits to run, enqueuing another with the same key does nothing.
   * The key is let go once a worker picks the job up, so a change made while it runs asks for
   * a fresh run.
   */
  dedupeKey?: string;
}

export interface JobQueueOptions {
  db: Database;
  logger: Logger;
  now: () => number;
  pollIntervalMs?: number;
  batchSize?: number;
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
}

/** Thrown by a handler when trying again cannot help: the job is marked failed at once. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

class LeaseLostError extends Error {}

interface JobRow extends QueueRow {
  type: string;
  payload: string;
  dedupe_key: string | null;
}

interface Registration {
  handler: JobHandler<never>;
  options: JobTypeOptions;
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, firstDelayMs: 10_000, maxDelayMs: 900_000 };
const MAX_TYPE_LENGTH = 64;
const MAX_DEDUPE_KEY_LENGTH = 191;

export class JobQueue {
  private readonly handlers = new Map<string, Registration>();
  private readonly queue: LeasedQueue<JobRow>;
  private readonly loop: PollLoop;
  private readonly retry: RetryPolicy;
  private readonly batchSize: number;
  private readonly logger: Logger;
  private seeding: Promise<void> = Promise.resolve();

  constructor(private readonly options: JobQueueOptions) {
    this.logger = options.logger.child({ component: 'jobs' });
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.batchSize = options.batchSize ?? 10;
    this.queue = new LeasedQueue<JobRow>(options.db, {
      table: 'mm_jobs',
      doneStatus: 'done',
      leaseMs: options.leaseMs ?? 300_000,
      now: options.now,
      claimColumns: { dedupe_key: null },
    });
    this.loop = new PollLoop({
      name: 'jobs',
      intervalMs: options.pollIntervalMs ?? 2000,
      logger: this.logger,
      runOnce: async (shouldStop) => (await this.runBatch(shouldStop)) === this.batchSize,
    });
  }

  /** Says how to run jobs of a type; a worker claims only the types it has handlers for. */
  register<Payload>(type: string, handler: JobHandler<Payload>, options: JobTypeOptions = {}) {
    checkType(type);
    if (this.handlers.has(type)) throw new Error(`job type "${type}" is already registered`);
    this.handlers.set(type, { handler: handler as JobHandler<never>, options });
  }

  /** Writes a job inside `trx`; resolves its id, or null when a waiting job has the key. */
  async enqueue(
    trx: Knex,
    type: string,
    payload: unknown,
    options: EnqueueJobOptions = {},
  ): Promise<number | null> {
    checkType(type);
    const dedupeKey = options.dedupeKey ?? null;
    if (dedupeKey !== null) {
      checkDedupeKey(dedupeKey);
      const waiting = await trx('mm_jobs').where({ dedupe_key: dedupeKey }).first('id');
      if (waiting) return null;
    }

    const now = this.options.now();
    const row = {
      type,
      payload: JSON.stringify(payload ?? null),
      dedupe_key: dedupeKey,
      status: 'pending',
      run_at: options.runAt ?? now,
      attempts: 0,
      created_at: now,
    };
    try {
      const [id] = await trx('mm_jobs').insert(row);
      return Number(id);
    } catch (err) {
      // Another transaction enqueued the same key between our check and our insert.
      if (dedupeKey !== null && isUniqueViolation(err)) return null;
      throw err;
    }
  }

  /** Runs every due job now, in this call, until none is left; resolves how many ran. */
  async runDueOnce(): Promise<number> {
    await this.scheduleRecurring();
    return runUntilIdle(() => this.runBatch(() => false));
  }

  start(): void {
    this.seeding = this.scheduleRecurring().catch((err: unknown) => {
      this.logger.error({ event: 'recurring_jobs_not_scheduled', err });
    });
    this.loop.start();
  }

  /** Stops claiming, lets the job in progress finish, and gives back the claimed rest. */
  async stop(): Promise<void> {
    await Promise.all([this.seeding, this.loop.stop()]);
  }

  private async runBatch(shouldStop: () => boolean): Promise<number> {
    const types = [...this.handlers.keys()];
    if (types.length === 0) return 0;

    return this.queue.processBatch(this.batchSize, (claim) => this.runJob(claim), shouldStop, (q) =>
      q.whereIn('type', types),
    );
  }

  private async runJob(claim: Claim<JobRow>): Promise<void> {
    const { row, attempt } = claim;
    const registration = this.handlers.get(row.type) as Registration;
    const fields = { job: row.type, job_id: row.id, attempt };
    if (!(await this.queue.begin(claim))) {
      this.logger.warn({ event: 'job_lease_lost', ...fields });
      return;
    }

    const started = this.options.now();
    try {
      await this.runInTransaction(claim, registration, started);
      this.logger.info({ event: 'job_done', ...fields, duration_ms: this.options.now() - started });
    } catch (err) {
      if (err instanceof LeaseLostError) {
        this.logger.warn({ event: 'job_lease_lost', ...fields });
        return;
      }
      await this.recordFailure(claim, registration, err);
    }
  }

  private async runInTransaction(claim: Claim<JobRow>, registration: Registration, now: number) {
    const { row, attempt } = claim;
    // A deadlock rolls the whole transaction back, handler's writes included: run it again.
    await retryOnDeadlock(() => this.options.db.transaction(async (trx) => {
      if (!(await this.queue.stillHeld(claim, trx))) throw new LeaseLostError();

      const payload = parsePayload(row.payload);
      const context = { trx, jobId: row.id, type: row.type, attempt, now };
      await registration.handler(payload as never, context);

      if (registration.options.everyMs) await this.scheduleNext(trx, row.type, registration);
      if (!(await this.queue.complete(claim, trx))) throw new LeaseLostError();
    }));
  }

  private async recordFailure(claim: Claim<JobRow>, registration: Registration, err: unknown) {
    const { row, attempt } = claim;
    const fields = { job: row.type, job_id: row.id, attempt, err };
    const reason = describeError(err);
    const policy = { ...this.retry, ...pickDefined(registration.options) };

    if (err instanceof PermanentJobError || isLastAttempt(policy, attempt)) {
      await this.queue.fail(claim, reason);
      this.logger.error({ event: 'job_failed', ...fields });
      if (registration.options.everyMs) {
        await this.scheduleNext(this.options.db, row.type, registration);
      }
      return;
    }

    const delayMs = retryDelayMs(policy, attempt);
    await this.queue.reschedule(claim, this.options.now() + delayMs, reason);
    this.logger.warn({ event: 'job_retry_scheduled', ...fields, retry_in_ms: delayMs });
  }

  private async scheduleNext(trx: Knex, type: string, registration: Registration) {
    const runAt = this.options.now() + (registration.options.everyMs as number);
    await this.enqueue(trx, type, {}, { runAt, dedupeKey: recurringKey(type) });
  }

  /** Makes sure each recurring type has a run waiting; the dedupe key keeps it to one. */
  private async scheduleRecurring(): Promise<void> {
    for (const [type, registration] of this.handlers) {
      if (!registration.options.everyMs) continue;
      await this.enqueue(this.options.db, type, {}, { dedupeKey: recurringKey(type) });
    }
  }
}

function recurringKey(type: string): string {
  return `recurring:${type}`;
}

function checkType(type: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(type) || type.length > MAX_TYPE_LENGTH) {
    throw new TypeError(`job type "${type}" must be lower-case letters, digits, ".", "_" or "-"`);
  }
}

function checkDedupeKey(key: string): void {
  if (key.length === 0 || key.length > MAX_DEDUPE_KEY_LENGTH) {
    throw new TypeError(`a job's dedupe key must be 1 to ${MAX_DEDUPE_KEY_LENGTH} characters`);
  }
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PermanentJobError('the job payload is not valid JSON', { cause: err });
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

function pickDefined(options: JobTypeOptions): Partial<RetryPolicy> {
  return options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts };
}
