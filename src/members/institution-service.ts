/**
 * The program's rules for institutions: a name a member types is the institution it names
 * however it is written ('TPL', 'toronto public library.'), or a new one the member adds; a
 * merged duplicate stands for the institution it was merged into.
 */
import type { Database } from '../db/database';
import { ConflictError, NotFoundError } from '../web/errors';
import { createInstitutionMatcher, type KnownInstitution } from './institutions';
import type { Institution, InstitutionStore } from './institution-store';
import type { ProfileStore } from './profile-store';

export interface InstitutionChoices {
  /** The host's institution as the program knows it, proposed first; null if none was sent. */
  proposed: string | null;
  /** Every institution a member may pick, by name. */
  names: string[];
}

interface Candidate extends KnownInstitution {
  institution: Institution;
}

/** Follows merges in memory; a loop or a dangling id leaves the row standing for itself. */
function canonicalOf(institution: Institution, byId: Map<number, Institution>): Institution {
  let current = institution;
  for (let hop = 0; current.mergedIntoId !== null && hop < byId.size; hop++) {
    const next = byId.get(current.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * Every name each institution goes by, under the id of the one it stands for. Canonical rows
 * come first, so that where two share a name the one still in use wins.
 */
function candidatesOf(all: readonly Institution[]): Candidate[] {
  const byId = new Map(all.map((institution) => [institution.id, institution]));
  const merged = (institution: Institution) => Number(institution.mergedIntoId !== null);
  const ordered = [...all].sort((a, b) => merged(a) - merged(b));

  return ordered.map((institution) => {
    const canonical = canonicalOf(institution, byId);
    return {
      id: String(canonical.id),
      name: institution.name,
      aliases: institution.aliases,
      institution: canonical,
    };
  });
}

export class InstitutionService {
  constructor(
    private readonly store: InstitutionStore,
    private readonly profiles: ProfileStore,
  ) {}

  /** The known institution a typed name stands for, or null. */
  async find(programId: number, name: string, trx?: Database): Promise<Institution | null> {
    const all = await this.store.all(programId, trx);
    return createInstitutionMatcher(candidatesOf(all)).find(name)?.institution ?? null;
  }

  /** The institution a member typed, added to the program's list when nobody had it yet. */
  async findOrAdd(
    trx: Database,
    programId: number,
    name: string,
    memberId: number,
    now: number,
  ): Promise<Institution> {
    const known = await this.find(programId, name, trx);
    return known ?? this.store.add(programId, name, memberId, now, trx);
  }

  /** What the form's institution field offers, the host's institution first. */
  async choices(programId: number, hostInstitution: string | null): Promise<InstitutionChoices> {
    const all = await this.store.all(programId);
    const known = hostInstitution
      ? createInstitutionMatcher(candidatesOf(all)).find(hostInstitution)
      : null;
    const proposed = known?.institution.name ?? hostInstitution;

    const names = all.filter((i) => i.mergedIntoId === null).map((i) => i.name);
    const rest = names.filter((name) => name !== proposed);
    return { proposed, names: proposed ? [proposed, ...rest] : rest };
  }

  /** The name to show for a stored institution id (a merged one shows what it became). */
  async nameOf(id: number | null, trx?: Database): Promise<string | null> {
    if (id === null) return null;
    return (await this.store.canonical(id, trx))?.name ?? null;
  }

  /**
   * Makes one institution a duplicate of another: profiles move to the one kept, and its
   * names go on finding the one kept. The administrators' institutions pages call it.
   */
  async merge(trx: Database, programId: number, duplicateId: number, keptId: number, now: number) {
    const duplicate = await this.store.byId(duplicateId, trx);
    const kept = await this.store.canonical(keptId, trx);
    if (!duplicate || duplicate.programId !== programId) throw new NotFoundError('institution');
    if (!kept || kept.programId !== programId) throw new NotFoundError('institution');
    if (kept.id === duplicate.id || duplicate.mergedIntoId !== null) {
      throw new ConflictError('admin.institutions.cannot_merge');
    }

    await this.store.merge(duplicate.id, kept.id, now, trx);
    await this.profiles.moveInstitution(duplicate.id, kept.id, trx);
  }
}
