/** The seed list as rows of a program's institutions table: each program gets its own copy. */
import { institutionKey } from './institution-key';
import { ontarioInstitutions } from './seed-institutions';

export function institutionSeedRows(programId: number, now: number) {
  return ontarioInstitutions().map((institution) => ({
    program_id: programId,
    seed_id: institution.id,
    name: institution.name,
    normalised_key: institutionKey(institution.name),
    aliases: JSON.stringify(institution.aliases),
    sector: institution.sector,
    created_at: now,
    updated_at: now,
  }));
}
