/**
 * Puts the profile parts together for the factory: the stores, the services with their rules,
 * and the router of the member's own pages. The factory registers `approvals.membershipChanged`
 * with the sign-in service and hands `approvals` to the administrators' queue.
 */
import type { Router } from 'express';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { ProgramStore } from '../programs/program-store';
import { InstitutionService } from './institution-service';
import { InstitutionStore } from './institution-store';
import { MemberDataService } from './member-data-service';
import { MemberDataStore } from './member-data-store';
import type { MemberStore } from './member-store';
import { createPlaceDirectory, type PlaceDirectory } from './places';
import { createProfileRouter } from './profile-routes';
import { ProfileService } from './profile-service';
import { ProfileStore } from './profile-store';
import {
  RoleApprovalService,
  type EmailOutbox,
  type JobEnqueuer,
  type RegistrationWindow,
} from './role-approval-service';

export interface ProfilePartsDeps {
  db: Database;
  members: MemberStore;
  programs: ProgramStore;
  outbox: EmailOutbox;
  jobs: JobEnqueuer;
  logger: Logger;
  now: () => number;
  /** The program's largest mentor capacity (its settings); the shared default when absent. */
  maxMentorCapacity?: (programId: number) => Promise<number>;
  /** The program's sessions: roles are approved only while registration is open. */
  registration?: RegistrationWindow;
}

export interface ProfileParts {
  router: Router;
  approvals: RoleApprovalService;
  profiles: ProfileService;
  /** Later parts add their share of a member's export and deletion here. */
  memberData: MemberDataService;
  places: PlaceDirectory;
}

export function createProfileParts(deps: ProfilePartsDeps): ProfileParts {
  const { db, members, logger, now } = deps;
  const places = createPlaceDirectory();
  const profileStore = new ProfileStore(db);
  const institutionStore = new InstitutionStore(db);
  const institutions = new InstitutionService(institutionStore, profileStore);

  const approvals = new RoleApprovalService({ ...deps, profiles: profileStore });
  const profiles = new ProfileService({
    db,
    profiles: profileStore,
    institutions,
    approvals,
    places,
    logger,
    now,
    maxMentorCapacity: deps.maxMentorCapacity,
  });
  const memberData = new MemberDataService({
    ...deps,
    profiles: profileStore,
    institutions,
    institutionStore,
    places,
    data: new MemberDataStore(db),
  });

  const router = createProfileRouter({
    profiles,
    institutions,
    memberData,
    places,
    logger,
  });
  return { router, approvals, profiles, memberData, places };
}
