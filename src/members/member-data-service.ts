/**
 * A member's control over their data: everything MentorMatch holds about them, as one JSON
 * document, and the deletion of all of it.
 *
 * This part writes what the member part holds: the member record, each profile with its
 * roles and their history, the institutions the member added, the emails written to them,
 * and what matching left for them (their suggestions, the ones they hid, the notices sent).
 * Other parts add theirs rather than the other way round: `addExportSection` puts their part
 * into the export, and `onDelete` runs their clean-up inside the deletion's transaction,
 * before the member's own rows go. The partnerships part does both: it exports requests,
 * partnerships, signatures and places, and on deletion ends any open partnership and tells
 * the partner, in that same transaction.
 *
 * Another member appears in the export by name only, as the member's own pages show them,
 * never with their contact details; rows that belong to others (their suggestion lists, the
 * decisions an administrator made about someone else) stay out.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { ProgramStore } from '../programs/program-store';
import { NotFoundError, ValidationError } from '../web/errors';
import type { InstitutionService } from './institution-service';
import type { InstitutionStore } from './institution-store';
import type { MemberDataStore } from './member-data-store';
import type { Member, MemberStore } from './member-store';
import type { PlaceDirectory } from './places';
import type { Profile, ProfileRole, ProfileStore } from './profile-store';

/** A part of the export: resolves plain data about the member (it is written as JSON). */
export type ExportSection = (trx: Knex, member: Member) => Promise<unknown>;

/** Removes what a part of the program holds about a member who deletes their data. */
export type DeletionHook = (trx: Knex, member: Member) => Promise<void>;

export interface MemberDataDeps {
  db: Database;
  members: MemberStore;
  profiles: ProfileStore;
  programs: ProgramStore;
  institutions: InstitutionService;
  institutionStore: InstitutionStore;
  places: PlaceDirectory;
  data: MemberDataStore;
  logger: Logger;
  now: () => number;
}

const SECTION_NAME = /^[a-z][a-zA-Z]*$/;
const OWN_SECTIONS = [
  'exportedAt',
  'member',
  'profiles',
  'institutionsAdded',
  'emails',
  'matching',
];

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export class MemberDataService {
  private readonly sections = new Map<string, ExportSection>();
  private readonly deletionHooks: DeletionHook[] = [];

  constructor(private readonly deps: MemberDataDeps) {}

  addExportSection(name: string, section: ExportSection): void {
    if (!SECTION_NAME.test(name) || OWN_SECTIONS.includes(name) || this.sections.has(name)) {
      throw new Error(`export section "${name}" is taken or not a plain camelCase name`);
    }
    this.sections.set(name, section);
  }

  onDelete(hook: DeletionHook): void {
    this.deletionHooks.push(hook);
  }

  /**
   * Everything held about the member. Read outside a transaction: the program store has no
   * transaction parameter, and on SQLite's single connection a read beside one would wait on it.
   */
  async export(memberId: number): Promise<Record<string, unknown>> {
    const db = this.deps.db;
    const member = await this.deps.members.byId(memberId, db);
    if (!member) throw new NotFoundError('member');

    const document: Record<string, unknown> = {
      exportedAt: iso(this.deps.now()),
      member: memberRecord(member),
      profiles: await this.profilesOf(db, member),
      institutionsAdded: (await this.deps.institutionStore.addedBy(member.id, db)).map(
        (institution) => institution.name,
      ),
      emails: (await this.deps.data.emailsTo(member.id, db)).map((email) => ({
        ...email,
        createdAt: iso(email.createdAt),
        finishedAt: iso(email.finishedAt),
      })),
      matching: await this.matchingOf(db, member),
    };
    for (const [name, section] of this.sections) document[name] = await section(db, member);
    return document;
  }

  private async profilesOf(trx: Knex, member: Member) {
    const profiles = await this.deps.profiles.allOfMember(member.id, trx);
    return Promise.all(profiles.map((profile) => this.profileRecord(trx, profile)));
  }

  /** The member's own suggestions, those they said they are not interested in, and notices. */
  private async matchingOf(trx: Knex, member: Member) {
    const suggestions = await this.deps.data.suggestionsFor(member.id, trx);
    const dismissals = await this.deps.data.dismissalsBy(member.id, trx);
    const notices = await this.deps.data.matchingNoticesTo(member.id, trx);

    return {
      suggestions: suggestions.map((s) => ({ ...s, computedAt: iso(s.computedAt) })),
      notInterested: dismissals.map((d) => ({ ...d, dismissedAt: iso(d.dismissedAt) })),
      notices: notices.map((n) => ({ ...n, notifiedAt: iso(n.notifiedAt) })),
    };
  }

  private async profileRecord(trx: Knex, profile: Profile) {
    const program = await this.deps.programs.byId(profile.programId);
    const place = profile.placeId ? this.deps.places.byId(profile.placeId) : undefined;
    const roles = await this.deps.profiles.roles(profile.id, trx);

    return {
      program: program?.name ?? null,
      roles: await Promise.all(roles.map((role) => this.roleRecord(trx, role))),
      focus: profile.focus,
      place: place ? { id: place.id, name: place.name, division: place.division } : null,
      outsideOntario: profile.outsideOntario,
      onlineOnly: profile.onlineOnly,
      yearsExperience: profile.yearsExperience,
      supervisoryYears: profile.supervisoryYears,
      supervisedPeople: profile.supervisedPeople,
      institution: await this.deps.institutions.nameOf(profile.institutionId, trx),
      skillsShared: profile.skillsShared,
      skillsWanted: profile.skillsWanted,
      mentorCapacity: profile.mentorCapacity,
      otherInformation: profile.otherInformation,
      contactEmail: profile.contactEmail,
      contactPhone: profile.contactPhone,
      pausedAt: iso(profile.pausedAt),
      createdAt: iso(profile.createdAt),
      updatedAt: iso(profile.updatedAt),
    };
  }

  /** Each change of the role's status; who made it is the program's record, not the member's. */
  private async roleRecord(trx: Knex, role: ProfileRole) {
    const history = await this.deps.profiles.roleHistory(role.id, trx);
    return {
      role: role.role,
      status: role.status,
      statusReason: role.statusReason,
      decisionNote: role.decisionNote,
      appliedAt: iso(role.appliedAt),
      decidedAt: iso(role.decidedAt),
      history: history.map((event) => ({
        status: event.status,
        statusReason: event.statusReason,
        note: event.note,
        at: iso(event.at),
      })),
    };
  }

  /**
   * Deletes everything held about the member, in one transaction: all of it or none. Only
   * when they confirmed it on the form: a request without the confirmation deletes nothing.
   */
  async deleteEverything(memberId: number, request: { confirmed: boolean }): Promise<void> {
    if (!request.confirmed) {
      this.deps.logger.warn({ event: 'member_data_delete_refused', member_id: memberId });
      throw new ValidationError({ confirm: 'profile.delete.confirm_required' });
    }

    await this.deps.db.transaction(async (trx) => {
      const member = await this.deps.members.byId(memberId, trx);
      if (!member) throw new NotFoundError('member');

      for (const hook of this.deletionHooks) await hook(trx, member);
      for (const profile of await this.deps.profiles.allOfMember(member.id, trx)) {
        await this.deps.profiles.delete(profile.id, trx);
      }
      await this.deps.data.deleteMatchingOf(member.id, trx);
      await this.deps.data.deleteEmailsTo(member.id, trx);
      await this.deps.data.forgetAddedInstitutions(member.id, trx);
      await this.deps.data.forgetDecisionsBy(member.id, trx);
      await this.deps.data.deleteMember(member.id, trx);
    });
    this.deps.logger.info({ event: 'member_data_deleted', member_id: memberId });
  }
}

function memberRecord(member: Member) {
  return {
    externalId: member.externalId,
    email: member.email,
    givenName: member.givenName,
    surname: member.surname,
    membershipStatus: member.membershipStatus,
    membershipActive: member.membershipActive,
    memberType: member.memberType,
    hostInstitution: member.hostInstitution,
    hostRoles: member.hostRoles,
    language: member.language,
    lastSignInAt: iso(member.lastSignInAt),
    createdAt: iso(member.createdAt),
  };
}
