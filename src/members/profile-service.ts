/**
 * The program's rules for a member's own profile: saving it (with the roles applied for and
 * their approval in the same transaction), pausing and resuming, and what the profile page
 * shows. Any change the matching depends on asks it to run again for the member.
 */
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { NotFoundError, ValidationError } from '../web/errors';
import type { InstitutionService } from './institution-service';
import type { Member } from './member-store';
import type { Place, PlaceDirectory } from './places';
import { meetsMentorExperience, PROFILE_LIMITS } from './profile-options';
import type { Profile, ProfileFields, ProfileRole, ProfileStore } from './profile-store';
import type { ProfileInput } from './profile-validation';
import type { RoleApprovalService } from './role-approval-service';

export interface ProfileServiceDeps {
  db: Database;
  profiles: ProfileStore;
  institutions: InstitutionService;
  approvals: RoleApprovalService;
  places: PlaceDirectory;
  logger: Logger;
  now: () => number;
  /** The program's largest number of mentees per mentor; the shared default when absent. */
  maxMentorCapacity?: (programId: number, trx?: Database) => Promise<number>;
}

/** What the member's own profile page shows. */
export interface ProfileOverview {
  profile: Profile | null;
  roles: ProfileRole[];
  place: Place | null;
  institutionName: string | null;
}

/** The fields the matching reads; a change to any of them makes it run again. */
const MATCHING_FIELDS = [
  'focus',
  'placeId',
  'outsideOntario',
  'onlineOnly',
  'yearsExperience',
  'supervisoryYears',
  'institutionId',
  'mentorCapacity',
] as const;

export function matchingInputsChanged(before: Profile | undefined, after: ProfileFields): boolean {
  if (!before) return true;
  if (MATCHING_FIELDS.some((field) => before[field] !== after[field])) return true;

  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);
  return !sameList(before.skillsShared, after.skillsShared) ||
    !sameList(before.skillsWanted, after.skillsWanted);
}

/**
 * The rules a profile must keep whatever the form sent. The form's own checks say the same
 * to the member beside each field; these stop a request built by hand.
 */
export function assertProfileRules(
  input: ProfileInput,
  maxMentorCapacity: number = PROFILE_LIMITS.maxMentorCapacity,
): void {
  const errors: Record<string, string> = {};
  if (input.roles.includes('mentor') && !meetsMentorExperience(input.yearsExperience)) {
    errors.roles = 'profile.error.mentor_experience';
  }
  if (input.mentorCapacity < 1 || input.mentorCapacity > maxMentorCapacity) {
    errors.mentor_capacity = 'profile.error.mentor_capacity';
  }
  if (!input.outsideOntario && input.placeId === null) {
    errors.place_query = 'profile.error.place_required';
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

export class ProfileService {
  constructor(private readonly deps: ProfileServiceDeps) {}

  /** The largest mentor capacity the program allows. */
  async mentorCapacityLimit(programId: number): Promise<number> {
    const setting = this.deps.maxMentorCapacity;
    return setting ? setting(programId) : PROFILE_LIMITS.maxMentorCapacity;
  }

  async overview(programId: number, memberId: number): Promise<ProfileOverview> {
    const profile = (await this.deps.profiles.byMember(programId, memberId)) ?? null;
    if (!profile) return { profile, roles: [], place: null, institutionName: null };

    return {
      profile,
      roles: await this.deps.profiles.roles(profile.id),
      place: profile.placeId ? (this.deps.places.byId(profile.placeId) ?? null) : null,
      institutionName: await this.deps.institutions.nameOf(profile.institutionId),
    };
  }

  /** Saves the profile and the roles applied for; resolves the profile as saved. */
  async save(member: Member, programId: number, input: ProfileInput): Promise<Profile> {
    assertProfileRules(input, await this.mentorCapacityLimit(programId));

    return this.deps.db.transaction(async (trx) => {
      const now = this.deps.now();
      const before = await this.deps.profiles.byMember(programId, member.id, trx);
      const fields = await this.fieldsOf(trx, member, programId, input);

      const id = await this.deps.profiles.save(programId, member.id, fields, now, trx);
      const profile = (await this.deps.profiles.byId(id, trx)) as Profile;
      const rolesChanged = await this.deps.approvals.applyFor(trx, member, profile, input.roles);

      if (rolesChanged || matchingInputsChanged(before, fields)) {
        await this.deps.approvals.requestMatching(trx, programId, member.id);
      }
      const event = 'profile_saved';
      this.deps.logger.info({ event, member_id: member.id, program_id: programId });
      return profile;
    });
  }

  private async fieldsOf(
    trx: Database,
    member: Member,
    programId: number,
    input: ProfileInput,
  ): Promise<ProfileFields> {
    const typed = input.institutionName;
    const institution = typed
      ? await this.deps.institutions.findOrAdd(trx, programId, typed, member.id, this.deps.now())
      : null;

    return {
      focus: input.focus,
      placeId: input.placeId,
      outsideOntario: input.outsideOntario,
      onlineOnly: input.onlineOnly,
      yearsExperience: input.yearsExperience,
      supervisoryYears: input.supervisoryYears,
      supervisedPeople: input.supervisedPeople,
      institutionId: institution?.id ?? null,
      mentorCapacity: input.mentorCapacity,
      otherInformation: input.otherInformation,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      skillsShared: input.skillsShared,
      skillsWanted: input.skillsWanted,
    };
  }

  /** Takes the member out of the pool, or puts them back; nothing else changes. */
  async setPaused(member: Member, programId: number, paused: boolean): Promise<void> {
    await this.deps.db.transaction(async (trx) => {
      const profile = await this.deps.profiles.byMember(programId, member.id, trx);
      if (!profile) throw new NotFoundError('profile');
      if ((profile.pausedAt !== null) === paused) return;

      const now = this.deps.now();
      await this.deps.profiles.setPaused(profile.id, paused ? now : null, now, trx);
      await this.deps.approvals.requestMatching(trx, programId, member.id);
      const event = paused ? 'profile_paused' : 'profile_resumed';
      this.deps.logger.info({ event, member_id: member.id, program_id: programId });
    });
  }
}
