/** Reads and adds programs; the default program is the one created by the first migration. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { institutionSeedRows } from '../members/institutions';

export interface Program {
  id: number;
  slug: string;
  name: string;
  programContactEmail: string;
  supportContactEmail: string;
  /** The host role whose holders administer this program alone; null for none. */
  adminRole: string | null;
}

export const DEFAULT_PROGRAM_SLUG = 'ola';

interface ProgramRow {
  id: number;
  slug: string;
  name: string;
  program_contact_email: string;
  support_contact_email: string;
  admin_role: string | null;
}

function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    programContactEmail: row.program_contact_email,
    supportContactEmail: row.support_contact_email,
    adminRole: row.admin_role,
  };
}

export class ProgramStore {
  constructor(private readonly db: Database) {}

  async bySlug(slug: string): Promise<Program | undefined> {
    const row = await this.db<ProgramRow>('mm_programs').where({ slug }).first();
    return row && toProgram(row);
  }

  async byId(id: number, trx: Knex = this.db): Promise<Program | undefined> {
    const row = await trx<ProgramRow>('mm_programs').where({ id }).first();
    return row && toProgram(row);
  }

  /** Every program, oldest (the default) first. */
  async all(): Promise<Program[]> {
    const rows: ProgramRow[] = await this.db('mm_programs').orderBy('id');
    return rows.map(toProgram);
  }

  /**
   * Adds a program with its own copy of the institution list, as the default program got
   * from its migration; resolves its id. A slug already taken is a unique violation.
   */
  async create(trx: Knex, program: Omit<Program, 'id'>, now: number): Promise<number> {
    const [id] = await trx('mm_programs').insert({
      slug: program.slug,
      name: program.name,
      program_contact_email: program.programContactEmail,
      support_contact_email: program.supportContactEmail,
      admin_role: program.adminRole,
      created_at: now,
    });
    await seedInstitutions(trx, Number(id), now);
    return Number(id);
  }
}

/** The program's copy of the seed list, so that merges stay within the program. */
async function seedInstitutions(trx: Knex, programId: number, now: number): Promise<void> {
  const rows = institutionSeedRows(programId, now);
  for (let i = 0; i < rows.length; i += 50) {
    await trx('mm_institutions').insert(rows.slice(i, i + 50));
  }
}

