/** SQL for the administrators' queue: roles that wait for a decision, oldest application first. */
import type { Database } from '../db/database';

export interface WaitingRole {
  roleId: number;
  role: string;
  statusReason: string | null;
  appliedAt: number;
  memberName: string;
  membershipStatus: string | null;
  memberType: string | null;
  yearsExperience: number;
  focus: string;
  institutionName: string | null;
}

interface WaitingRow {
  role_id: number;
  role: string;
  status_reason: string | null;
  applied_at: number | string;
  given_name: string;
  surname: string;
  membership_status: string | null;
  member_type: string | null;
  years_experience: number;
  focus: string;
  institution_name: string | null;
}

export class ApprovalQueueStore {
  constructor(private readonly db: Database) {}

  private pending(programId: number) {
    return this.db('mm_profile_roles as r').where({
      'r.program_id': programId,
      'r.status': 'pending',
    });
  }

  async countWaiting(programId: number): Promise<number> {
    const counted = await this.pending(programId).count({ total: '*' }).first();
    return Number(counted?.total ?? 0);
  }

  async waiting(programId: number, offset: number, limit: number): Promise<WaitingRole[]> {
    const rows: WaitingRow[] = await this.pending(programId)
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .join('mm_members as m', 'm.id', 'p.member_id')
      .leftJoin('mm_institutions as i', 'i.id', 'p.institution_id')
      .orderBy([{ column: 'r.applied_at' }, { column: 'r.id' }])
      .offset(offset)
      .limit(limit)
      .select(
        'r.id as role_id',
        'r.role',
        'r.status_reason',
        'r.applied_at',
        'm.given_name',
        'm.surname',
        'm.membership_status',
        'm.member_type',
        'p.years_experience',
        'p.focus',
        'i.name as institution_name',
      );
    return rows.map(toWaitingRole);
  }
}

function toWaitingRole(row: WaitingRow): WaitingRole {
  return {
    roleId: row.role_id,
    role: row.role,
    statusReason: row.status_reason,
    appliedAt: Number(row.applied_at),
    memberName: `${row.given_name} ${row.surname}`,
    membershipStatus: row.membership_status,
    memberType: row.member_type,
    yearsExperience: row.years_experience,
    focus: row.focus,
    institutionName: row.institution_name,
  };
}
