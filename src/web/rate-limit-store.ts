/**
 * A store for express-rate-limit that keeps its counters in the database (`mm_rate_limits`),
 * so that every instance of the plugin counts against the same limit. Windows are fixed: the
 * first hit opens one of `windowMs`, and a hit after `reset_at` opens the next.
 *
 * Each hit is one upsert and one read of the same row inside a transaction: on MariaDB the
 * upsert locks the row until commit, so two instances never read the same count.
 */
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';

const TABLE = 'mm_rate_limits';

export interface RateLimitStoreOptions {
  db: Database;
  /** Names the rule, so that two rules never share a counter: "sign-in-start:". */
  prefix: string;
  windowMs: number;
  now: () => number;
  logger: Logger;
}

interface CounterRow {
  hits: number | string;
  reset_at: number | string;
}

export class KnexRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs: number;

  constructor(private readonly options: RateLimitStoreOptions) {
    this.prefix = options.prefix;
    this.windowMs = options.windowMs;
  }

  /** express-rate-limit hands over its options; its window is the one that counts. */
  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.options
      .db(TABLE)
      .where({ client_key: this.prefix + key })
      .andWhere('reset_at', '>', this.options.now())
      .first<CounterRow | undefined>('hits', 'reset_at');
    return row ? infoFrom(row) : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.options.now();
    const info = await this.options.db.transaction(async (trx) => {
      await upsertHit(trx, this.prefix + key, now, now + this.windowMs);
      const row = await trx(TABLE)
        .where({ client_key: this.prefix + key })
        .first<CounterRow>('hits', 'reset_at');
      return infoFrom(row);
    });

    if (info.totalHits === 1) await this.forgetEndedWindows(now);
    return info;
  }

  async decrement(key: string): Promise<void> {
    await this.options
      .db(TABLE)
      .where({ client_key: this.prefix + key })
      .andWhere('hits', '>', 0)
      .andWhere('reset_at', '>', this.options.now())
      .decrement('hits', 1);
  }

  async resetKey(key: string): Promise<void> {
    await this.options
      .db(TABLE)
      .where({ client_key: this.prefix + key })
      .delete();
  }

  /** Rows of windows that have ended are dead weight; a new window is a good moment to sweep. */
  private async forgetEndedWindows(now: number): Promise<void> {
    try {
      await this.options.db(TABLE).where('reset_at', '<=', now).delete();
    } catch (err) {
      // A sweep that loses a lock race is harmless: the next new window sweeps again.
      this.options.logger.warn({ event: 'rate_limit_sweep_failed', err });
    }
  }
}

/**
 * One hit: a new row, or one more hit on the current window, or a fresh window when the old
 * one has ended. `hits` is assigned before `reset_at` on purpose: MySQL evaluates the
 * assignments in order, so both must read the old `reset_at`; SQLite reads old values anyway.
 */
async function upsertHit(trx: Database, clientKey: string, now: number, resetAt: number) {
  await trx(TABLE)
    .insert({ client_key: clientKey, hits: 1, reset_at: resetAt })
    .onConflict('client_key')
    .merge({
      hits: trx.raw('case when reset_at <= ? then 1 else hits + 1 end', [now]),
      reset_at: trx.raw('case when reset_at <= ? then ? else reset_at end', [now, resetAt]),
    });
}

function infoFrom(row: CounterRow): ClientRateLimitInfo {
  return { totalHits: Number(row.hits), resetTime: new Date(Number(row.reset_at)) };
}
