/**
 * Reads a member's identity from a validated SAML profile using the configured attribute names.
 * Missing required attributes make the sign-in fail with a reason an operator can act on.
 */
import type { Profile } from '@node-saml/node-saml';
import type { MentorMatchSettings } from '../config/settings';
import type { HostIdentity } from '../members/member-store';

/** The width of mm_members.external_id. */
export const EXTERNAL_ID_MAX_LENGTH = 191;

export class IdentityError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'IdentityError';
  }
}

function values(profile: Profile, name: string): string[] {
  const raw = (profile as Record<string, unknown>)[name] ??
    (profile.attributes as Record<string, unknown> | undefined)?.[name];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

function single(profile: Profile, name: string): string | null {
  return values(profile, name).find((v) => v.length > 0) ?? null;
}

function required(profile: Profile, name: string): string {
  const value = single(profile, name);
  if (!value) throw new IdentityError(`attribute ${name} is missing`);
  return value.slice(0, 191);
}

export function hostIdentityFrom(profile: Profile, saml: MentorMatchSettings['saml']): HostIdentity {
  const names = saml.attributes;
  const externalId = profile.nameID?.trim();
  if (!externalId) throw new IdentityError('NameID is missing');
  // Cut to the column's width, two long ids would become one member: refuse instead.
  if (externalId.length > EXTERNAL_ID_MAX_LENGTH) {
    throw new IdentityError(`NameID is longer than ${EXTERNAL_ID_MAX_LENGTH} characters`);
  }

  const status = single(profile, names.membershipStatus);
  const active = saml.activeMembershipValues.map((v) => v.toLowerCase());

  return {
    externalId,
    email: required(profile, names.email),
    givenName: required(profile, names.givenName),
    surname: required(profile, names.surname),
    membershipStatus: status,
    membershipActive: status !== null && active.includes(status.toLowerCase()),
    memberType: single(profile, names.memberType),
    hostInstitution: single(profile, names.institution),
    hostRoles: values(profile, names.roles).filter(Boolean),
    language: single(profile, names.preferredLanguage),
  };
}
