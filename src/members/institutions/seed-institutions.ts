/**
 * The institutions a program starts with: Ontario's universities, its colleges of applied arts
 * and technology, its larger public library systems and a few school boards, with the short
 * forms and former names their staff use. Members add what is missing; administrators merge.
 */
import data from './ontario-institutions.json';
import type { KnownInstitution } from './same-institution';

/** The library sector an institution belongs to, in the profile's professional focus terms. */
export type InstitutionSector = 'university' | 'college' | 'public' | 'school';

const SECTORS: readonly string[] = ['university', 'college', 'public', 'school'];

export interface SeedInstitution extends KnownInstitution {
  /** Stable, so that a program's copy of the seed can be updated in place. */
  id: string;
  sector: InstitutionSector;
  aliases: string[];
}

/** The seed list, checked entry by entry so that a bad edit fails loudly. */
export function ontarioInstitutions(): SeedInstitution[] {
  return (data as unknown[]).map(toSeedInstitution);
}

function toSeedInstitution(entry: unknown, index: number): SeedInstitution {
  const value = entry as Partial<Record<keyof SeedInstitution, unknown>>;
  const valid =
    typeof value.id === 'string' &&
    /^[a-z0-9-]+$/.test(value.id) &&
    typeof value.name === 'string' &&
    typeof value.sector === 'string' &&
    SECTORS.includes(value.sector) &&
    Array.isArray(value.aliases) &&
    value.aliases.every((alias) => typeof alias === 'string');
  if (!valid) throw new Error(`Institution ${index} in ontario-institutions.json is malformed`);

  const institution = value as SeedInstitution;
  return { ...institution, aliases: [...institution.aliases] };
}
