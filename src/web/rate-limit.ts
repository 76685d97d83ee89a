/**
 * Rate limits, counted in the database (see KnexRateLimitStore) so that they hold across
 * instances. Sign-in has two: starting a sign-in (each start writes a SAML request row) and
 * answering one (each answer costs a signature check), each per client address. Partnership
 * requests have one per member, so that nobody can flood the program's mentors with requests
 * (each one is an email to a person).
 *
 * A refused request goes to the error handler as a RateLimitedError, which shows the plugin's
 * 429 page and logs the refusal at warn with the rule's name.
 */
import rateLimit from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { KnexRateLimitStore } from './rate-limit-store';

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** Sign-in attempts per client address: 30 in 5 minutes, for starts and answers alike. */
export const SIGN_IN_RATE_LIMIT: RateLimitRule = { limit: 30, windowMs: 5 * 60_000 };

/** Partnership requests sent per member: 10 an hour, far above what a member asks in earnest. */
export const PARTNERSHIP_REQUEST_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };

export class RateLimitedError extends Error {
  readonly status = 429;
  readonly code: string;

  /** `pageKey` names the catalogue entries the 429 page shows, when not the general ones. */
  constructor(
    rule: string,
    readonly pageKey?: string,
  ) {
    super(`rate limit ${rule} reached`);
    this.name = 'RateLimitedError';
    this.code = `rate_limited:${rule}`;
  }
}

export interface RateLimitDeps {
  db: Database;
  logger: Logger;
  now: () => number;
}

export interface SignInRateLimits {
  /** For the login path, which sends the member to the identity provider. */
  start: RequestHandler;
  /** For the assertion consumer, which checks the identity provider's answer. */
  answer: RequestHandler;
}

export function createSignInRateLimits(
  deps: RateLimitDeps,
  rule: RateLimitRule = SIGN_IN_RATE_LIMIT,
): SignInRateLimits {
  return {
    start: createRateLimit('sign-in-start', rule, deps),
    answer: createRateLimit('sign-in-answer', rule, deps),
  };
}

/**
 * Partnership requests per signed-in member, counted by member id rather than address: members
 * of one library often share an address. Visitors who are not signed in are not counted here;
 * the route refuses them anyway.
 */
export function createPartnershipRequestRateLimit(
  deps: RateLimitDeps,
  rule: RateLimitRule = PARTNERSHIP_REQUEST_RATE_LIMIT,
): RequestHandler {
  return createRateLimit('partnership-request', rule, deps, {
    key: (_req, res) => `member-${memberIdOf(res)}`,
    skip: (_req, res) => memberIdOf(res) === undefined,
    pageKey: 'error.rate_limited_requests',
  });
}

function memberIdOf(res: Response): number | undefined {
  return (res.locals as { viewer?: { memberId?: number } }).viewer?.memberId;
}

interface RateLimitKeying {
  key: (req: Request, res: Response) => string;
  skip: (req: Request, res: Response) => boolean;
  pageKey: string;
}

/** One limiter with its own counters; `name` appears in the refusal's log line. */
export function createRateLimit(
  name: string,
  rule: RateLimitRule,
  deps: RateLimitDeps,
  keying: Partial<RateLimitKeying> = {},
) {
  const store = new KnexRateLimitStore({ ...deps, prefix: `${name}:`, windowMs: rule.windowMs });

  return rateLimit({
    windowMs: rule.windowMs,
    limit: rule.limit,
    store,
    ...(keying.key ? { keyGenerator: keying.key } : {}),
    ...(keying.skip ? { skip: keying.skip } : {}),
    // The counters tell nobody how many tries are left; only a refusal says when to come back.
    standardHeaders: false,
    legacyHeaders: false,
    // The database being briefly unreachable should not lock everyone out of sign-in.
    passOnStoreError: true,
    logger: rateLimitLogger(name, deps.logger),
    handler: (req, res, next) => {
      res.set('Retry-After', String(retryAfterSeconds(req, deps.now())));
      next(new RateLimitedError(name, keying.pageKey));
    },
  });
}

/**
 * The library's own checks (an X-Forwarded-For header that "trust proxy" ignores, say) run once
 * and point at configuration: warn. Anything else is a store failure: error.
 */
function rateLimitLogger(rule: string, logger: Logger) {
  const isConfigCheck = (err: unknown) =>
    String((err as { code?: unknown })?.code).startsWith('ERR_ERL_');
  return {
    warn: (err: unknown) => logger.warn({ event: 'rate_limit_misconfigured', rule, err }),
    error: (err: unknown) =>
      isConfigCheck(err)
        ? logger.warn({ event: 'rate_limit_misconfigured', rule, err })
        : logger.error({ event: 'rate_limit_failed', rule, err }),
  };
}

function retryAfterSeconds(req: Request, now: number): number {
  const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
  return resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - now) / 1000)) : 60;
}
