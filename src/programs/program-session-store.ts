/** SQL for a program's sessions. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { ProgramSession, SessionInput } from './program-session-rules';

interface SessionRow {
  id: number;
  program_id: number;
  name: string;
  registration_opens_at: number | string;
  registration_closes_at: number | string;
  starts_at: number | string;
  term_months: number;
}

function toSession(row: SessionRow): ProgramSession {
  return {
    id: row.id,
    programId: row.program_id,
    name: row.name,
    registrationOpensAt: Number(row.registration_opens_at),
    registrationClosesAt: Number(row.registration_closes_at),
    startsAt: Number(row.starts_at),
    termMonths: Number(row.term_months),
  };
}

function columns(input: SessionInput) {
  return {
    name: input.name,
    registration_opens_at: input.registrationOpensAt,
    registration_closes_at: input.registrationClosesAt,
    starts_at: input.startsAt,
    term_months: input.termMonths,
  };
}

export class ProgramSessionStore {
  constructor(private readonly db: Database) {}

  /** The program's sessions, latest registration first. */
  async all(programId: number, trx: Knex = this.db): Promise<ProgramSession[]> {
    const rows: SessionRow[] = await trx('mm_program_sessions')
      .where({ program_id: programId })
      .orderBy([
        { column: 'registration_opens_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(toSession);
  }

  async byId(programId: number, id: number, trx: Knex = this.db) {
    const row = await trx<SessionRow>('mm_program_sessions')
      .where({ program_id: programId, id })
      .first();
    return row ? toSession(row) : undefined;
  }

  /** The session the member's role belongs to; undefined outside sessions. */
  async ofRole(
    programId: number,
    memberId: number,
    role: 'mentor' | 'mentee',
    trx: Knex = this.db,
  ): Promise<ProgramSession | undefined> {
    const row: SessionRow | undefined = await trx('mm_profile_roles as r')
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .join('mm_program_sessions as s', 's.id', 'r.session_id')
      .where({ 'p.program_id': programId, 'p.member_id': memberId, 'r.role': role })
      .first('s.*');
    return row ? toSession(row) : undefined;
  }

  async create(trx: Knex, programId: number, input: SessionInput, now: number): Promise<number> {
    const [id] = await trx('mm_program_sessions').insert({
      program_id: programId,
      ...columns(input),
      created_at: now,
      updated_at: now,
    });
    return Number(id);
  }

  async update(trx: Knex, id: number, input: SessionInput, now: number): Promise<void> {
    await trx('mm_program_sessions')
      .where({ id })
      .update({ ...columns(input), updated_at: now });
  }
}
