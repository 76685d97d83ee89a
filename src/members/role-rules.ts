/**
 * The program's approval rules as plain functions: which status a role gets from the
 * membership the host asserted at the latest sign-in, and what a change of membership does to
 * the roles a member already has.
 */
import type { ProfileRole, RoleChange } from './profile-store';

export interface MembershipState {
  membershipActive: boolean;
  /** Null when the host did not say. */
  membershipStatus: string | null;
}

/**
 * Active: approved at once. Not reported: an administrator decides. Reported but not active:
 * on hold until a sign-in with an active membership.
 */
export function statusForMembership(membership: MembershipState): RoleChange {
  if (membership.membershipActive) return { status: 'approved', statusReason: null };
  if (membership.membershipStatus === null) {
    return { status: 'pending', statusReason: 'membership_unknown' };
  }
  return { status: 'suspended', statusReason: 'membership_lapsed' };
}

export interface RoleTransition {
  role: ProfileRole;
  change: RoleChange;
}

/**
 * What a sign-in with a changed membership does to each role. An administrator's refusal or
 * suspension stands whatever the membership; a role already where the membership puts it is
 * left alone.
 * A role an administrator approved while the status was unknown stays approved while the
 * host still says nothing.
 */
export function transitionsForMembership(
  roles: readonly ProfileRole[],
  membership: MembershipState,
): RoleTransition[] {
  const target = statusForMembership(membership);
  return roles
    .filter((role) => role.status !== 'declined' && role.statusReason !== 'administrator')
    .filter((role) => role.status !== target.status || role.statusReason !== target.statusReason)
    .filter((role) => !(target.status === 'pending' && approvedByAdministrator(role)))
    .map((role) => ({ role, change: target }));
}

function approvedByAdministrator(role: ProfileRole): boolean {
  return role.status === 'approved' && role.decidedByMemberId !== null;
}
