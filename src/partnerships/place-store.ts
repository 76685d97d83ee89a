/**
 * SQL for the places members take in partnerships: one counter per member and role. A place
 * is taken by a single conditional UPDATE that adds one only while the counter is below the
 * member's capacity, and the caller checks that it changed a row. Two accepts at the same
 * moment cannot both pass: the database serialises the two UPDATEs on the row, and the second
 * sees the first one's count. No read-then-write decides it.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Role } from '../members/profile-options';
import { MENTEE_PLACES } from './pair-rules';

export class PlaceStore {
  constructor(private readonly db: Database) {}

  /**
   * Makes sure the member's counter exists. Run outside the transaction that takes the place,
   * so that the insert's own locks cannot meet another accept's in a deadlock.
   */
  async ensure(programId: number, memberId: number, role: Role, now: number, trx: Knex = this.db) {
    const key = { program_id: programId, member_id: memberId, role };
    if (await trx('mm_partnership_places').where(key).first('id')) return;

    await trx('mm_partnership_places')
      .insert({ ...key, taken: 0, updated_at: now })
      .onConflict(['program_id', 'member_id', 'role'])
      .ignore();
  }

  async taken(programId: number, memberId: number, role: Role, trx: Knex = this.db) {
    const row = await trx('mm_partnership_places')
      .where({ program_id: programId, member_id: memberId, role })
      .first('taken');
    return row ? Number(row.taken) : 0;
  }

  /** Takes one of the mentor's places, up to the capacity in their profile; false if full. */
  async takeMentorPlace(trx: Knex, programId: number, memberId: number, now: number) {
    const capacity = trx('mm_profiles')
      .where({ program_id: programId, member_id: memberId })
      .select('mentor_capacity');
    return this.take(trx, programId, memberId, 'mentor', capacity, now);
  }

  /** Takes the mentee's place; false while they are in another partnership. */
  async takeMenteePlace(trx: Knex, programId: number, memberId: number, now: number) {
    return this.take(trx, programId, memberId, 'mentee', MENTEE_PLACES, now);
  }

  private async take(
    trx: Knex,
    programId: number,
    memberId: number,
    role: Role,
    capacity: number | Knex.QueryBuilder,
    now: number,
  ): Promise<boolean> {
    const query = trx('mm_partnership_places').where({
      program_id: programId,
      member_id: memberId,
      role,
    });
    if (typeof capacity === 'number') query.where('taken', '<', capacity);
    else query.where('taken', '<', capacity);

    const changed = await query.update({ taken: trx.raw('?? + 1', ['taken']), updated_at: now });
    return Number(changed) === 1;
  }

  /** The member's counters in one program, for their export. */
  async ofMember(programId: number, memberId: number, trx: Knex = this.db) {
    const rows: Array<{ role: Role; taken: number; updated_at: number | string }> = await trx(
      'mm_partnership_places',
    )
      .where({ program_id: programId, member_id: memberId })
      .orderBy('role')
      .select('role', 'taken', 'updated_at');
    return rows.map((row) => ({
      role: row.role,
      taken: Number(row.taken),
      updatedAt: Number(row.updated_at),
    }));
  }

  async deleteOfMember(trx: Knex, memberId: number): Promise<void> {
    await trx('mm_partnership_places').where({ member_id: memberId }).delete();
  }

  /** Gives a place back when a partnership ends. */
  async release(trx: Knex, programId: number, memberId: number, role: Role, now: number) {
    await trx('mm_partnership_places')
      .where({ program_id: programId, member_id: memberId, role })
      .where('taken', '>', 0)
      .update({ taken: trx.raw('?? - 1', ['taken']), updated_at: now });
  }
}
