/** SQL for a program's institutions: the seeded ones, those members added, and merges. */
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { institutionKey } from './institutions';

export interface Institution {
  id: number;
  programId: number;
  name: string;
  normalisedKey: string;
  aliases: string[];
  sector: string | null;
  addedByMemberId: number | null;
  mergedIntoId: number | null;
}

interface InstitutionRow {
  id: number;
  program_id: number;
  name: string;
  normalised_key: string;
  aliases: string;
  sector: string | null;
  added_by_member_id: number | null;
  merged_into_id: number | null;
}

function toInstitution(row: InstitutionRow): Institution {
  return {
    id: row.id,
    programId: row.program_id,
    name: row.name,
    normalisedKey: row.normalised_key,
    aliases: JSON.parse(row.aliases) as string[],
    sector: row.sector,
    addedByMemberId: row.added_by_member_id,
    mergedIntoId: row.merged_into_id,
  };
}

// A chain of merges longer than this is a loop someone wrote by hand; stop rather than spin.
const MAX_MERGE_HOPS = 20;

export class InstitutionStore {
  constructor(private readonly db: Database) {}

  /** Every institution of the program, merged duplicates included, by name. */
  async all(programId: number, trx: Database = this.db): Promise<Institution[]> {
    const rows = await trx<InstitutionRow>('mm_institutions')
      .where({ program_id: programId })
      .orderBy('name');
    return rows.map(toInstitution);
  }

  async byId(id: number, trx: Database = this.db): Promise<Institution | undefined> {
    const row = await trx<InstitutionRow>('mm_institutions').where({ id }).first();
    return row && toInstitution(row);
  }

  /** The institution a merged duplicate now stands for (itself when never merged). */
  async canonical(id: number, trx: Database = this.db): Promise<Institution | undefined> {
    let current = await this.byId(id, trx);
    for (let hop = 0; current?.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) {
      current = await this.byId(current.mergedIntoId, trx);
    }
    return current;
  }

  /**
   * Adds an institution a member typed; if another request added the same one a moment
   * earlier, the unique key makes this one return that row instead.
   */
  async add(
    programId: number,
    name: string,
    memberId: number,
    now: number,
    trx: Database = this.db,
  ): Promise<Institution> {
    const key = institutionKey(name);
    const row = {
      program_id: programId,
      name,
      normalised_key: key,
      aliases: '[]',
      added_by_member_id: memberId,
      created_at: now,
      updated_at: now,
    };
    try {
      const [id] = await trx('mm_institutions').insert(row);
      return (await this.byId(Number(id), trx)) as Institution;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const existing = await trx<InstitutionRow>('mm_institutions')
        .where({ program_id: programId, normalised_key: key })
        .first();
      return toInstitution(existing as InstitutionRow);
    }
  }

  /** Makes `fromId` a duplicate of `intoId`, with the duplicates merged into it before. */
  async merge(fromId: number, intoId: number, now: number, trx: Database = this.db) {
    await trx('mm_institutions').where({ merged_into_id: fromId }).update({
      merged_into_id: intoId,
      updated_at: now,
    });
    await trx('mm_institutions').where({ id: fromId }).update({
      merged_into_id: intoId,
      updated_at: now,
    });
  }

  /** Institutions a member added, for the export of their data. */
  async addedBy(memberId: number, trx: Database = this.db): Promise<Institution[]> {
    const rows = await trx<InstitutionRow>('mm_institutions').where({
      added_by_member_id: memberId,
    });
    return rows.map(toInstitution);
  }
}
