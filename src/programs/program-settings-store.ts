/**
 * SQL for a program's settings: its JSON document in mm_program_settings, and the name,
 * contact addresses and administrator role on mm_programs (written through ProgramStore,
 * which keeps the programs list every request reads).
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { ProgramDetails, ProgramStore } from './program-store';

export type { ProgramDetails };

export class ProgramSettingsStore {
  constructor(
    private readonly db: Database,
    private readonly programs: ProgramStore,
  ) {}

  /** The stored document, or an empty one; never throws on a document that is not JSON. */
  async document(programId: number, trx: Knex = this.db): Promise<Record<string, unknown>> {
    const row = await trx('mm_program_settings').where({ program_id: programId }).first('settings');
    if (!row) return {};
    try {
      const parsed: unknown = JSON.parse(row.settings as string);
      const isObject = typeof parsed === 'object' && parsed !== null;
      return isObject ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  /** Writes the whole document; the first write for a program inserts its row. */
  async saveDocument(
    trx: Knex,
    programId: number,
    document: Record<string, unknown>,
    change: { memberId: number; now: number },
  ): Promise<void> {
    const columns = {
      settings: JSON.stringify(document),
      updated_by_member_id: change.memberId,
      updated_at: change.now,
    };
    const updated = await trx('mm_program_settings')
      .where({ program_id: programId })
      .update(columns);
    if (Number(updated) > 0) return;
    try {
      await trx('mm_program_settings').insert({ program_id: programId, ...columns });
    } catch (err) {
      // Another administrator's first save landed a moment earlier: ours replaces it.
      if (!isUniqueViolation(err)) throw err;
      await trx('mm_program_settings').where({ program_id: programId }).update(columns);
    }
  }

  updateDetails(trx: Knex, programId: number, details: ProgramDetails): Promise<void> {
    return this.programs.updateDetails(trx, programId, details);
  }
}
