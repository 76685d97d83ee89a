/**
 * Reads, adds and changes programs; the default program is the one created by the first
 * migration.
 *
 * Every request reads the whole list (request-context.ts), so each instance keeps the list it
 * read for PROGRAM_LIST_TTL_MS. A change made through this store is seen by this instance's
 * next request (the list is dropped once the change commits); another instance sees it within
 * PROGRAM_LIST_TTL_MS. A list read while a change was committing is never kept.
 */
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

/** How long an instance serves the programs list it read before reading it again. */
export const PROGRAM_LIST_TTL_MS = 2_000;

/** What the settings page changes on a program. */
export type ProgramDetails = Pick<
  Program,
  'name' | 'programContactEmail' | 'supportContactEmail' | 'adminRole'
>;

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
  private list?: { programs: readonly Program[]; readAt: number };

  /** Moved by every change, so that a read that overlapped one is not kept. */
  private generation = 0;

  /** `now` is the plugin's clock: tests move it past the list's lifetime. */
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async bySlug(slug: string): Promise<Program | undefined> {
    const row = await this.db<ProgramRow>('mm_programs').where({ slug }).first();
    return row && toProgram(row);
  }

  async byId(id: number, trx: Knex = this.db): Promise<Program | undefined> {
    const row = await trx<ProgramRow>('mm_programs').where({ id }).first();
    return row && toProgram(row);
  }

  /** Every program, oldest (the default) first; shared and frozen, so never changed. */
  async all(): Promise<readonly Program[]> {
    const age = this.now() - (this.list?.readAt ?? NaN);
    if (this.list && age >= 0 && age < PROGRAM_LIST_TTL_MS) return this.list.programs;

    const generation = this.generation;
    const readAt = this.now();
    const rows: ProgramRow[] = await this.db('mm_programs').orderBy('id');
    const programs = Object.freeze(rows.map((row) => Object.freeze(toProgram(row))));
    if (generation === this.generation) this.list = { programs, readAt };
    return programs;
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
    this.changedIn(trx);
    return Number(id);
  }

  async updateDetails(trx: Knex, programId: number, details: ProgramDetails): Promise<void> {
    await trx('mm_programs').where({ id: programId }).update({
      name: details.name,
      program_contact_email: details.programContactEmail,
      support_contact_email: details.supportContactEmail,
      admin_role: details.adminRole,
    });
    this.changedIn(trx);
  }

  /**
   * Drops the list now, and again once the outermost transaction ends: until then other
   * requests still read the old rows, and a list read meanwhile must not outlive the change.
   */
  private changedIn(trx: Knex): void {
    const forget = () => {
      this.generation += 1;
      this.list = undefined;
    };
    forget();
    let outer = trx.isTransaction ? (trx as Knex.Transaction) : undefined;
    while (outer?.parentTransaction) outer = outer.parentTransaction;
    outer?.executionPromise.then(forget, forget);
  }
}

/** The program's copy of the seed list, so that merges stay within the program. */
async function seedInstitutions(trx: Knex, programId: number, now: number): Promise<void> {
  const rows = institutionSeedRows(programId, now);
  for (let i = 0; i < rows.length; i += 50) {
    await trx('mm_institutions').insert(rows.slice(i, i + 50));
  }
}
