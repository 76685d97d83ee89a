/**
 * Everything administrators see about one member: identity and contact details (theirs to
 * see), the profile, each role with its history, the member's suggestions, requests and
 * partnerships with the other member's name, and the reasons partnerships ended.
 */
import type { Database } from '../db/database';
import type { InstitutionStore } from '../members/institution-store';
import type { Member, MemberStore } from '../members/member-store';
import type { Profile, ProfileRole, ProfileStore, RoleEvent } from '../members/profile-store';
import type { SavedSuggestion, SuggestionStore } from '../matching/suggestion-store';
import type { Partnership, PartnershipStore } from '../partnerships/partnership-store';
import type { PartnershipRequest, RequestStore } from '../partnerships/request-store';
import type { ParticipantStore } from './oversight-participant-store';

export interface MemberRecordSources {
  db: Database;
  members: MemberStore;
  profiles: ProfileStore;
  institutions: InstitutionStore;
  suggestions: SuggestionStore;
  partnerships: PartnershipStore;
  requests: RequestStore;
  participants: ParticipantStore;
}

export interface RoleWithHistory extends ProfileRole {
  history: Array<RoleEvent & { byName: string | null }>;
}

export interface MemberRecord {
  member: Member;
  profile: Profile | null;
  institutionName: string | null;
  roles: RoleWithHistory[];
  suggestions: Array<SavedSuggestion & { partnerName: string }>;
  requests: Array<PartnershipRequest & { otherId: number; otherName: string }>;
  partnerships: Array<Partnership & { otherId: number; otherName: string; endedByName: string }>;
}

export class MemberRecordLoader {
  constructor(private readonly sources: MemberRecordSources) {}

  /**
   * The member's record in the program, or undefined when there is no such member or nothing
   * of theirs in this program: an administrator of one program alone does not read the
   * members of another.
   */
  async load(programId: number, memberId: number): Promise<MemberRecord | undefined> {
    const { members, profiles } = this.sources;
    const member = await members.byId(memberId);
    if (!member) return undefined;
    const profile = (await profiles.byMember(programId, memberId)) ?? null;

    const [roles, suggestions, requests, partnerships] = await Promise.all([
      profile ? this.rolesOf(profile) : [],
      this.sources.suggestions.forMember(this.sources.db, programId, memberId),
      this.sources.requests.ofMember(programId, memberId),
      this.sources.partnerships.ofMember(programId, memberId),
    ]);
    const inProgram = profile || suggestions.length + requests.length + partnerships.length > 0;
    if (!inProgram) return undefined;
    const names = await this.sources.participants.names([
      ...suggestions.map((s) => s.partnerId),
      ...requests.flatMap((r) => [r.mentorId, r.menteeId]),
      ...partnerships.flatMap((p) => [p.mentorId, p.menteeId, p.endedBy ?? 0]),
    ]);
    const nameOf = (id: number) => names.get(id) ?? '';
    const otherOf = (pair: { mentorId: number; menteeId: number }) =>
      pair.mentorId === memberId ? pair.menteeId : pair.mentorId;

    return {
      member,
      profile,
      institutionName: await this.institutionName(profile),
      roles,
      suggestions: suggestions.map((s) => ({ ...s, partnerName: nameOf(s.partnerId) })),
      requests: requests.map((r) => ({ ...r, otherId: otherOf(r), otherName: nameOf(otherOf(r)) })),
      partnerships: partnerships.map((p) => ({
        ...p,
        otherId: otherOf(p),
        otherName: nameOf(otherOf(p)),
        endedByName: p.endedBy === null ? '' : nameOf(p.endedBy),
      })),
    };
  }

  private async institutionName(profile: Profile | null): Promise<string | null> {
    if (profile?.institutionId == null) return null;
    return (await this.sources.institutions.canonical(profile.institutionId))?.name ?? null;
  }

  private async rolesOf(profile: Profile): Promise<RoleWithHistory[]> {
    const roles = await this.sources.profiles.roles(profile.id);
    const histories = await Promise.all(roles.map((r) => this.sources.profiles.roleHistory(r.id)));
    const deciders = histories.flat().map((event) => event.byMemberId ?? 0);
    const names = await this.sources.participants.names(deciders);

    return roles.map((role, i) => ({
      ...role,
      history: histories[i].map((event) => ({
        ...event,
        byName: event.byMemberId === null ? null : (names.get(event.byMemberId) ?? null),
      })),
    }));
  }
}
