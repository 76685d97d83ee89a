/**
 * What the partnership services share: the stores, the mail and job helpers, the settings,
 * the logger and the clock. The factory builds one of these and hands it to each service.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { InstitutionStore } from '../members/institution-store';
import type { MemberStore } from '../members/member-store';
import type { Role } from '../members/profile-options';
import type { ProfileStore } from '../members/profile-store';
import type { ProgramStore } from '../programs/program-store';
import { ConflictError } from '../web/errors';
import type { AgreementStore } from './agreement-store';
import type { DocumentStore } from './document-store';
import { MENTEE_PLACES, pairRefusal, type PairRefusal, type PairSide } from './pair-rules';
import type { PartnershipMail } from './partnership-mail';
import type { PartnershipSchedule } from './partnership-schedule';
import type { PartnershipSettings } from './partnership-settings';
import type { PartnershipStore } from './partnership-store';
import type { PlaceStore } from './place-store';
import type { RequestStore } from './request-store';

export interface PartnershipDeps {
  db: Database;
  members: MemberStore;
  profiles: ProfileStore;
  institutions: InstitutionStore;
  programs: ProgramStore;
  requests: RequestStore;
  partnerships: PartnershipStore;
  places: PlaceStore;
  agreements: AgreementStore;
  documents: DocumentStore;
  mail: PartnershipMail;
  schedule: PartnershipSchedule;
  settings: PartnershipSettings;
  /**
   * The program's copy of the settings (its term, request expiry, document retention); pass
   * the caller's transaction, since SQLite has one connection.
   */
  settingsFor: (programId: number, trx?: Knex) => Promise<PartnershipSettings>;
  /** The term of a partnership of a session, signed at `signedAt`; none outside sessions. */
  sessionTerm?: SessionTerm;
  logger: Logger;
  now: () => number;
}

/** When a partnership of its mentee's session runs (see program-session-rules). */
export type SessionTerm = (
  trx: Knex,
  pair: { programId: number; menteeId: number },
  signedAt: number,
) => Promise<{ startsAt: number; endsAt: number } | null>;

/** A hard rule stops the step; the page says which, in the member's words. */
export function refused(refusal: PairRefusal): ConflictError {
  return new ConflictError(`partnerships.refusal.${refusal}`);
}

/** One member as the hard rules see them, in the role they would play. */
export async function loadPairSide(
  deps: PartnershipDeps,
  trx: Knex,
  programId: number,
  memberId: number,
  role: Role,
): Promise<PairSide> {
  const profile = await deps.profiles.byMember(programId, memberId, trx);
  const side = { memberId, hasProfile: false, roleStatus: null, paused: false };
  if (!profile)
    return { ...side, institutionId: null, yearsExperience: 0, capacity: 0, placesTaken: 0 };

  const roles = await deps.profiles.roles(profile.id, trx);
  const held = roles.find((r) => r.role === role);
  const institution =
    profile.institutionId === null
      ? undefined
      : await deps.institutions.canonical(profile.institutionId, trx);
  return {
    memberId,
    hasProfile: true,
    roleStatus: held?.status ?? null,
    paused: profile.pausedAt !== null,
    institutionId: institution?.id ?? null,
    yearsExperience: profile.yearsExperience,
    capacity: role === 'mentor' ? profile.mentorCapacity : MENTEE_PLACES,
    placesTaken: await deps.places.taken(programId, memberId, role, trx),
    sessionId: held?.sessionId ?? null,
  };
}

/**
 * Why the pair may not go on, or null. `withRequests` counts pending and declined requests
 * (when asking); an accept leaves them out, since its own request is the pending one.
 */
export async function pairRefusalFor(
  deps: PartnershipDeps,
  trx: Knex,
  programId: number,
  pair: { mentorId: number; menteeId: number },
  withRequests: boolean,
): Promise<PairRefusal | null> {
  const { mentorId, menteeId } = pair;
  const mentor = await loadPairSide(deps, trx, programId, mentorId, 'mentor');
  const mentee = await loadPairSide(deps, trx, programId, menteeId, 'mentee');
  const requests = withRequests
    ? await deps.requests.historyBetween(programId, mentorId, menteeId, trx)
    : { pendingRequest: false, declined: false };
  const partnership = await deps.partnerships.existsBetween(programId, mentorId, menteeId, trx);

  return pairRefusal(mentor, mentee, { ...requests, partnership });
}

/** A member's full name as the pages and emails show it. */
export async function memberName(deps: PartnershipDeps, memberId: number, trx?: Knex) {
  const member = await deps.members.byId(memberId, trx);
  return member ? `${member.givenName} ${member.surname}` : '';
}
