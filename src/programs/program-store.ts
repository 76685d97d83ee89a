/** Reads programs; the default program is the one created by the first migration. */
import type { Database } from '../db/database';

export interface Program {
  id: number;
  slug: string;
  name: string;
  programContactEmail: string;
  supportContactEmail: string;
}

export const DEFAULT_PROGRAM_SLUG = 'ola';

interface ProgramRow {
  id: number;
  slug: string;
  name: string;
  program_contact_email: string;
  support_contact_email: string;
}

function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    programContactEmail: row.program_contact_email,
    supportContactEmail: row.support_contact_email,
  };
}

export class ProgramStore {
  constructor(private readonly db: Database) {}

  async bySlug(slug: string): Promise<Program | undefined> {
    const row = await this.db<ProgramRow>('mm_programs').where({ slug }).first();
    return row && toProgram(row);
  }

  async byId(id: number): Promise<Program | undefined> {
    const row = await this.db<ProgramRow>('mm_programs').where({ id }).first();
    return row && toProgram(row);
  }
}
