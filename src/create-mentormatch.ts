/**
 * The factory a host calls: it takes the configuration and, optionally, the host's logger,
 * database and clock, and returns an Express application to mount under any path.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { Passport } from 'passport';
import { pinoHttp } from 'pino-http';
import {
  mailboxDirectoryChosen,
  parseSettings,
  type MentorMatchSettings,
} from './config/settings';
import { openDatabase, type Database } from './db/database';
import { migrateLatest, pendingMigrations } from './db/migrations';
import { createLogger, type Logger } from './logging/logger';
import { manifest } from './manifest';
import { packageRoot } from './package-root';
import { MemberStore } from './members/member-store';
import { ProgramStore } from './programs/program-store';
import { SamlRequestStore } from './auth/saml-request-store';
import { createSamlStrategy } from './auth/saml-strategy';
import { SignInService } from './auth/sign-in-service';
import { createAuthRouter } from './auth/auth-routes';
import { createSessionParts, absoluteTimeout } from './web/session';
import { createSessionTimeoutRouter } from './web/session-timeout';
import { csrfProtection } from './web/csrf';
import { createViewRenderer } from './web/views';
import { mountContext, memberContext } from './web/request-context';
import { createHomeRouter } from './web/home-routes';
import { createLanguageRouter } from './web/language-routes';
import { createHealthRouter } from './web/health-routes';
import { trackInFlight } from './web/in-flight';
import { errorHandler, notFound } from './web/error-handling';
import {
  createPartnershipRequestRateLimit,
  createSignInRateLimits,
  type RateLimitRule,
} from './web/rate-limit';
import { createMailParts } from './mail/mail-service';
import type { DeliveryWorker } from './mail/delivery-worker';
import type { Outbox } from './mail/outbox';
import { JobQueue } from './jobs/job-queue';
import { createProfileParts } from './members/profile-parts';
import { ApprovalQueueStore } from './admin/approval-queue-store';
import { createApprovalRouter } from './admin/approval-routes';
import { AuditLogStore } from './admin/audit-log-store';
import { OversightAudit } from './admin/oversight-audit';
import { createPartnershipParts } from './partnerships/create-partnerships';
import { createMatchingParts } from './matching/create-matching';
import { createProgramAdministration } from './admin/create-program-administration';
import { createOversightRouter } from './admin/oversight-parts';

export interface MentorMatchOptions {
  /** Raw settings, checked against the manifest's settings schema. */
  settings: unknown;
  /** The host's pino logger; MentorMatch logs through a child of it. */
  logger?: Logger;
  /** The host's Knex connection; otherwise one is opened from `settings.database`. */
  database?: Database;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
  /** Apply pending migrations at start (the stand-alone host does); hosts normally run them. */
  runMigrations?: boolean;
  /** Overrides SIGN_IN_RATE_LIMIT (30 per 5 minutes per address), e.g. for a load test. */
  signInRateLimit?: RateLimitRule;
  /** Overrides PARTNERSHIP_REQUEST_RATE_LIMIT (10 an hour per member). */
  partnershipRequestRateLimit?: RateLimitRule;
}

export interface MentorMatchApp extends Express {
  settings: MentorMatchSettings & Express['settings'];
  mentormatch: {
    settings: MentorMatchSettings;
    database: Database;
    logger: Logger;
    /** Where services queue emails, inside the transaction of the change that causes them. */
    outbox: Outbox;
    /** Background jobs: services enqueue them, features register their handlers. */
    jobs: JobQueue;
    /** Sends what the outbox holds; `deliverDueOnce()` does it at once (tests, scripts). */
    mailDelivery: DeliveryWorker;
    /**
     * The first step of a graceful stop: health answers 503 and workers claim nothing more,
     * while requests are still served. A host calls it, waits for its load balancer to notice,
     * then stops accepting connections and calls close().
     */
    beginStop(): void;
    /**
     * Stops background work, waits (up to `inFlightTimeoutMs`, 10 s by default) for the
     * requests in flight, then closes what the plugin opened. Safe to call twice.
     */
    close(options?: { inFlightTimeoutMs?: number }): Promise<void>;
  };
}

async function ensureSchema(db: Database, options: MentorMatchOptions, logger: Logger) {
  if (options.runMigrations) {
    const applied = await migrateLatest(db);
    if (applied.length > 0) logger.info({ event: 'migrations_applied', migrations: applied });
    return;
  }
  const pending = await pendingMigrations(db);
  if (pending.length > 0) {
    throw new Error(
      `MentorMatch database has ${pending.length} pending migration(s) (${pending.join(', ')}); ` +
        'run "npx mentormatch-migrate" first',
    );
  }
}

function securityHeaders(settings: MentorMatchSettings) {
  const https = settings.publicUrl.startsWith('https://');
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'upgrade-insecure-requests': https ? [] : null,
        'form-action': ["'self'"],
      },
    },
    strictTransportSecurity: https,
  });
}

/** Builds the MentorMatch Express application. Throws on invalid settings; never exits. */
export async function createMentorMatch(options: MentorMatchOptions): Promise<MentorMatchApp> {
  const settings = parseSettings(options.settings);
  const logger = (options.logger ?? createLogger()).child({ plugin: manifest.name });
  const now = options.now ?? Date.now;
  const ownsDatabase = !options.database;
  const db = options.database ?? openDatabase(settings.database);

  try {
    await ensureSchema(db, options, logger);
  } catch (err) {
    if (ownsDatabase) await db.destroy();
    throw err;
  }

  const views = createViewRenderer(path.join(packageRoot(), 'views'));
  const members = new MemberStore(db);
  const programs = new ProgramStore(db, now);
  const samlRequests = new SamlRequestStore(db, settings.saml.requestTtlSeconds * 1000, now);
  const strategy = createSamlStrategy(settings, samlRequests);
  const passport = new Passport();
  // passport-saml bundles its own copy of the Express types; the objects are the same.
  passport.use(strategy as unknown as import('passport').Strategy);
  const signIn = new SignInService(db, members, logger, now);
  const templatesDir = path.join(packageRoot(), 'views', 'emails');
  const jobs = new JobQueue({ db, logger, now, pollIntervalMs: settings.jobs.pollIntervalMs });
  // Each program's settings and sessions, which the parts below read.
  const administration = createProgramAdministration({ db, programs, jobs, logger, now });
  const mail = createMailParts({
    db, settings, logger, now, templatesDir, introductionFor: administration.emailIntroduction,
    mailboxDirectoryChosen: mailboxDirectoryChosen(options.settings),
  });
  const outbox = mail.outbox;
  const profiles = createProfileParts({
    db, members, programs, outbox, jobs, logger, now,
    maxMentorCapacity: administration.maxMentorCapacity,
    registration: administration.sessions,
  });
  signIn.onMembershipChange(profiles.approvals.membershipChanged);
  const placeName = (id: string) => profiles.places.byId(id)?.name ?? null;
  const matching = createMatchingParts({
    db, jobs, outbox, members, places: profiles.places, logger, now,
    settingsFor: administration.matchingSettings,
  });
  const partnerships = createPartnershipParts({
    db, logger, now, outbox, jobs, members, programs, placeName, memberData: profiles.memberData,
    matching,
    settingsFor: administration.partnershipSettings,
    sessionTerm: (trx, pair, signedAt) =>
      administration.sessions.partnershipTerm(trx, pair, signedAt),
    requestRateLimit: createPartnershipRequestRateLimit(
      { db, logger, now },
      options.partnershipRequestRateLimit,
    ),
  });
  partnerships.registerJobs();
  const oversight = createOversightRouter({
    db, logger, now, members, places: profiles.places, approvals: profiles.approvals,
    requests: partnerships.requests, partnerships: partnerships.partnerships, matching,
  });
  const administrationRouters = administration.routers({
    placeOf: matching.placeOf,
    emailTemplates: mail.renderer.templateNames,
    admission: profiles.approvals,
  });

  if (!settings.sessionSecret) {
    logger.warn({ event: 'session_secret_generated', setting: 'sessionSecret' });
  }
  const secret = settings.sessionSecret ?? crypto.randomBytes(32).toString('hex');
  const sessions = createSessionParts(db, settings, secret, logger);
  let stopping = false;
  const inFlight = trackInFlight(() => stopping);

  const app = express() as unknown as MentorMatchApp;
  app.disable('x-powered-by');
  app.set('trust proxy', settings.publicUrl.startsWith('https://') ? 1 : false);
  app.use(inFlight.middleware);
  app.use(mountContext(views));
  app.use(securityHeaders(settings));
  app.use('/assets', express.static(path.join(packageRoot(), 'views', 'assets'), { maxAge: '1h' }));
  app.use(createHealthRouter(db, () => stopping));
  app.use(pinoHttp({
    logger,
    quietReqLogger: true,
    // One short line per request: no headers, so no cookies or form bodies in the log.
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  }));
  // Before sessions and body parsing: a refused attempt costs one counter update, no more.
  const signInLimits = createSignInRateLimits({ db, logger, now }, options.signInRateLimit);
  app.use(manifest.sso.loginPath, signInLimits.start);
  app.use(manifest.sso.assertionConsumerPath, signInLimits.answer);
  app.use(sessions.middleware);
  app.use(absoluteTimeout(settings, now));
  app.use(memberContext(members, programs, settings, now));

  // Multipart uploads parse their own body and check CSRF on it, so they come first.
  app.use(partnerships.uploadRouter);
  app.use(express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 200 }));
  app.use(csrfProtection());

  app.use(createAuthRouter({ passport, strategy, settings, signIn, logger, now }));
  app.use(createHomeRouter(administration.directory));
  app.use(createLanguageRouter({ members, now }));
  app.use(createSessionTimeoutRouter());
  app.use(profiles.router);
  // Before the approval queue's router: /admin is the administrators' home.
  for (const router of administrationRouters) app.use(router);
  app.use(oversight);
  const approvalQueue = new ApprovalQueueStore(db);
  const audit = new OversightAudit(new AuditLogStore(db), db, now);
  app.use(createApprovalRouter({ queue: approvalQueue, approvals: profiles.approvals, audit }));
  app.use(partnerships.router);
  app.use(matching.router);

  app.use(notFound);
  app.use(errorHandler(logger));

  let closed = false;
  let workersStopped: Promise<unknown> | undefined;
  const beginStop = () => {
    stopping = true;
    // The workers finish what they hold while the database is still there.
    workersStopped ??= Promise.all([mail.delivery.stop(), jobs.stop()]);
  };
  app.mentormatch = {
    settings,
    database: db,
    logger,
    outbox: mail.outbox,
    jobs,
    mailDelivery: mail.delivery,
    beginStop,
    async close(closeOptions = {}) {
      if (closed) return;
      closed = true;
      beginStop();
      if (sessions.store.nextDbCleanup) clearTimeout(sessions.store.nextDbCleanup);
      if (!(await inFlight.settled(closeOptions.inFlightTimeoutMs ?? 10_000))) {
        logger.warn({ event: 'closed_with_requests_in_flight', requests: inFlight.count() });
      }
      await workersStopped;
      await mail.close();
      if (ownsDatabase) await db.destroy();
    },
  };
  // Job handlers are registered above, so the first round already knows every type.
  if (settings.jobs.enabled) {
    mail.delivery.start();
    jobs.start();
  }
  return app;
}
