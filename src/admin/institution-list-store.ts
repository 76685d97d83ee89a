/**
 * SQL for the administrators' list of institutions: the program's institutions still in use
 * (merged duplicates are shown under the one they were merged into), searched word by word in
 * their names, with how many members' profiles name each. Values reach SQL only as bindings.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { whereWordsIn } from './oversight-filters';

export interface InstitutionListRow {
  id: number;
  name: string;
  /** The seed list's other names, then the names of duplicates merged into it. */
  otherNames: string[];
  members: number;
}

interface StoredRow {
  id: number;
  name: string;
  aliases: string;
  members: number | string;
}

export class InstitutionListStore {
  constructor(private readonly db: Database) {}

  private matching(programId: number, search: string) {
    const found = this.db('mm_institutions as i')
      .where('i.program_id', programId)
      .whereNull('i.merged_into_id');
    return whereWordsIn(found, search, ['i.name', 'i.aliases']);
  }

  async count(programId: number, search: string): Promise<number> {
    const row = await this.matching(programId, search).count({ total: '*' }).first();
    return Number(row?.total ?? 0);
  }

  async page(
    programId: number,
    search: string,
    offset: number,
    limit: number,
  ): Promise<InstitutionListRow[]> {
    const found = this.matching(programId, search)
      .orderBy([{ column: 'i.name' }, { column: 'i.id' }])
      .offset(offset)
      .limit(limit);
    return this.rowsOf(await this.withMembers(found));
  }

  /** One institution still in use, as the list shows it; undefined if merged or unknown. */
  async one(programId: number, id: number): Promise<InstitutionListRow | undefined> {
    const found = this.matching(programId, '').where('i.id', id).limit(1);
    const rows = await this.rowsOf(await this.withMembers(found));
    return rows[0];
  }

  /** How many members' profiles name the institution. */
  async memberCount(institutionId: number, trx: Database = this.db): Promise<number> {
    const row = await trx('mm_profiles')
      .where({ institution_id: institutionId })
      .count({ total: '*' })
      .first();
    return Number(row?.total ?? 0);
  }

  private withMembers(found: Knex.QueryBuilder): Promise<StoredRow[]> {
    const members = this.db('mm_profiles as p')
      .where('p.institution_id', this.db.ref('i.id'))
      .count('*')
      .as('members');
    return found.select('i.id', 'i.name', 'i.aliases', members);
  }

  private async rowsOf(rows: StoredRow[]): Promise<InstitutionListRow[]> {
    const merged = await this.mergedNames(rows.map((row) => row.id));

    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      otherNames: [...(JSON.parse(row.aliases) as string[]), ...(merged.get(row.id) ?? [])],
      members: Number(row.members),
    }));
  }

  private async mergedNames(ids: number[]): Promise<Map<number, string[]>> {
    const byKept = new Map<number, string[]>();
    if (ids.length === 0) return byKept;

    const rows = await this.db('mm_institutions')
      .whereIn('merged_into_id', ids)
      .orderBy('name')
      .select('merged_into_id', 'name');
    for (const row of rows) {
      byKept.set(row.merged_into_id, [...(byKept.get(row.merged_into_id) ?? []), row.name]);
    }
    return byKept;
  }
}
