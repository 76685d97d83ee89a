/**
 * Errors by meaning, not by HTTP status. Services throw these; one middleware maps each to a
 * status and a page, so that no route decides statuses on its own.
 */

export type FieldErrors = Record<string, string>;

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = 'resource') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(reason = 'forbidden') {
    super(reason);
    this.name = 'ForbiddenError';
  }
}

export class NotSignedInError extends Error {
  readonly status = 401;
  constructor() {
    super('not signed in');
    this.name = 'NotSignedInError';
  }
}

/** Input that breaks a rule: `fields` maps each field name to a message key. */
export class ValidationError extends Error {
  readonly status = 422;
  constructor(readonly fields: FieldErrors) {
    super(`invalid input: ${Object.keys(fields).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/** A request that conflicts with the current state (already answered, no room left). */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(readonly messageKey: string) {
    super(messageKey);
    this.name = 'ConflictError';
  }
}

/**
 * A request body refused before it is read: larger than the route can take (413), or sent in a
 * content encoding the route does not decode (415).
 */
export class BodyRefusedError extends Error {
  constructor(
    readonly status: 413 | 415,
    readonly code: 'BODY_TOO_LARGE' | 'BODY_ENCODED',
  ) {
    super(status === 413 ? 'request body too large' : 'request body encoded');
    this.name = 'BodyRefusedError';
  }
}

export function statusOf(err: unknown): number {
  const status = (err as { status?: unknown; statusCode?: unknown })?.status ??
    (err as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
