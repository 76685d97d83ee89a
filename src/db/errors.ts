/** Translates driver errors into the few meanings the services act on, per dialect. */

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  return (
    e?.code === 'ER_DUP_ENTRY' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return (
    e?.code === 'ER_NO_REFERENCED_ROW_2' ||
    e?.code === 'ER_ROW_IS_REFERENCED_2' ||
    e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  );
}

/** Lost connections and deadlocks: the operation may succeed when tried again. */
export function isTransientDatabaseError(err: unknown): boolean {
  const e = err as { code?: string };
  return ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'ECONNREFUSED',
    'PROTOCOL_CONNECTION_LOST', 'ECONNRESET'].includes(e?.code ?? '');
}

// What the drivers raise when the server is gone or going: refused, reset or lost connections,
// a server shutting down, or no pooled connection to be had in time.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
]);

/** The database cannot be reached right now: the request may succeed later (503). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; name?: string };
  return UNAVAILABLE_CODES.has(e?.code ?? '') || e?.name === 'KnexTimeoutError';
}
