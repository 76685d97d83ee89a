/**
 * Sessions live in the database (connect-session-knex over our own table), so that several
 * instances share them. Idle timeout rides on a rolling cookie; the absolute timeout is
 * enforced from the time of sign-in.
 */
import session from 'express-session';
import type { ConnectSessionKnexStore } from 'connect-session-knex';
import type { RequestHandler } from 'express';
import type { Database } from '../db/database';
import type { MentorMatchSettings } from '../config/settings';
import type { Logger } from '../logging/logger';
import { SafeKnexSessionStore } from './session-store';

declare module 'express-session' {
  interface SessionData {
    memberId?: number;
    signedInAt?: number;
  }
}

export const SESSION_COOKIE = 'mentormatch.sid';

export interface SessionParts {
  middleware: RequestHandler;
  store: ConnectSessionKnexStore;
}

export function createSessionParts(
  db: Database,
  settings: MentorMatchSettings,
  secret: string,
  logger: Logger,
): SessionParts {
  const store = new SafeKnexSessionStore({
    knex: db,
    tableName: 'mm_sessions',
    createTable: false,
    cleanupInterval: 5 * 60_000,
    onDbCleanupError: (err) => logger.warn({ err, event: 'session_cleanup_failed' }),
  });

  // The identity provider posts back from another site; a Lax cookie would not ride along, so
  // over HTTPS the cookie is SameSite=None (and Secure). Plain-HTTP development stays on Lax.
  const https = settings.publicUrl.startsWith('https://');
  const middleware = session({
    name: SESSION_COOKIE,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: https,
    cookie: {
      httpOnly: true,
      secure: https,
      sameSite: https ? 'none' : 'lax',
      maxAge: settings.session.idleTimeoutMinutes * 60_000,
    },
  });
  return { middleware, store };
}

/** Ends sessions that outlived the absolute timeout, whatever their activity. */
export function absoluteTimeout(settings: MentorMatchSettings, now: () => number): RequestHandler {
  const limitMs = settings.session.absoluteTimeoutHours * 3_600_000;
  return (req, _res, next) => {
    const signedInAt = req.session?.signedInAt;
    if (signedInAt === undefined || now() - signedInAt <= limitMs) return next();

    req.session.destroy((err) => next(err));
  };
}
