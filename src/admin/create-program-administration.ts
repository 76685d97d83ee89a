/**
 * Puts program administration together for the factory: each program's settings and
 * sessions, the audit log, the programs directory, what the other parts read from them
 * (matching settings, partnership timings, mentor capacity, email introductions, whether
 * registration is open), and the administrators' pages.
 */
import type { Router } from 'express';
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Locale } from '../i18n/catalogue';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { PlaceLookup } from '../matching/cohort-store';
import type { MatchingSettings } from '../matching/engine';
import { InstitutionService } from '../members/institution-service';
import { InstitutionStore } from '../members/institution-store';
import { ProfileStore } from '../members/profile-store';
import { AgreementStore } from '../partnerships/agreement-store';
import {
  DEFAULT_PARTNERSHIP_SETTINGS,
  type PartnershipSettings,
} from '../partnerships/partnership-settings';
import { createProgramChoiceRouter } from '../programs/program-choice-routes';
import { ProgramDirectory } from '../programs/program-directory';
import {
  ProgramSessionService,
  type WaitingRoleAdmission,
} from '../programs/program-session-service';
import { ProgramSessionStore } from '../programs/program-session-store';
import { MatchingPreviewer } from '../programs/program-settings-preview';
import { ProgramSettingsService } from '../programs/program-settings-service';
import { ProgramSettingsStore } from '../programs/program-settings-store';
import type { ProgramStore } from '../programs/program-store';
import { createAdminHomeRouter } from './admin-home-routes';
import { createAuditLogRouter } from './audit-log-routes';
import { AuditLogStore } from './audit-log-store';
import { createEmailLogRouter } from './email-log-routes';
import { EmailLogStore } from './email-log-store';
import { InstitutionListStore } from './institution-list-store';
import { InstitutionMergeService } from './institution-merge-service';
import { createInstitutionRouter } from './institution-routes';
import { createProgramRouter } from './program-routes';
import { createSessionRouter } from './session-routes';
import { createSettingsRouter } from './settings-routes';

export interface ProgramAdministrationDeps {
  db: Database;
  programs: ProgramStore;
  jobs: JobQueue;
  logger: Logger;
  now: () => number;
}

export interface ProgramAdministrationRouterDeps {
  /** Where matching finds a place's coordinates, for the weights preview. */
  placeOf: PlaceLookup;
  emailTemplates: readonly string[];
  /** Approves the roles that waited for a session when its registration opens. */
  admission: WaitingRoleAdmission;
}

type Parts = ReturnType<typeof createParts>;

/** Listing and merging the program's institutions, with the audit record and a matching run. */
function institutionsRouter(deps: ProgramAdministrationDeps, parts: Parts): Router {
  const { db } = deps;
  const store = new InstitutionStore(db);
  const list = new InstitutionListStore(db);
  const merging = new InstitutionMergeService({
    db, store, list, institutions: new InstitutionService(store, new ProfileStore(db)),
    audit: parts.audit, jobs: deps.jobs, logger: deps.logger, now: deps.now,
  });
  return createInstitutionRouter({ list, merging });
}

function createParts(deps: ProgramAdministrationDeps) {
  const { db, logger, now } = deps;
  const audit = new AuditLogStore(db);
  const settings = new ProgramSettingsService({
    db,
    store: new ProgramSettingsStore(db, deps.programs),
    programs: deps.programs,
    agreements: new AgreementStore(db),
    audit,
    jobs: deps.jobs,
    logger,
    now,
  });
  const sessionStore = new ProgramSessionStore(db);
  const sessions = new ProgramSessionService({
    db, store: sessionStore, audit, jobs: deps.jobs, logger, now,
  });
  const directory = new ProgramDirectory({
    db, programs: deps.programs, sessions: sessionStore, profiles: new ProfileStore(db), audit,
    logger, now,
  });
  return { audit, settings, sessions, directory };
}

/** Each program's partnership timings; a session's term wins for partnerships in it. */
function partnershipSettingsOf({ settings, sessions }: Parts) {
  return async (programId: number, trx?: Knex): Promise<PartnershipSettings> => {
    const own = await settings.settings(programId, trx);
    const sessionTerm = await sessions.currentTermMonths(programId, trx);
    return {
      ...DEFAULT_PARTNERSHIP_SETTINGS,
      termMonths: sessionTerm ?? own.partnershipTermMonths,
      requestExpiryDays: own.requestExpiryDays,
      documentRetentionDays: own.documentRetentionDays,
    };
  };
}

function administrationRouters(
  deps: ProgramAdministrationDeps,
  parts: Parts,
  more: ProgramAdministrationRouterDeps,
): Router[] {
  const { db, logger, now } = deps;
  const { audit, settings, sessions, directory } = parts;
  sessions.registerJobs(deps.jobs, more.admission);
  const settingsFor = (programId: number) => settings.matchingSettings(programId);
  const previewer = new MatchingPreviewer({ db, placeOf: more.placeOf, settingsFor });
  return [
    createAdminHomeRouter(directory),
    createSettingsRouter({ settings, previewer, emailTemplates: more.emailTemplates }),
    createSessionRouter({ sessions, now }),
    createProgramRouter(directory),
    createEmailLogRouter({ db, emails: new EmailLogStore(db), audit, logger, now }),
    createAuditLogRouter(audit),
    institutionsRouter(deps, parts),
    createProgramChoiceRouter(directory),
  ];
}

export function createProgramAdministration(deps: ProgramAdministrationDeps) {
  const parts = createParts(deps);
  const { settings } = parts;
  return {
    ...parts,
    /** For the matching part: the engine's settings with the program's weights and gap. */
    matchingSettings: (programId: number, trx?: Knex): Promise<MatchingSettings> =>
      settings.matchingSettings(programId, trx),
    partnershipSettings: partnershipSettingsOf(parts),
    maxMentorCapacity: (programId: number) => settings.maxMentorCapacity(programId),
    emailIntroduction: (programId: number, template: string, locale: Locale) =>
      settings.emailIntroduction(programId, template, locale),
    /** The administrators' pages, and the members' choice of program; registers the job. */
    routers: (more: ProgramAdministrationRouterDeps) => administrationRouters(deps, parts, more),
  };
}
