/** Institutions: recognising one name typed several ways, and the seed list for Ontario. */
export { acronymOf, institutionKey } from './institution-key';
export {
  createInstitutionMatcher,
  findSameInstitution,
  type InstitutionMatcher,
  type KnownInstitution,
} from './same-institution';
export {
  ontarioInstitutions,
  type InstitutionSector,
  type SeedInstitution,
} from './seed-institutions';
export { institutionSeedRows } from './seed-rows';
