/**
 * The session store: connect-session-knex over mm_sessions, made safe for a database that
 * goes away, and spared a write on every page.
 *
 * Safe: the library both calls back with an error and rethrows it, leaving a rejected promise
 * that nobody handles (Node stops the process on one), and its touch() never calls back on an
 * error, so the answer it holds up would hang for good. Here every method calls back exactly
 * once and never rejects: a failed query becomes an error page, nothing worse.
 *
 * Spared: with a rolling idle timeout, express-session touches the session after every
 * request, and the library turns each touch into an UPDATE (a commit, on MariaDB a log flush).
 * Reading the stored expiry with the session costs nothing extra, and a touch that would move
 * it by less than TOUCH_STEP_MS is skipped, so a member reading page after page costs one
 * write a minute. The session may then end up to that step before the full idle timeout.
 */
import { ConnectSessionKnexStore } from 'connect-session-knex';
import { dateAsISO, expiredCondition } from 'connect-session-knex/dist/utils';
import type { SessionData } from 'express-session';

type Callback<T> = (err: unknown, value?: T) => void;

/** A touch that moves the stored expiry by less than this is not written. */
export const TOUCH_STEP_MS = 60_000;

/** Past this many sessions loaded and not yet touched, the remembered expiries are dropped. */
const MAX_REMEMBERED = 10_000;

interface SessionRow {
  sess: string | SessionData;
  expired: string | Date;
}

function settle<T>(work: Promise<T>, callback: Callback<T> | undefined, fallback: T): Promise<T> {
  return work.then(
    (value) => {
      callback?.(null, value);
      return value;
    },
    (err: unknown) => {
      callback?.(err);
      return fallback;
    },
  );
}

/** The stored expiry in ms; NaN when the driver's form is not understood (then we write). */
function expiryMs(expired: string | Date): number {
  if (expired instanceof Date) return expired.getTime();
  // MySQL keeps "YYYY-MM-DD HH:MM:SS" in UTC; SQLite keeps the ISO form.
  return Date.parse(/[zZ]$/.test(expired) ? expired : `${expired.replace(' ', 'T')}Z`);
}

export class SafeKnexSessionStore extends ConnectSessionKnexStore {
  /**
   * The expiry each session had in the database when this process last read it, kept only
   * from a request's read to its own touch. Another instance never needs it: without it a
   * touch simply writes.
   */
  private readonly loadedExpiry = new Map<string, number>();

  override get(sid: string, callback: Callback<SessionData | null>) {
    return settle(this.readWithExpiry(sid), callback, null);
  }

  override set(sid: string, session: SessionData, callback?: (err?: unknown) => void) {
    this.loadedExpiry.delete(sid);
    return settle(super.set(sid, session), callback, undefined);
  }

  override touch(sid: string, session: SessionData, callback?: (err?: unknown) => void) {
    const stored = this.loadedExpiry.get(sid);
    this.loadedExpiry.delete(sid);
    const wanted = session?.cookie?.expires ? new Date(session.cookie.expires).getTime() : NaN;
    // Either way round: a stored expiry far off from the wanted one is always rewritten.
    if (Math.abs(wanted - (stored ?? NaN)) < TOUCH_STEP_MS) {
      callback?.();
      return Promise.resolve(undefined);
    }
    return settle(super.touch(sid, session), callback, undefined);
  }

  override destroy(sid: string, callback?: (err?: unknown) => void) {
    this.loadedExpiry.delete(sid);
    return settle(super.destroy(sid), callback, 0);
  }

  /** The library's read, with the expiry beside the session. */
  private async readWithExpiry(sid: string): Promise<SessionData | null> {
    await this.ready;
    const { knex, tableName, sidFieldName } = this.options;
    const row = await knex(tableName)
      .first<SessionRow | undefined>('sess', 'expired')
      .where(sidFieldName, '=', sid)
      .andWhereRaw(expiredCondition(knex), dateAsISO(knex));
    if (!row) return null;

    if (this.loadedExpiry.size >= MAX_REMEMBERED) this.loadedExpiry.clear();
    this.loadedExpiry.set(sid, expiryMs(row.expired));
    return typeof row.sess === 'string' ? (JSON.parse(row.sess) as SessionData) : row.sess;
  }
}
