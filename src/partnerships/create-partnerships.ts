/**
 * Puts the partnership part together for the factory: stores, services, the two routers (the
 * upload one goes before the plugin's form parser) and the handlers of its scheduled jobs.
 */
import type { RequestHandler, Router } from 'express';
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { Outbox } from '../mail/outbox';
import { InstitutionStore } from '../members/institution-store';
import type { MemberDataService } from '../members/member-data-service';
import type { MemberStore } from '../members/member-store';
import { ProfileStore } from '../members/profile-store';
import type { ProgramStore } from '../programs/program-store';
import { AgreementStore } from './agreement-store';
import { DocumentService } from './document-service';
import { DocumentStore } from './document-store';
import { createDocumentUploadRouter } from './document-upload-routes';
import { MatchReasons, type MatchSources } from './match-reasons';
import type { PartnershipDeps, SessionTerm } from './partnership-deps';
import { PartnershipMail } from './partnership-mail';
import { PartnershipMemberData } from './partnership-member-data';
import { PartnershipPages } from './partnership-pages';
import { createPartnershipRouter, type PartnershipServices } from './partnership-routes';
import {
  PARTNERSHIP_JOBS,
  PartnershipSchedule,
  type PartnershipJobPayload,
  type RequestJobPayload,
  type TermJobPayload,
} from './partnership-schedule';
import { PartnershipService } from './partnership-service';
import { DEFAULT_PARTNERSHIP_SETTINGS, type PartnershipSettings } from './partnership-settings';
import { PartnershipStore } from './partnership-store';
import { PlaceStore } from './place-store';
import { RequestService, type SuggestedCheck } from './request-service';
import { RequestStore } from './request-store';

export interface PartnershipPartsOptions {
  db: Database;
  logger: Logger;
  now: () => number;
  outbox: Pick<Outbox, 'enqueue'>;
  jobs: JobQueue;
  members: MemberStore;
  programs: ProgramStore;
  /** The name of an Ontario place by id (the profile's location). */
  placeName: (placeId: string) => string | null;
  /** The matching part's suggestions, places and settings: the reasons for a match. */
  matching: MatchSources;
  /** Where the member's export and deletion gather each part's share. */
  memberData?: Pick<MemberDataService, 'addExportSection' | 'onDelete'>;
  settings?: PartnershipSettings;
  /** Each program's settings; every program gets `settings` when absent. */
  settingsFor?: (programId: number, trx?: Knex) => Promise<PartnershipSettings>;
  /** The term of a partnership of a session; every partnership takes the program's without. */
  sessionTerm?: SessionTerm;
  /** Runs before a partnership request is handled: the per-member rate limit. */
  requestRateLimit?: RequestHandler;
}

export interface PartnershipParts extends PartnershipServices {
  /** Mount with the other routers, after the form parser and CSRF check. */
  router: Router;
  /** Mount before the form parser: it parses its multipart body and checks CSRF itself. */
  uploadRouter: Router;
  /** Tells the job queue how to run the partnership jobs. */
  registerJobs(): void;
}

export function createPartnershipParts(options: PartnershipPartsOptions): PartnershipParts {
  const deps = partnershipDeps(options);
  const reasons = new MatchReasons(deps.db, options.matching);
  const suggested: SuggestedCheck = async (programId, memberId, otherId, role) =>
    Boolean(await reasons.suggestion(programId, memberId, otherId, role));
  const services: PartnershipServices = {
    requests: new RequestService(deps, suggested),
    partnerships: new PartnershipService(deps),
    documents: new DocumentService(deps),
    pages: new PartnershipPages({ ...deps, placeName: options.placeName, reasons }),
  };

  if (options.memberData) {
    const data = new PartnershipMemberData(deps);
    options.memberData.addExportSection('partnerships', data.exportFor);
    options.memberData.onDelete(data.deleteFor);
  }

  return {
    ...services,
    router: createPartnershipRouter(services, options.requestRateLimit),
    uploadRouter: createDocumentUploadRouter(
      services.documents,
      services.pages,
      deps.settings.maxDocumentBytes,
    ),
    registerJobs: () => registerPartnershipJobs(options.jobs, services),
  };
}

function partnershipDeps(options: PartnershipPartsOptions): PartnershipDeps {
  const { db, members } = options;
  const profiles = new ProfileStore(db);
  const settings = options.settings ?? DEFAULT_PARTNERSHIP_SETTINGS;
  return {
    db,
    members,
    profiles,
    institutions: new InstitutionStore(db),
    programs: options.programs,
    requests: new RequestStore(db),
    partnerships: new PartnershipStore(db),
    places: new PlaceStore(db),
    agreements: new AgreementStore(db),
    documents: new DocumentStore(db),
    mail: new PartnershipMail({ outbox: options.outbox, members, profiles }),
    schedule: new PartnershipSchedule(options.jobs, settings),
    settings,
    settingsFor: options.settingsFor ?? (async () => settings),
    sessionTerm: options.sessionTerm,
    logger: options.logger.child({ component: 'partnerships' }),
    now: options.now,
  };
}

/** Each handler works inside the job's transaction, at the job's time. */
export function registerPartnershipJobs(jobs: JobQueue, services: PartnershipServices): void {
  const { requests, partnerships, documents } = services;
  jobs.register<RequestJobPayload>(PARTNERSHIP_JOBS.requestReminder, (payload, job) =>
    requests.remind(job.trx, payload.requestId, job.now),
  );
  jobs.register<RequestJobPayload>(PARTNERSHIP_JOBS.requestExpiry, (payload, job) =>
    requests.expire(job.trx, payload.requestId, job.now),
  );
  jobs.register<PartnershipJobPayload>(PARTNERSHIP_JOBS.firstContactReminder, (payload, job) =>
    partnerships.remindFirstContact(job.trx, payload.partnershipId),
  );
  jobs.register<TermJobPayload>(PARTNERSHIP_JOBS.termReminder, (payload, job) =>
    partnerships.remindTermEnd(job.trx, payload, job.now),
  );
  jobs.register<TermJobPayload>(PARTNERSHIP_JOBS.termEnd, (payload, job) =>
    partnerships.completeTerm(job.trx, payload, job.now),
  );
  jobs.register<PartnershipJobPayload>(PARTNERSHIP_JOBS.documentsPurge, (payload, job) =>
    documents.purge(job.trx, payload.partnershipId, job.now),
  );
}
