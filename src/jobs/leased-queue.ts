/**
 * Claims rows from a queue table (the outbox, the job queue) so that two workers never hold the
 * same row, even with several app instances against one database. A claim is a random token
 * and a lease (`claimed_until`); a worker that crashes simply lets its lease run out, and the
 * row becomes claimable again. Every later step names the token, so a worker whose lease was
 * taken over cannot overwrite the new holder's work.
 *
 * MySQL/MariaDB claim with SELECT ... FOR UPDATE SKIP LOCKED inside a short transaction;
 * SQLite, which has a single writer, claims with one UPDATE over a sub-select, which is atomic.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { isMySql, type Database } from '../db/database';

export interface QueueRow {
  id: number;
  status: string;
  run_at: number;
  attempts: number;
  claim_token: string | null;
  claimed_until: number | null;
  last_error: string | null;
  created_at: number;
}

export interface Claim<Row extends QueueRow> {
  row: Row;
  token: string;
  /** The attempt this claim makes, counting from 1. */
  attempt: number;
}

export interface LeasedQueueOptions {
  table: string;
  /** Status a row takes once its work is done ('sent' for emails, 'done' for jobs). */
  doneStatus: string;
  leaseMs: number;
  now: () => number;
  /** Columns set on the rows a worker claims, besides the claim itself. */
  claimColumns?: Record<string, unknown>;
}

export type QueryNarrowing = (query: Knex.QueryBuilder) => void;

// Long reasons (a full SMTP transcript, say) would only bloat the row.
const MAX_REASON_LENGTH = 2000;

export class LeasedQueue<Row extends QueueRow> {
  constructor(
    private readonly db: Database,
    private readonly options: LeasedQueueOptions,
  ) {}

  /** Claims up to `limit` due rows, oldest first; `narrow` restricts which rows qualify. */
  async claim(limit: number, narrow: QueryNarrowing = () => {}): Promise<Array<Claim<Row>>> {
    const now = this.options.now();
    const token = crypto.randomUUID();
    const columns = {
      ...this.options.claimColumns,
      claim_token: token,
      claimed_until: now + this.options.leaseMs,
    };

    if (isMySql(this.db)) await this.claimSkippingLocked(columns, now, limit, narrow);
    else await this.table().update(columns).whereIn('id', this.dueIds(this.db, now, limit, narrow));

    const rows = await this.table().where({ claim_token: token }).orderBy(['run_at', 'id']);
    return rows.map((raw: Row) => {
      const row = normalise(raw);
      return { row, token, attempt: row.attempts + 1 };
    });
  }

  /**
   * Claims a batch and hands each claim to `work` in turn; claims not yet started when the
   * worker is told to stop are released. Resolves the number of rows claimed.
   */
  async processBatch(
    limit: number,
    work: (claim: Claim<Row>) => Promise<void>,
    shouldStop: () => boolean,
    narrow?: QueryNarrowing,
  ): Promise<number> {
    const claims = await this.claim(limit, narrow);
    for (const [index, claim] of claims.entries()) {
      if (shouldStop()) {
        await this.release(claims.slice(index));
        break;
      }
      await work(claim);
    }
    return claims.length;
  }

  /**
   * Renews the lease and counts the attempt, just before the work starts; false when the row
   * is no longer this worker's.
   */
  async begin(claim: Claim<Row>): Promise<boolean> {
    const changed = await retryOnDeadlock(() =>
      this.held(this.db, claim).update({
        claimed_until: this.options.now() + this.options.leaseMs,
        attempts: this.db.raw('?? + 1', ['attempts']),
      }),
    );
    return changed === 1;
  }

  /** Locks the row inside `trx` (on MySQL) and says whether this worker still holds it. */
  async stillHeld(claim: Claim<Row>, trx: Knex.Transaction): Promise<boolean> {
    const query = this.held(trx, claim).first('id');
    const row = await (isMySql(this.db) ? query.forUpdate() : query);
    return row !== undefined;
  }

  async complete(claim: Claim<Row>, trx: Knex = this.db): Promise<boolean> {
    return this.finish(trx, claim, { status: this.options.doneStatus, last_error: null });
  }

  async fail(claim: Claim<Row>, reason: string): Promise<boolean> {
    const columns = { status: 'failed', last_error: truncate(reason) };
    return retryOnDeadlock(() => this.finish(this.db, claim, columns));
  }

  /** Hands the row back for another attempt at `runAt`. */
  async reschedule(claim: Claim<Row>, runAt: number, reason: string): Promise<boolean> {
    const changed = await retryOnDeadlock(() =>
      this.held(this.db, claim).update({
        run_at: runAt,
        last_error: truncate(reason),
        claim_token: null,
        claimed_until: null,
      }),
    );
    return changed === 1;
  }

  /** Gives back claims whose work has not started, for another worker to take at once. */
  async release(claims: Array<Claim<Row>>): Promise<void> {
    if (claims.length === 0) return;
    await retryOnDeadlock(() =>
      this.table()
        .whereIn('id', claims.map((c) => c.row.id))
        .where({ claim_token: claims[0].token, status: 'pending' })
        .update({ claim_token: null, claimed_until: null }),
    );
  }

  private async claimSkippingLocked(
    columns: Record<string, unknown>,
    now: number,
    limit: number,
    narrow: QueryNarrowing,
  ): Promise<void> {
    // Read committed takes no gap locks, so claims and enqueues do not wait on each other.
    const claimDue = () =>
      this.db.transaction(
        async (trx) => {
          const due = await this.dueIds(trx, now, limit, narrow).forUpdate().skipLocked();
          if (due.length === 0) return;

          // The condition again, so that a claim stays safe even where locks were not taken.
          const ids = due.map((row: { id: number }) => row.id);
          await claimable(trx(this.options.table), now).whereIn('id', ids).update(columns);
        },
        { isolationLevel: 'read committed' },
      );
    await retryOnDeadlock(claimDue);
  }

  private dueIds(db: Knex, now: number, limit: number, narrow: QueryNarrowing) {
    return claimable(db(this.options.table).select('id'), now)
      .where('run_at', '<=', now)
      .modify(narrow)
      .orderBy(['run_at', 'id'])
      .limit(limit);
  }

  private async finish(db: Knex, claim: Claim<Row>, columns: Record<string, unknown>) {
    const changed = await this.held(db, claim).update({
      ...columns,
      finished_at: this.options.now(),
      claim_token: null,
      claimed_until: null,
    });
    return changed === 1;
  }

  private held(db: Knex, claim: Claim<Row>) {
    return db(this.options.table).where({
      id: claim.row.id,
      claim_token: claim.token,
      status: 'pending',
    });
  }

  private table() {
    return this.db(this.options.table);
  }
}

/** Pending and held by nobody, or by a worker whose lease has run out. */
function claimable(query: Knex.QueryBuilder, now: number): Knex.QueryBuilder {
  return query
    .where('status', 'pending')
    .where((q) => q.whereNull('claimed_until').orWhere('claimed_until', '<', now));
}

const DEADLOCK_RETRIES = 3;

/**
 * InnoDB may pick any of two waiting transactions to roll back, even a single-statement one
 * (claims and lease updates touch the same index ranges); trying again is the remedy.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      const deadlock = (err as { code?: string }).code === 'ER_LOCK_DEADLOCK';
      if (!deadlock || attempt >= DEADLOCK_RETRIES) throw err;
    }
  }
}

// MySQL returns BIGINT columns as numbers or strings depending on size and driver settings.
function normalise<Row extends QueueRow>(row: Row): Row {
  return {
    ...row,
    run_at: Number(row.run_at),
    attempts: Number(row.attempts),
    created_at: Number(row.created_at),
    claimed_until: row.claimed_until === null ? null : Number(row.claimed_until),
  };
}

function truncate(reason: string): string {
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH)}…` : reason;
}
