/**
 * The other member's profile as a partnership page shows it: what they work on, where, their
 * experience and skills, in words, and never their contact details (the partnership page adds
 * those, only while the partnership is active).
 */
import type { Knex } from 'knex';
import type { InstitutionStore } from '../members/institution-store';
import type { MemberStore } from '../members/member-store';
import type { Role } from '../members/profile-options';
import type { Profile, ProfileStore } from '../members/profile-store';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ProfileFact {
  label: string;
  value: string;
}

export interface PartnerProfile {
  memberId: number;
  name: string;
  facts: ProfileFact[];
}

export interface ProfileSources {
  members: MemberStore;
  profiles: Pick<ProfileStore, 'byMember'>;
  institutions: InstitutionStore;
  /** The name of a place in the Ontario list, by id; null for an id it does not know. */
  placeName: (placeId: string) => string | null;
}

/** The profile of `memberId` in the role they play; null when they have no profile. */
export async function partnerProfile(
  sources: ProfileSources,
  programId: number,
  memberId: number,
  role: Role,
  t: Translate,
  trx?: Knex,
): Promise<PartnerProfile | null> {
  const member = await sources.members.byId(memberId, trx);
  const profile = await sources.profiles.byMember(programId, memberId, trx);
  if (!member || !profile) return null;

  const institution =
    profile.institutionId === null
      ? undefined
      : await sources.institutions.canonical(profile.institutionId, trx);
  const facts = [
    fact(t, 'role', t(`partnerships.role.${role}`)),
    fact(t, 'focus', t(`profile.focus.${profile.focus}`)),
    fact(t, 'location', locationOf(sources, profile, t)),
    fact(t, 'years', String(profile.yearsExperience)),
    fact(t, 'institution', institution?.name ?? t('partnerships.profile.none')),
    fact(t, 'supervisory', supervisoryOf(profile, t)),
    fact(t, role === 'mentor' ? 'skills_shared' : 'skills_wanted', skillsOf(profile, role, t)),
    fact(t, 'other', profile.otherInformation || t('partnerships.profile.none')),
  ];
  return { memberId, name: `${member.givenName} ${member.surname}`, facts };
}

function fact(t: Translate, label: string, value: string): ProfileFact {
  return { label: t(`partnerships.profile.${label}`), value };
}

function locationOf(sources: ProfileSources, profile: Profile, t: Translate): string {
  const place = profile.placeId ? sources.placeName(profile.placeId) : null;
  const where =
    place ??
    t(
      profile.outsideOntario ? 'partnerships.profile.outside_ontario' : 'partnerships.profile.none',
    );
  return profile.onlineOnly ? t('partnerships.profile.online_only', { where }) : where;
}

function supervisoryOf(profile: Profile, t: Translate): string {
  if (profile.supervisoryYears === 0) return t('partnerships.profile.none');
  return t('partnerships.profile.supervisory_value', {
    years: profile.supervisoryYears,
    people: profile.supervisedPeople,
  });
}

function skillsOf(profile: Profile, role: Role, t: Translate): string {
  const skills = role === 'mentor' ? profile.skillsShared : profile.skillsWanted;
  if (skills.length === 0) return t('partnerships.profile.none');
  return skills.map((skill) => t(`profile.skill.${skill}`)).join(', ');
}
