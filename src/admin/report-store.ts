/**
 * SQL for the program's reports and exports: counts by state, the approved mentors' open
 * places and the mentees waiting, the waits from approval to first suggestion and from
 * request to signed agreement, and the rows of the participant and partnership exports.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { DemandRow, SupplyRow } from './report-figures';

export interface StateCount {
  group: string;
  state: string;
  count: number;
}

export interface ParticipantExportRow {
  memberId: number;
  givenName: string;
  surname: string;
  hostEmail: string;
  contactEmail: string;
  contactPhone: string | null;
  focus: string;
  placeId: string | null;
  outsideOntario: boolean;
  yearsExperience: number;
  institution: string | null;
  mentorCapacity: number;
  paused: boolean;
  mentorStatus: string | null;
  menteeStatus: string | null;
}

export interface PartnershipExportRow {
  id: number;
  status: string;
  mentorId: number;
  mentorName: string;
  mentorContact: { email: string | null; phone: string | null };
  menteeId: number;
  menteeName: string;
  menteeContact: { email: string | null; phone: string | null };
  byProgram: boolean;
  requestedAt: number;
  createdAt: number;
  startsAt: number | null;
  endsAt: number | null;
  endedAt: number | null;
  endReason: string | null;
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

function contact(email: unknown, phone: unknown) {
  return { email: (email as string | null) ?? null, phone: (phone as string | null) ?? null };
}

export class ReportStore {
  constructor(private readonly db: Database) {}

  private async countBy(table: string, programId: number, columns: string[]) {
    const rows = await this.db(table)
      .where({ program_id: programId })
      .groupBy(columns)
      .select(columns)
      .count({ total: '*' });
    return rows as Array<Record<string, string | number>>;
  }

  /** Roles by role and status, profiles paused, partnerships and requests by status. */
  async stateCounts(programId: number): Promise<StateCount[]> {
    const roles = await this.countBy('mm_profile_roles', programId, ['role', 'status']);
    const partnerships = await this.countBy('mm_partnerships', programId, ['status']);
    const requests = await this.countBy('mm_partnership_requests', programId, ['status']);
    const paused = await this.db('mm_profiles')
      .where({ program_id: programId })
      .whereNotNull('paused_at')
      .count({ total: '*' })
      .first();

    const counted = (group: (row: Record<string, string | number>) => string) =>
      (row: Record<string, string | number>) => ({
        group: group(row),
        state: String(row.status),
        count: Number(row.total),
      });
    return [
      ...roles.map(counted((row) => `role.${row.role}`)),
      { group: 'profile', state: 'paused', count: Number(paused?.total ?? 0) },
      ...partnerships.map(counted(() => 'partnership')),
      ...requests.map(counted(() => 'request')),
    ];
  }

  private approvedRole(programId: number, role: 'mentor' | 'mentee'): Knex.QueryBuilder {
    return this.db('mm_profiles as p')
      .join('mm_profile_roles as r', 'r.profile_id', 'p.id')
      .leftJoin('mm_partnership_places as pl', function samePlaceRow() {
        this.on('pl.member_id', 'p.member_id')
          .andOn('pl.program_id', 'p.program_id')
          .andOn('pl.role', 'r.role');
      })
      .where({ 'p.program_id': programId, 'r.role': role, 'r.status': 'approved' })
      .whereNull('p.paused_at');
  }

  /** Approved mentors who are not paused, with the places they have left. */
  async supply(programId: number): Promise<SupplyRow[]> {
    const rows = await this.approvedRole(programId, 'mentor').select(
      'p.focus',
      'p.place_id',
      'p.mentor_capacity',
      'pl.taken',
    );
    return rows.map((row: Record<string, unknown>) => ({
      focus: row.focus as string,
      placeId: row.place_id as string | null,
      openSlots: Math.max(0, Number(row.mentor_capacity) - Number(row.taken ?? 0)),
    }));
  }

  /** Approved mentees who are not paused and not in a partnership: they wait for a mentor. */
  async demand(programId: number): Promise<DemandRow[]> {
    const rows = await this.approvedRole(programId, 'mentee')
      .where((none) => none.whereNull('pl.taken').orWhere('pl.taken', 0))
      .select('p.focus', 'p.place_id');
    return rows.map((row: Record<string, unknown>) => ({
      focus: row.focus as string,
      placeId: row.place_id as string | null,
    }));
  }

  /** Milliseconds from each role's approval to its first suggestion since. */
  async approvalToSuggestion(programId: number): Promise<number[]> {
    const rows = await this.db('mm_profile_roles')
      .where({ program_id: programId })
      .whereNotNull('decided_at')
      .whereNotNull('suggested_at')
      .select('decided_at', 'suggested_at');
    return rows
      .map((row: Record<string, unknown>) => Number(row.suggested_at) - Number(row.decided_at))
      .filter((wait: number) => wait >= 0);
  }

  /**
   * Milliseconds from each request to its agreement's second signature (not the start of the
   * term, which in a session may come later).
   */
  async requestToAgreement(programId: number): Promise<number[]> {
    const rows = await this.db('mm_partnerships as p')
      .join('mm_partnership_requests as r', 'r.id', 'p.request_id')
      .join('mm_agreement_signatures as s', 's.partnership_id', 'p.id')
      .where('p.program_id', programId)
      .whereNotNull('p.starts_at')
      .groupBy('p.id', 'r.created_at')
      .select('r.created_at')
      .max({ signed_at: 's.signed_at' });
    const waits = rows as Array<{ created_at: number | string; signed_at: number | string }>;
    return waits.map((row) => Number(row.signed_at) - Number(row.created_at));
  }

  /** Every profile in the program with its member, institution and role states. */
  async participantsForExport(programId: number): Promise<ParticipantExportRow[]> {
    const rows = await this.db('mm_profiles as p')
      .join('mm_members as m', 'm.id', 'p.member_id')
      .leftJoin('mm_institutions as i', 'i.id', 'p.institution_id')
      .where('p.program_id', programId)
      .orderBy([{ column: 'm.surname' }, { column: 'm.given_name' }, { column: 'm.id' }])
      .select('p.id as profile_id', 'm.id as member_id', 'm.given_name', 'm.surname', 'm.email')
      .select('p.contact_email', 'p.contact_phone', 'p.focus', 'p.place_id', 'p.outside_ontario')
      .select('p.years_experience', 'p.mentor_capacity', 'p.paused_at', 'i.name as institution');
    const roles = await this.db('mm_profile_roles')
      .where({ program_id: programId })
      .select('profile_id', 'role', 'status');
    const statusOf = new Map(roles.map((r) => [`${r.profile_id}:${r.role}`, r.status as string]));

    return rows.map((row: Record<string, unknown>) => ({
      memberId: row.member_id as number,
      givenName: row.given_name as string,
      surname: row.surname as string,
      hostEmail: row.email as string,
      contactEmail: row.contact_email as string,
      contactPhone: row.contact_phone as string | null,
      focus: row.focus as string,
      placeId: row.place_id as string | null,
      outsideOntario: Boolean(row.outside_ontario),
      yearsExperience: Number(row.years_experience),
      institution: row.institution as string | null,
      mentorCapacity: Number(row.mentor_capacity),
      paused: row.paused_at !== null,
      mentorStatus: statusOf.get(`${row.profile_id}:mentor`) ?? null,
      menteeStatus: statusOf.get(`${row.profile_id}:mentee`) ?? null,
    }));
  }

  /** Every partnership in the program, oldest first, with both partners. */
  async partnershipsForExport(programId: number): Promise<PartnershipExportRow[]> {
    const rows = await this.db('mm_partnerships as p')
      .join('mm_partnership_requests as r', 'r.id', 'p.request_id')
      .join('mm_members as mentor', 'mentor.id', 'p.mentor_member_id')
      .join('mm_members as mentee', 'mentee.id', 'p.mentee_member_id')
      .leftJoin('mm_profiles as mp', function mentorProfile() {
        this.on('mp.member_id', 'p.mentor_member_id').andOn('mp.program_id', 'p.program_id');
      })
      .leftJoin('mm_profiles as ep', function menteeProfile() {
        this.on('ep.member_id', 'p.mentee_member_id').andOn('ep.program_id', 'p.program_id');
      })
      .where('p.program_id', programId)
      .orderBy('p.id')
      .select('p.id', 'p.status', 'p.mentor_member_id', 'p.mentee_member_id', 'p.created_at')
      .select('p.starts_at', 'p.ends_at', 'p.ended_at', 'p.end_reason', 'r.created_at as asked')
      .select('r.proposed_by_member_id', 'mp.contact_email as mentor_email')
      .select('mp.contact_phone as mentor_phone', 'ep.contact_email as mentee_email')
      .select('ep.contact_phone as mentee_phone')
      .select('mentor.given_name as mentor_given', 'mentor.surname as mentor_surname')
      .select('mentee.given_name as mentee_given', 'mentee.surname as mentee_surname');

    return rows.map((row: Record<string, unknown>) => ({
      id: row.id as number,
      status: row.status as string,
      mentorId: row.mentor_member_id as number,
      mentorName: `${row.mentor_given} ${row.mentor_surname}`,
      mentorContact: contact(row.mentor_email, row.mentor_phone),
      menteeId: row.mentee_member_id as number,
      menteeName: `${row.mentee_given} ${row.mentee_surname}`,
      menteeContact: contact(row.mentee_email, row.mentee_phone),
      byProgram: row.proposed_by_member_id !== null,
      requestedAt: Number(row.asked),
      createdAt: Number(row.created_at),
      startsAt: num(row.starts_at),
      endsAt: num(row.ends_at),
      endedAt: num(row.ended_at),
      endReason: row.end_reason as string | null,
    }));
  }
}
