/**
 * The stand-in host's members, one for each kind of sign-in the plugin must handle, and the
 * mapping from a member to the SAML attributes the host asserts, under the attribute names
 * the plugin documents as its defaults. The people are fictional; their e-mail addresses use
 * the reserved `.example` top-level domain so that no mail can reach anybody.
 */

export type MembershipStatus = 'active' | 'lapsed';

export interface SampleMember {
  /** The persistent NameID: the member's stable id at the host. */
  nameId: string;
  email: string;
  givenName: string;
  surname: string;
  membershipStatus: MembershipStatus;
  memberType: string;
  institution: string;
  roles: string[];
  preferredLanguage?: 'en' | 'fr';
  /** What the sign-in page shows for this member. */
  label: string;
  /**
   * Not asserted by the host (members enter it in their profile); kept here so that scripted
   * journeys can fill in a profile that matches the label.
   */
  yearsOfExperience: number;
}

export const ADMINISTRATOR_ROLE = 'mentormatch-admin';

export const SAMPLE_MEMBERS: readonly SampleMember[] = [
  {
    nameId: 'ola-member-20417',
    email: 'amira.haddad@torontopubliclibrary.example',
    givenName: 'Amira',
    surname: 'Haddad',
    membershipStatus: 'active',
    memberType: 'professional',
    institution: 'Toronto Public Library',
    roles: ['member'],
    preferredLanguage: 'en',
    label: 'Amira Haddad, branch head, 10 years of experience (active member)',
    yearsOfExperience: 10,
  },
  {
    nameId: 'ola-member-31852',
    email: 'elodie.tremblay@uoguelph.example',
    givenName: 'Élodie',
    surname: 'Tremblay',
    membershipStatus: 'active',
    memberType: 'new-professional',
    institution: 'University of Guelph',
    roles: ['member'],
    preferredLanguage: 'fr',
    label: 'Élodie Tremblay, new graduate, 1 year of experience (active member)',
    yearsOfExperience: 1,
  },
  {
    nameId: 'ola-member-14093',
    email: 'siobhan.oconnor@sudburylibrary.example',
    givenName: 'Siobhan',
    surname: "O'Connor",
    membershipStatus: 'lapsed',
    memberType: 'professional',
    institution: 'Greater Sudbury Public Library',
    roles: ['member'],
    label: "Siobhan O'Connor, reference librarian, 6 years of experience (membership lapsed)",
    yearsOfExperience: 6,
  },
  {
    nameId: 'ola-member-00968',
    email: 'daniel.whitebird@accessola.example',
    givenName: 'Daniel',
    surname: 'Whitebird',
    membershipStatus: 'active',
    memberType: 'staff',
    institution: 'Ontario Library Association',
    roles: ['member', ADMINISTRATOR_ROLE],
    preferredLanguage: 'en',
    label: 'Daniel Whitebird, mentoring committee (program administrator)',
    yearsOfExperience: 15,
  },
];

/** The attributes the host asserts for a member, keyed by the plugin's default names. */
export function memberAttributes(member: SampleMember): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {
    email: member.email,
    givenName: member.givenName,
    surname: member.surname,
    membershipStatus: member.membershipStatus,
    memberType: member.memberType,
    institution: member.institution,
    roles: member.roles,
  };

  if (member.preferredLanguage) {
    attributes.preferredLanguage = member.preferredLanguage;
  }
  return attributes;
}
