/**
 * SQL for the administrators' participant search: members with a profile in the program,
 * matched word by word against names and addresses, filtered by role, state, focus and the
 * places of a region. Every value reaches the database as a binding, never as SQL text.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Focus, Role } from '../members/profile-options';
import type { RoleStatus } from '../members/profile-store';
import { whereWordsIn, type ParticipantFilter } from './oversight-filters';

export interface ParticipantRow {
  memberId: number;
  name: string;
  email: string;
  contactEmail: string;
  focus: Focus;
  placeId: string | null;
  paused: boolean;
  roles: Array<{ role: Role; status: RoleStatus }>;
}

/** The filter with the region turned into the place ids it covers (null: any place). */
export interface ParticipantQuery extends ParticipantFilter {
  regionPlaceIds: string[] | null;
  /** Only members whose role (of `role`, in `state`) belongs to this session. */
  sessionId?: number;
}

const SEARCHED_COLUMNS = ['m.given_name', 'm.surname', 'm.email', 'p.contact_email'];

export class ParticipantStore {
  constructor(private readonly db: Database) {}

  private matching(programId: number, query: ParticipantQuery): Knex.QueryBuilder {
    const found = this.db('mm_profiles as p')
      .join('mm_members as m', 'm.id', 'p.member_id')
      .where('p.program_id', programId);
    whereWordsIn(found, query.search, SEARCHED_COLUMNS);
    if (query.focus) found.where('p.focus', query.focus);
    if (query.regionPlaceIds) found.whereIn('p.place_id', query.regionPlaceIds);
    return this.withRoleAndState(found, query);
  }

  private withRoleAndState(found: Knex.QueryBuilder, query: ParticipantQuery) {
    if (query.state === 'paused') found.whereNotNull('p.paused_at');
    const status = query.state === 'paused' ? null : query.state;
    const sessionId = query.sessionId;
    if (!query.role && !status && sessionId === undefined) return found;

    const db = this.db;
    return found.whereExists(function roleHeld() {
      this.select(db.raw('1')).from('mm_profile_roles as r').where('r.profile_id', db.ref('p.id'));
      if (query.role) this.where('r.role', query.role);
      if (status) this.where('r.status', status);
      if (sessionId !== undefined) this.where('r.session_id', sessionId);
    });
  }

  async count(programId: number, query: ParticipantQuery): Promise<number> {
    const row = await this.matching(programId, query).count({ total: '*' }).first();
    return Number(row?.total ?? 0);
  }

  async page(
    programId: number,
    query: ParticipantQuery,
    offset: number,
    limit: number,
  ): Promise<ParticipantRow[]> {
    const rows = await this.matching(programId, query)
      .orderBy([{ column: 'm.surname' }, { column: 'm.given_name' }, { column: 'm.id' }])
      .offset(offset)
      .limit(limit)
      .select('p.id as profile_id', 'm.id as member_id', 'm.given_name', 'm.surname', 'm.email')
      .select('p.contact_email', 'p.focus', 'p.place_id', 'p.paused_at');
    const roles = await this.rolesOf(rows.map((row: { profile_id: number }) => row.profile_id));

    return rows.map((row: Record<string, unknown>) => ({
      memberId: row.member_id as number,
      name: `${row.given_name} ${row.surname}`,
      email: row.email as string,
      contactEmail: row.contact_email as string,
      focus: row.focus as Focus,
      placeId: row.place_id as string | null,
      paused: row.paused_at !== null,
      roles: roles.get(row.profile_id as number) ?? [],
    }));
  }

  private async rolesOf(profileIds: number[]) {
    const byProfile = new Map<number, Array<{ role: Role; status: RoleStatus }>>();
    if (profileIds.length === 0) return byProfile;

    const rows = await this.db('mm_profile_roles')
      .whereIn('profile_id', profileIds)
      .orderBy([{ column: 'profile_id' }, { column: 'role', order: 'desc' }])
      .select('profile_id', 'role', 'status');
    for (const row of rows) {
      const held = byProfile.get(row.profile_id) ?? [];
      byProfile.set(row.profile_id, [...held, { role: row.role, status: row.status }]);
    }
    return byProfile;
  }

  /** Full names by member id, for the pages that list other members. */
  async names(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db('mm_members')
      .whereIn('id', unique)
      .select('id', 'given_name', 'surname');
    return new Map(rows.map((row) => [row.id as number, `${row.given_name} ${row.surname}`]));
  }
}
