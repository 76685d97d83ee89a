/**
 * Row locks and deadlock retries for the partnership transactions. SQLite has one writer, so
 * its transactions never interleave; MySQL and MariaDB need the row locked before a read that
 * decides a write, and may pick a transaction as a deadlock victim, which is safe to run again.
 */
import type { Knex } from 'knex';
import { isMySql, type Database } from '../db/database';

/** Adds FOR UPDATE on MySQL, so that the row read is the latest and stays so until commit. */
export function locked<Q extends Knex.QueryBuilder>(trx: Knex, query: Q): Q {
  return isMySql(trx) ? (query.forUpdate() as Q) : query;
}

const DEADLOCK_ATTEMPTS = 3;

/** Runs `work` in a transaction, again (up to three times) if the database broke a deadlock. */
export async function transactionWithRetry<T>(
  db: Database,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (err) {
      if (!isDeadlock(err) || attempt >= DEADLOCK_ATTEMPTS) throw err;
    }
  }
}

function isDeadlock(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ER_LOCK_DEADLOCK';
}
