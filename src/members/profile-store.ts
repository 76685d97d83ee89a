/** SQL for profiles, the roles applied for and the skills chosen. */
import type { Database } from '../db/database';
import { MENTEE_PLACES } from '../partnerships/pair-rules';
import type { Focus, Role, Skill } from './profile-options';

export type RoleStatus = 'pending' | 'approved' | 'declined' | 'suspended';

/** Why a role is not approved, as a code the views put into words. */
export type RoleStatusReason =
  | 'membership_unknown'
  | 'membership_lapsed'
  | 'declined'
  | 'administrator'
  // Applied for while no session's registration was open (see program-session-rules).
  | 'no_open_session';

export interface ProfileRole {
  id: number;
  programId: number;
  profileId: number;
  role: Role;
  status: RoleStatus;
  statusReason: RoleStatusReason | null;
  /** What an administrator who declined the role wrote to the member. */
  decisionNote: string | null;
  decidedByMemberId: number | null;
  appliedAt: number;
  decidedAt: number | null;
  /**
   * The program session the role was last admitted to or carried over into; null in a
   * program without sessions (see program-session-rules).
   */
  sessionId: number | null;
}

/** What the member fills in. */
export interface ProfileFields {
  focus: Focus;
  placeId: string | null;
  outsideOntario: boolean;
  onlineOnly: boolean;
  yearsExperience: number;
  supervisoryYears: number;
  supervisedPeople: number;
  institutionId: number | null;
  mentorCapacity: number;
  otherInformation: string | null;
  contactEmail: string;
  contactPhone: string | null;
  skillsShared: Skill[];
  skillsWanted: Skill[];
}

export interface Profile extends ProfileFields {
  id: number;
  programId: number;
  memberId: number;
  pausedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface RoleChange {
  status: RoleStatus;
  statusReason: RoleStatusReason | null;
  decisionNote?: string | null;
  decidedByMemberId?: number | null;
  decidedAt?: number | null;
  /** Set with an approval: the session the role joins. Left as it was when undefined. */
  sessionId?: number | null;
}

interface ProfileRow {
  id: number;
  program_id: number;
  member_id: number;
  focus: Focus;
  place_id: string | null;
  outside_ontario: number | boolean;
  online_only: number | boolean;
  years_experience: number;
  supervisory_years: number;
  supervised_people: number;
  institution_id: number | null;
  mentor_capacity: number;
  other_information: string | null;
  contact_email: string;
  contact_phone: string | null;
  paused_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

interface RoleRow {
  id: number;
  program_id: number;
  profile_id: number;
  role: Role;
  status: RoleStatus;
  status_reason: RoleStatusReason | null;
  decision_note: string | null;
  decided_by_member_id: number | null;
  applied_at: number | string;
  decided_at: number | string | null;
  session_id: number | null;
}

/** One change of a role's status, as administrators read it. */
export interface RoleEvent {
  status: RoleStatus;
  statusReason: RoleStatusReason | null;
  note: string | null;
  byMemberId: number | null;
  at: number;
}

interface RoleEventRow {
  status: RoleStatus;
  status_reason: RoleStatusReason | null;
  note: string | null;
  by_member_id: number | null;
  created_at: number | string;
}

function toRoleEvent(row: RoleEventRow): RoleEvent {
  return {
    status: row.status,
    statusReason: row.status_reason,
    note: row.note,
    byMemberId: row.by_member_id,
    at: Number(row.created_at),
  };
}

interface SkillRow {
  kind: 'shared' | 'wanted';
  skill: Skill;
}

function toProfile(row: ProfileRow, skills: SkillRow[]): Profile {
  return {
    id: row.id,
    programId: row.program_id,
    memberId: row.member_id,
    focus: row.focus,
    placeId: row.place_id,
    outsideOntario: Boolean(row.outside_ontario),
    onlineOnly: Boolean(row.online_only),
    yearsExperience: row.years_experience,
    supervisoryYears: row.supervisory_years,
    supervisedPeople: row.supervised_people,
    institutionId: row.institution_id,
    mentorCapacity: row.mentor_capacity,
    otherInformation: row.other_information,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    pausedAt: row.paused_at === null ? null : Number(row.paused_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    skillsShared: skills.filter((s) => s.kind === 'shared').map((s) => s.skill),
    skillsWanted: skills.filter((s) => s.kind === 'wanted').map((s) => s.skill),
  };
}

function toRole(row: RoleRow): ProfileRole {
  return {
    id: row.id,
    programId: row.program_id,
    profileId: row.profile_id,
    role: row.role,
    status: row.status,
    statusReason: row.status_reason,
    decisionNote: row.decision_note,
    decidedByMemberId: row.decided_by_member_id,
    appliedAt: Number(row.applied_at),
    decidedAt: row.decided_at === null ? null : Number(row.decided_at),
    sessionId: row.session_id,
  };
}

function fieldColumns(fields: ProfileFields) {
  return {
    focus: fields.focus,
    place_id: fields.placeId,
    outside_ontario: fields.outsideOntario,
    online_only: fields.onlineOnly,
    years_experience: fields.yearsExperience,
    supervisory_years: fields.supervisoryYears,
    supervised_people: fields.supervisedPeople,
    institution_id: fields.institutionId,
    mentor_capacity: fields.mentorCapacity,
    other_information: fields.otherInformation,
    contact_email: fields.contactEmail,
    contact_phone: fields.contactPhone,
  };
}

// Skills and roles list in a fixed order, so that comparisons and exports are stable.
const ROLE_ORDER = "case role when 'mentor' then 0 else 1 end";
const CARRY_SLICE = 500;

export class ProfileStore {
  constructor(private readonly db: Database) {}

  async byMember(
    programId: number,
    memberId: number,
    trx: Database = this.db,
  ): Promise<Profile | undefined> {
    const row = await trx<ProfileRow>('mm_profiles')
      .where({ program_id: programId, member_id: memberId })
      .first();
    return row && this.withSkills(row, trx);
  }

  async byId(id: number, trx: Database = this.db): Promise<Profile | undefined> {
    const row = await trx<ProfileRow>('mm_profiles').where({ id }).first();
    return row && this.withSkills(row, trx);
  }

  /** The member's profiles in every program. */
  async allOfMember(memberId: number, trx: Database = this.db): Promise<Profile[]> {
    const rows = await trx<ProfileRow>('mm_profiles').where({ member_id: memberId }).orderBy('id');
    return Promise.all(rows.map((row) => this.withSkills(row, trx)));
  }

  private async withSkills(row: ProfileRow, trx: Database): Promise<Profile> {
    const skills: SkillRow[] = await trx('mm_profile_skills')
      .where({ profile_id: row.id })
      .orderBy('skill')
      .select('kind', 'skill');
    return toProfile(row, skills);
  }

  /** Creates or replaces the member's profile in the program; resolves its id. */
  async save(
    programId: number,
    memberId: number,
    fields: ProfileFields,
    now: number,
    trx: Database = this.db,
  ): Promise<number> {
    const existing = await trx('mm_profiles')
      .where({ program_id: programId, member_id: memberId })
      .first('id');
    const columns = { ...fieldColumns(fields), updated_at: now };

    let id: number;
    if (existing) {
      id = existing.id as number;
      await trx('mm_profiles').where({ id }).update(columns);
    } else {
      const row = { ...columns, program_id: programId, member_id: memberId, created_at: now };
      id = Number((await trx('mm_profiles').insert(row))[0]);
    }
    await this.replaceSkills(programId, id, fields, trx);
    return id;
  }

  private async replaceSkills(
    programId: number,
    profileId: number,
    fields: ProfileFields,
    trx: Database,
  ) {
    await trx('mm_profile_skills').where({ profile_id: profileId }).delete();
    const rows = [
      ...fields.skillsShared.map((skill) => ({ kind: 'shared', skill })),
      ...fields.skillsWanted.map((skill) => ({ kind: 'wanted', skill })),
    ].map((row) => ({ ...row, program_id: programId, profile_id: profileId }));
    if (rows.length > 0) await trx('mm_profile_skills').insert(rows);
  }

  async setPaused(
    profileId: number,
    pausedAt: number | null,
    now: number,
    trx: Database = this.db,
  ): Promise<void> {
    const columns = { paused_at: pausedAt, updated_at: now };
    await trx('mm_profiles').where({ id: profileId }).update(columns);
  }

  async roles(profileId: number, trx: Database = this.db): Promise<ProfileRole[]> {
    const rows = await trx<RoleRow>('mm_profile_roles')
      .where({ profile_id: profileId })
      .orderByRaw(ROLE_ORDER);
    return rows.map(toRole);
  }

  /** The program's roles that wait for this reason, oldest application first. */
  async rolesWaiting(
    programId: number,
    reason: RoleStatusReason,
    trx: Database = this.db,
  ): Promise<ProfileRole[]> {
    const rows: RoleRow[] = await trx('mm_profile_roles')
      .where({ program_id: programId, status: 'pending', status_reason: reason })
      .orderBy([{ column: 'applied_at' }, { column: 'id' }]);
    return rows.map(toRole);
  }

  async roleById(id: number, trx: Database = this.db): Promise<ProfileRole | undefined> {
    const row = await trx<RoleRow>('mm_profile_roles').where({ id }).first();
    return row && toRole(row);
  }

  async addRole(
    profile: Pick<Profile, 'id' | 'programId'>,
    role: Role,
    change: RoleChange,
    now: number,
    trx: Database = this.db,
  ): Promise<ProfileRole> {
    const [id] = await trx('mm_profile_roles').insert({
      program_id: profile.programId,
      profile_id: profile.id,
      role,
      ...roleColumns(change),
      applied_at: now,
      updated_at: now,
    });
    await this.recordEvent(Number(id), profile.programId, change, now, trx);
    return (await this.roleById(Number(id), trx)) as ProfileRole;
  }

  /**
   * Changes a role's status only if it still has the status the caller saw, so that two
   * administrators (or a sign-in and an administrator) cannot both decide it. Resolves
   * whether this call made the change.
   */
  async changeRole(
    role: Pick<ProfileRole, 'id' | 'status' | 'programId'>,
    change: RoleChange,
    now: number,
    trx: Database = this.db,
  ): Promise<boolean> {
    const updated = await trx('mm_profile_roles')
      .where({ id: role.id, status: role.status })
      .update({ ...roleColumns(change), updated_at: now });
    if (Number(updated) !== 1) return false;

    await this.recordEvent(role.id, role.programId, change, now, trx);
    return true;
  }

  /**
   * Carries the program's approved roles of other sessions (or of none) over into the session,
   * where the member is still free in that role: a mentee in no partnership, a mentor with
   * room left. Roles whose partnerships fill them stay with their session. Resolves the
   * members whose roles moved.
   */
  async carryOver(
    programId: number,
    sessionId: number,
    now: number,
    trx: Database = this.db,
  ): Promise<number[]> {
    const rows: Array<{ id: number; member_id: number }> = await trx('mm_profile_roles as r')
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .leftJoin('mm_partnership_places as pl', function samePlace() {
        this.on('pl.program_id', 'r.program_id')
          .andOn('pl.member_id', 'p.member_id')
          .andOn('pl.role', 'r.role');
      })
      .where({ 'r.program_id': programId, 'r.status': 'approved' })
      .andWhere((q) => q.whereNull('r.session_id').orWhereNot('r.session_id', sessionId))
      .andWhere((q) =>
        q
          .where((mentee) =>
            mentee
              .where('r.role', 'mentee')
              .andWhereRaw('coalesce(pl.taken, 0) < ?', [MENTEE_PLACES]),
          )
          .orWhere((mentor) =>
            mentor
              .where('r.role', 'mentor')
              .andWhereRaw('coalesce(pl.taken, 0) < p.mentor_capacity'),
          ),
      )
      .select('r.id', 'p.member_id');

    // In slices, to stay within the number of parameters a statement may carry.
    for (let start = 0; start < rows.length; start += CARRY_SLICE) {
      const ids = rows.slice(start, start + CARRY_SLICE).map((row) => row.id);
      await trx('mm_profile_roles')
        .whereIn('id', ids)
        .update({ session_id: sessionId, updated_at: now });
    }
    return [...new Set(rows.map((row) => row.member_id))];
  }

  /** The role's changes of status, oldest first (administrators read them). */
  async roleHistory(roleId: number, trx: Database = this.db): Promise<RoleEvent[]> {
    const rows = await trx('mm_role_events').where({ role_id: roleId }).orderBy('id');
    return rows.map(toRoleEvent);
  }

  /** Every change of status is kept, so that administrators can see how a role got here. */
  private async recordEvent(
    roleId: number,
    programId: number,
    change: RoleChange,
    now: number,
    trx: Database,
  ) {
    await trx('mm_role_events').insert({
      program_id: programId,
      role_id: roleId,
      status: change.status,
      status_reason: change.statusReason,
      note: change.decisionNote ?? null,
      by_member_id: change.decidedByMemberId ?? null,
      created_at: now,
    });
  }

  async removeRole(roleId: number, trx: Database = this.db): Promise<void> {
    await trx('mm_role_events').where({ role_id: roleId }).delete();
    await trx('mm_profile_roles').where({ id: roleId }).delete();
  }

  /** Points profiles at the institution a duplicate was merged into. */
  async moveInstitution(fromId: number, intoId: number, trx: Database = this.db): Promise<number> {
    return trx('mm_profiles').where({ institution_id: fromId }).update({ institution_id: intoId });
  }

  /**
   * Deletes the profile with its roles and skills. They are deleted by name rather than left
   * to the cascade, because a host's own SQLite connection may not enforce foreign keys.
   */
  async delete(profileId: number, trx: Database = this.db): Promise<void> {
    const roles = trx('mm_profile_roles').where({ profile_id: profileId }).select('id');
    await trx('mm_role_events').whereIn('role_id', roles).delete();
    await trx('mm_profile_skills').where({ profile_id: profileId }).delete();
    await trx('mm_profile_roles').where({ profile_id: profileId }).delete();
    await trx('mm_profiles').where({ id: profileId }).delete();
  }
}

function roleColumns(change: RoleChange) {
  const columns: Record<string, unknown> = {
    status: change.status,
    status_reason: change.statusReason,
  };
  // Each approval starts a new wait for the first suggestion (see the oversight reports).
  if (change.status === 'approved') columns.suggested_at = null;
  // Left out when undefined, so that a change of status keeps an earlier decision's record.
  const optional = {
    decision_note: change.decisionNote,
    decided_by_member_id: change.decidedByMemberId,
    decided_at: change.decidedAt,
    session_id: change.sessionId,
  };
  for (const [column, value] of Object.entries(optional)) {
    if (value !== undefined) columns[column] = value;
  }
  return columns;
}
