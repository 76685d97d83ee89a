/**
 * SQL for the administrators' list of partnerships: a page at a time, newest first, in one
 * state or all, with both partners' names, the dates of the term and, once it ended early,
 * who ended it and why (administrators read the reasons partners never see).
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { PartnershipStatus } from '../partnerships/partnership-store';

export interface PartnershipListRow {
  id: number;
  status: PartnershipStatus;
  mentorId: number;
  mentorName: string;
  menteeId: number;
  menteeName: string;
  createdAt: number;
  startsAt: number | null;
  endsAt: number | null;
  endedAt: number | null;
  endedByName: string | null;
  endReason: string | null;
  /** True when the program's administrators made the pair. */
  byProgram: boolean;
}

type Millis = number | string | null;

const ms = (value: Millis) => (value === null ? null : Number(value));

export class OversightPartnershipStore {
  constructor(private readonly db: Database) {}

  private inState(programId: number, status: PartnershipStatus | null): Knex.QueryBuilder {
    const query = this.db('mm_partnerships as p').where('p.program_id', programId);
    if (status) query.where('p.status', status);
    return query;
  }

  async count(programId: number, status: PartnershipStatus | null): Promise<number> {
    const row = await this.inState(programId, status).count({ total: '*' }).first();
    return Number(row?.total ?? 0);
  }

  /** Partnerships by state, for the counts of the list's tabs and the reports. */
  async countsByStatus(programId: number): Promise<Map<string, number>> {
    const rows = await this.inState(programId, null)
      .groupBy('p.status')
      .select('p.status')
      .count({ total: '*' });
    const counted = rows as Array<{ status: string; total: number | string }>;
    return new Map(counted.map((row) => [row.status, Number(row.total)]));
  }

  async page(
    programId: number,
    status: PartnershipStatus | null,
    offset: number,
    limit: number,
  ): Promise<PartnershipListRow[]> {
    const rows = await this.withNames(this.inState(programId, status))
      .orderBy([
        { column: 'p.created_at', order: 'desc' },
        { column: 'p.id', order: 'desc' },
      ])
      .offset(offset)
      .limit(limit);
    return rows.map(toRow);
  }

  async byId(programId: number, id: number): Promise<PartnershipListRow | undefined> {
    const row = await this.withNames(this.inState(programId, null).where('p.id', id)).first();
    return row && toRow(row);
  }

  private withNames(query: Knex.QueryBuilder): Knex.QueryBuilder {
    return query
      .join('mm_members as mentor', 'mentor.id', 'p.mentor_member_id')
      .join('mm_members as mentee', 'mentee.id', 'p.mentee_member_id')
      .leftJoin('mm_members as ender', 'ender.id', 'p.ended_by_member_id')
      .join('mm_partnership_requests as r', 'r.id', 'p.request_id')
      .select('p.id', 'p.status', 'p.mentor_member_id', 'p.mentee_member_id', 'p.created_at')
      .select('p.starts_at', 'p.ends_at', 'p.ended_at', 'p.end_reason')
      .select('mentor.given_name as mentor_given', 'mentor.surname as mentor_surname')
      .select('mentee.given_name as mentee_given', 'mentee.surname as mentee_surname')
      .select('ender.given_name as ender_given', 'ender.surname as ender_surname')
      .select('r.proposed_by_member_id');
  }
}

function toRow(row: Record<string, unknown>): PartnershipListRow {
  return {
    id: row.id as number,
    status: row.status as PartnershipStatus,
    mentorId: row.mentor_member_id as number,
    mentorName: `${row.mentor_given} ${row.mentor_surname}`,
    menteeId: row.mentee_member_id as number,
    menteeName: `${row.mentee_given} ${row.mentee_surname}`,
    createdAt: Number(row.created_at),
    startsAt: ms(row.starts_at as Millis),
    endsAt: ms(row.ends_at as Millis),
    endedAt: ms(row.ended_at as Millis),
    endedByName: row.ender_given ? `${row.ender_given} ${row.ender_surname}` : null,
    endReason: (row.end_reason as string | null) ?? null,
    byProgram: row.proposed_by_member_id !== null && row.proposed_by_member_id !== undefined,
  };
}
