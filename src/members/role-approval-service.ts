/**
 * Approval of each role a member applies for. A role is approved at once while the membership
 * is active; otherwise it waits (for an administrator, or for an active sign-in). Every
 * approval puts the role in the program's current session, sends its own email and asks the
 * matching to run for the member, all written in the caller's transaction so that none
 * happens unless the approval is saved.
 */
import type { Knex } from 'knex';
import type { MembershipChangeHandler } from '../auth/sign-in-service';
import type { Database } from '../db/database';
import { pickLocale } from '../i18n/catalogue';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { Outbox } from '../mail/outbox';
import { ConflictError, NotFoundError } from '../web/errors';
import type { Member, MemberStore } from './member-store';
import type { Role } from './profile-options';
import type { Profile, ProfileRole, ProfileStore, RoleChange } from './profile-store';
import { statusForMembership, transitionsForMembership } from './role-rules';

/** The job the matching runs on; its handler is registered by the matching part. */
export const MATCHING_REFRESH_JOB = 'matching.refresh';

export interface MatchingRefreshPayload {
  programId: number;
  memberId: number;
}

export type EmailOutbox = Pick<Outbox, 'enqueue'>;
export type JobEnqueuer = Pick<JobQueue, 'enqueue'>;

export interface RoleApprovalDeps {
  db: Database;
  profiles: ProfileStore;
  members: MemberStore;
  outbox: EmailOutbox;
  jobs: JobEnqueuer;
  logger: Logger;
  now: () => number;
  /** The program's sessions; without them registration is always open. */
  registration?: RegistrationWindow;
}

/** The program's sessions as approvals meet them (see program-session-rules). */
export interface RegistrationWindow {
  /** Whether a role may be approved now. */
  isRegistrationOpen(trx: Knex, programId: number): Promise<boolean>;
  /** The session a role approved now joins; null outside sessions. */
  currentSessionId(trx: Knex, programId: number): Promise<number | null>;
}

/** An administrator's answer to a role that waits for one. */
export type AdministratorDecision =
  | { kind: 'approve'; note?: string }
  | { kind: 'decline'; note: string };

/** An administrator's change to a role already decided, with what the member is told. */
export type AdministratorAction =
  | { kind: 'suspend'; note: string }
  | { kind: 'reinstate'; note: string | null };

export class RoleApprovalService {
  constructor(private readonly deps: RoleApprovalDeps) {}

  /**
   * Brings the profile's roles in line with what the member applies for: a withdrawn role is
   * removed, a new one decided at once. Roles already held keep their state (a refusal
   * stands). Resolves whether any role was added or removed.
   */
  async applyFor(trx: Knex, member: Member, profile: Profile, roles: Role[]): Promise<boolean> {
    const held = await this.deps.profiles.roles(profile.id, trx);
    const withdrawn = held.filter((role) => !roles.includes(role.role));
    const added = roles.filter((role) => !held.some((h) => h.role === role));

    for (const role of withdrawn) await this.deps.profiles.removeRole(role.id, trx);
    for (const role of added) {
      const now = this.deps.now();
      const admitted = await this.admission(trx, profile.programId, statusForMembership(member));
      const decision = stamped(admitted, now);
      const created = await this.deps.profiles.addRole(profile, role, decision, now, trx);
      this.logDecision(member, created, decision, 'application');
      if (decision.status === 'approved') await this.sendApproval(trx, member, profile, role);
    }
    return withdrawn.length + added.length > 0;
  }

  /** The sign-in hook: a lapse suspends approved roles, a return approves them again. */
  readonly membershipChanged: MembershipChangeHandler = async (trx, member) => {
    for (const profile of await this.deps.profiles.allOfMember(member.id, trx)) {
      await this.followMembership(trx, member, profile);
    }
  };

  private async followMembership(trx: Knex, member: Member, profile: Profile) {
    const roles = await this.deps.profiles.roles(profile.id, trx);
    const suspended: Role[] = [];
    let changed = 0;

    for (const transition of transitionsForMembership(roles, member)) {
      const { role } = transition;
      const admitted = await this.admission(trx, profile.programId, transition.change, role);
      if (admitted.status === role.status && admitted.statusReason === role.statusReason) continue;
      const change = stamped(admitted, this.deps.now());
      if (!(await this.deps.profiles.changeRole(role, change, this.deps.now(), trx))) continue;

      changed++;
      this.logDecision(member, role, change, 'membership');
      if (change.status === 'approved') await this.sendApproval(trx, member, profile, role.role);
      else if (role.status === 'approved') suspended.push(role.role);
    }

    // One email for the roles that left the pool together, with the reason they left.
    if (suspended.length > 0) {
      const reason = statusForMembership(member).statusReason;
      await this.email(trx, member, profile, 'role-suspended', { roles: suspended, reason });
    }
    if (changed > 0) await this.requestMatching(trx, profile.programId, member.id);
  }

  /**
   * Sessions: a role that would be approved now waits for a session instead while no
   * session's registration is open. A role approved once before (then suspended for a lapse)
   * is approved again at once: it was admitted already. Either way it joins the current
   * session.
   */
  private async admission(
    trx: Knex,
    programId: number,
    change: RoleChange,
    role?: ProfileRole,
  ): Promise<RoleChange> {
    const registration = this.deps.registration;
    if (change.status !== 'approved' || !registration) return change;
    const admittedBefore = role !== undefined && role.decidedAt !== null;
    if (!admittedBefore && !(await registration.isRegistrationOpen(trx, programId))) {
      return { status: 'pending', statusReason: 'no_open_session' };
    }
    return this.inCurrentSession(trx, programId, change);
  }

  /** An approval puts the role in the program's current session (null outside sessions). */
  private async inCurrentSession(
    trx: Knex,
    programId: number,
    change: RoleChange,
  ): Promise<RoleChange> {
    const registration = this.deps.registration;
    if (change.status !== 'approved' || !registration) return change;
    return { ...change, sessionId: await registration.currentSessionId(trx, programId) };
  }

  /**
   * A session's registration has opened: each role that waited for it is decided as on
   * application, from the membership as the host last asserted it. Resolves how many.
   */
  async admitWaitingRoles(trx: Knex, programId: number): Promise<number> {
    let approved = 0;
    for (const role of await this.deps.profiles.rolesWaiting(programId, 'no_open_session', trx)) {
      const profile = (await this.deps.profiles.byId(role.profileId, trx)) as Profile;
      const member = (await this.deps.members.byId(profile.memberId, trx)) as Member;
      const decision = stamped(statusForMembership(member), this.deps.now());
      const change = await this.inCurrentSession(trx, programId, decision);
      if (!(await this.deps.profiles.changeRole(role, change, this.deps.now(), trx))) continue;

      this.logDecision(member, role, change, 'session');
      if (change.status !== 'approved') continue;
      await this.sendApproval(trx, member, profile, role.role);
      approved++;
    }
    return approved;
  }

  /**
   * A session's registration has opened: the free roles of earlier sessions move into it (see
   * program-session-rules). Resolves how many members moved; the caller runs the matching.
   */
  async carryOverRoles(trx: Knex, programId: number, sessionId: number): Promise<number> {
    const moved = await this.deps.profiles.carryOver(programId, sessionId, this.deps.now(), trx);
    return moved.length;
  }

  /** An administrator approves or declines a role that waits; the member is told by email. */
  async decide(
    programId: number,
    roleId: number,
    administratorId: number,
    decision: AdministratorDecision,
  ): Promise<ProfileRole> {
    return this.deps.db.transaction(async (trx) => {
      const role = await this.deps.profiles.roleById(roleId, trx);
      if (!role || role.programId !== programId) throw new NotFoundError('role');
      if (role.status !== 'pending') throw new ConflictError('admin.approvals.already_decided');

      const decided = decisionChange(decision, administratorId, this.deps.now());
      const change = await this.inCurrentSession(trx, programId, decided);
      if (!(await this.deps.profiles.changeRole(role, change, this.deps.now(), trx))) {
        throw new ConflictError('admin.approvals.already_decided');
      }
      await this.tellDecision(trx, role, decision);
      return { ...role, ...change } as ProfileRole;
    });
  }

  /**
   * An administrator suspends an approved role, or reinstates one they declined or suspended;
   * the member is told by email, with the note. A role the lapsed membership holds is not
   * reinstated: the member's next sign-in with an active membership does that.
   */
  async act(
    programId: number,
    roleId: number,
    administratorId: number,
    action: AdministratorAction,
  ): Promise<ProfileRole> {
    return this.deps.db.transaction(async (trx) => {
      const role = await this.deps.profiles.roleById(roleId, trx);
      if (!role || role.programId !== programId) throw new NotFoundError('role');
      const profile = (await this.deps.profiles.byId(role.profileId, trx)) as Profile;
      const member = (await this.deps.members.byId(profile.memberId, trx)) as Member;
      checkAction(role, member, action);

      const acted = actionChange(action, administratorId, this.deps.now());
      const change = await this.inCurrentSession(trx, programId, acted);
      if (!(await this.deps.profiles.changeRole(role, change, this.deps.now(), trx))) {
        throw new ConflictError('admin.approvals.already_decided');
      }
      this.logDecision(member, role, change, 'administrator');
      await this.tellAction(trx, member, profile, role.role, action);
      await this.requestMatching(trx, programId, member.id);
      return { ...role, ...change } as ProfileRole;
    });
  }

  private async tellAction(
    trx: Knex,
    member: Member,
    profile: Profile,
    role: Role,
    action: AdministratorAction,
  ) {
    if (action.kind === 'suspend') {
      const data = { roles: [role], reason: 'administrator', note: action.note };
      await this.email(trx, member, profile, 'role-suspended', data);
      return;
    }
    const data = { role, reinstated: true, note: action.note ?? '' };
    await this.email(trx, member, profile, 'role-approved', data);
  }

  private async tellDecision(trx: Knex, role: ProfileRole, decision: AdministratorDecision) {
    const profile = (await this.deps.profiles.byId(role.profileId, trx)) as Profile;
    const member = (await this.deps.members.byId(profile.memberId, trx)) as Member;
    const change = decision.kind === 'approve' ? 'approved' : 'declined';
    this.logDecision(member, role, { status: change, statusReason: null }, 'administrator');

    if (decision.kind === 'approve') {
      await this.sendApproval(trx, member, profile, role.role, decision.note);
      return;
    }
    const data = { role: role.role, note: decision.note };
    await this.email(trx, member, profile, 'role-declined', data);
  }

  /** Asks the matching to run for the member; one waiting run covers any number of changes. */
  async requestMatching(trx: Knex, programId: number, memberId: number): Promise<void> {
    const payload: MatchingRefreshPayload = { programId, memberId };
    await this.deps.jobs.enqueue(trx, MATCHING_REFRESH_JOB, payload, {
      dedupeKey: `${MATCHING_REFRESH_JOB}:${programId}:${memberId}`,
    });
  }

  private async sendApproval(
    trx: Knex,
    member: Member,
    profile: Profile,
    role: Role,
    note = '',
  ) {
    await this.email(trx, member, profile, 'role-approved', { role, note });
    await this.requestMatching(trx, profile.programId, member.id);
  }

  private async email(
    trx: Knex,
    member: Member,
    profile: Profile,
    template: string,
    data: Record<string, unknown>,
  ) {
    await this.deps.outbox.enqueue(trx, {
      programId: profile.programId,
      template,
      to: {
        memberId: member.id,
        address: profile.contactEmail,
        name: `${member.givenName} ${member.surname}`.slice(0, 191),
      },
      locale: pickLocale(member.language),
      data: { givenName: member.givenName, ...data },
    });
  }

  private logDecision(member: Member, role: { role: Role }, change: RoleChange, by: string) {
    this.deps.logger.info({
      event: 'role_status_changed',
      member_id: member.id,
      role: role.role,
      status: change.status,
      reason: change.statusReason,
      by,
    });
  }
}

/** An approval the membership made: dated, and nobody's decision. */
function stamped(change: RoleChange, now: number): RoleChange {
  if (change.status !== 'approved') return change;
  return { ...change, decidedAt: now, decidedByMemberId: null };
}

/** Throws a ConflictError naming why the action does not apply to the role as it is. */
function checkAction(role: ProfileRole, member: Member, action: AdministratorAction): void {
  if (action.kind === 'suspend') {
    if (role.status !== 'approved') throw new ConflictError('admin.oversight.role.not_approved');
    return;
  }
  const suspendedByAdministrator =
    role.status === 'suspended' && role.statusReason === 'administrator';
  if (role.status !== 'declined' && !suspendedByAdministrator) {
    throw new ConflictError('admin.oversight.role.not_reinstatable');
  }
  if (member.membershipStatus !== null && !member.membershipActive) {
    throw new ConflictError('admin.oversight.role.membership_lapsed');
  }
}

function actionChange(action: AdministratorAction, by: number, now: number): RoleChange {
  const suspend = action.kind === 'suspend';
  return {
    status: suspend ? 'suspended' : 'approved',
    statusReason: suspend ? 'administrator' : null,
    decisionNote: suspend ? action.note : null,
    decidedByMemberId: by,
    decidedAt: now,
  };
}

function decisionChange(decision: AdministratorDecision, by: number, now: number): RoleChange {
  const approved = decision.kind === 'approve';
  return {
    status: approved ? 'approved' : 'declined',
    statusReason: approved ? null : 'declined',
    decisionNote: approved ? null : decision.note,
    decidedByMemberId: by,
    decidedAt: now,
  };
}
