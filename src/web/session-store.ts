/**
 * The session store: connect-session-knex over mm_sessions, made safe for a database that
 * goes away. The library both calls back with an error and rethrows it, leaving a rejected
 * promise that nobody handles (Node stops the process on one), and its touch() never calls
 * back on an error, so the answer it holds up would hang for good. Here every method calls
 * back exactly once and never rejects: a failed query becomes an error page, nothing worse.
 */
import { ConnectSessionKnexStore } from 'connect-session-knex';
import type { SessionData } from 'express-session';

type Callback<T> = (err: unknown, value?: T) => void;

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

export class SafeKnexSessionStore extends ConnectSessionKnexStore {
  override get(sid: string, callback: Callback<SessionData | null>) {
    return settle(super.get(sid, () => {}), callback, null);
  }

  override set(sid: string, session: SessionData, callback?: (err?: unknown) => void) {
    return settle(super.set(sid, session), callback, undefined);
  }

  override touch(sid: string, session: SessionData, callback?: (err?: unknown) => void) {
    return settle(super.touch(sid, session), callback, undefined);
  }

  override destroy(sid: string, callback?: (err?: unknown) => void) {
    return settle(super.destroy(sid), callback, 0);
  }
}
