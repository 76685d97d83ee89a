/**
 * Puts program oversight together for the factory: participants and their roles, partnerships,
 * "why excluded", manual matching, the whole-cohort proposal and the reports, each page
 * refused to anyone but a program administrator. One router to mount after the form parser.
 */
import { Router } from 'express';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { InstitutionStore } from '../members/institution-store';
import type { MemberStore } from '../members/member-store';
import { ontarioPlaces, type PlaceDirectory } from '../members/places';
import { ProfileStore } from '../members/profile-store';
import type { RoleApprovalService } from '../members/role-approval-service';
import type { PlaceLookup } from '../matching/cohort-store';
import type { MatchingSettings } from '../matching/engine';
import type { MatchingService } from '../matching/matching-service';
import type { SuggestionStore } from '../matching/suggestion-store';
import type { PartnershipService } from '../partnerships/partnership-service';
import { PartnershipStore } from '../partnerships/partnership-store';
import type { RequestService } from '../partnerships/request-service';
import { RequestStore } from '../partnerships/request-store';
import { ProgramSessionStore } from '../programs/program-session-store';
import { AuditLogStore } from './audit-log-store';
import { DraftService } from './matching-draft-service';
import { DraftStore } from './matching-draft-store';
import { createManualMatchRouter } from './matching-manual-routes';
import { createProposalRouter } from './matching-proposal-routes';
import { OversightAudit } from './oversight-audit';
import { MemberRecordLoader } from './oversight-member-record';
import { createParticipantRouter } from './oversight-participant-routes';
import { ParticipantStore } from './oversight-participant-store';
import { createOversightPartnershipRouter } from './oversight-partnership-routes';
import { OversightPartnershipStore } from './oversight-partnership-store';
import { createReportRouter } from './report-routes';
import { ReportStore } from './report-store';

export interface OversightDeps {
  db: Database;
  logger: Logger;
  now: () => number;
  members: MemberStore;
  places: PlaceDirectory;
  approvals: RoleApprovalService;
  requests: RequestService;
  partnerships: PartnershipService;
  matching: {
    matching: Pick<MatchingService, 'proposal'>;
    store: SuggestionStore;
    settingsFor: (programId: number) => Promise<MatchingSettings>;
    placeOf: PlaceLookup;
  };
}

/** The place ids of each region, for the participant filter. */
function placesByRegion(): (region: string) => string[] {
  const byRegion = new Map<string, string[]>();
  for (const place of ontarioPlaces()) {
    byRegion.set(place.region, [...(byRegion.get(place.region) ?? []), place.id]);
  }
  return (region) => byRegion.get(region) ?? [];
}

export function createOversightRouter(deps: OversightDeps): Router {
  const { db, now } = deps;
  const audit = new OversightAudit(new AuditLogStore(db), db, now);
  const participants = new ParticipantStore(db);
  const profiles = new ProfileStore(db);
  const cohort = { db, placeOf: deps.matching.placeOf, settingsFor: deps.matching.settingsFor };
  const placeName = (id: string) => deps.places.byId(id)?.name ?? null;
  const regionOf = (id: string) => deps.places.byId(id)?.region ?? null;
  const records = new MemberRecordLoader({
    db,
    members: deps.members,
    profiles,
    institutions: new InstitutionStore(db),
    suggestions: deps.matching.store,
    partnerships: new PartnershipStore(db),
    requests: new RequestStore(db),
    participants,
  });
  const drafts = new DraftService({
    drafts: new DraftStore(db),
    matching: deps.matching.matching,
    cohort,
    requests: deps.requests,
    audit,
    logger: deps.logger.child({ component: 'oversight' }),
    now,
  });

  const router = Router();
  router.use(createParticipantRouter({
    participants, records, profiles, approvals: deps.approvals, audit, cohort,
    placesInRegion: placesByRegion(), placeName, regionOf,
  }));
  router.use(createOversightPartnershipRouter({
    list: new OversightPartnershipStore(db), partnerships: deps.partnerships, audit,
  }));
  const sessions = new ProgramSessionStore(db);
  router.use(createManualMatchRouter({
    participants, cohort, sessions, requests: deps.requests, audit, now,
  }));
  router.use(createProposalRouter({ drafts, participants, sessions, now }));
  router.use(createReportRouter({ reports: new ReportStore(db), audit, placeName, regionOf }));
  return router;
}
