/**
 * Recognises an institution a member types as one already known, so that matching never pairs
 * two colleagues because they wrote their employer's name differently.
 */
import { acronymOf, compactKey, institutionKey, institutionWords } from './institution-key';

export interface KnownInstitution {
  id: string;
  name: string;
  /** Other names it goes by: short forms, former names, names in the other official language. */
  aliases?: readonly string[];
}

export interface InstitutionMatcher<T extends KnownInstitution> {
  /** The known institution this name stands for, or null when none does or several might. */
  find(name: string): T | null;
}

interface Index<T> {
  byKey: Map<string, T>;
  byCompact: Map<string, T>;
  /** Multi-word names by their acronyms, to recognise 'TPL' typed alone. */
  byAcronym: Map<string, T[]>;
}

/**
 * The index is built once. A name matches, in this order: the same words as a known name or
 * alias; the same letters run together ('UofT', 'U of T'); or, when it is typed as an acronym
 * ('TPL', 'T.P.L.'), the acronym of exactly one known institution. An acronym that fits
 * several institutions ('WPL': Windsor, Waterloo, Whitby) matches none.
 *
 * A name typed in full matches by name only, never by its initials: 'Hearst Public Library'
 * is not Hamilton's 'HPL'. Such a guess would make two libraries' staff colleagues and show a
 * member the wrong institution; a duplicate left apart is for administrators to merge.
 */
export function createInstitutionMatcher<T extends KnownInstitution>(
  known: readonly T[],
): InstitutionMatcher<T> {
  const index: Index<T> = {
    byKey: new Map(),
    byCompact: new Map(),
    byAcronym: new Map(),
  };
  for (const institution of known) {
    for (const form of [institution.name, ...(institution.aliases ?? [])]) {
      addForm(index, form, institution);
    }
  }
  return { find: (name) => find(index, name) };
}

/** The known institution that is the one named, or null, by createInstitutionMatcher's rules. */
export function findSameInstitution<T extends KnownInstitution>(
  name: string,
  known: readonly T[],
): T | null {
  return createInstitutionMatcher(known).find(name);
}

function addForm<T>(index: Index<T>, form: string, institution: T): void {
  const key = institutionKey(form);
  if (key === '') return;

  // Unmerged duplicates share keys; the first listed stands for them all.
  setFirst(index.byKey, key, institution);
  setFirst(index.byCompact, compactKey(form), institution);
  setFirst(index.byCompact, key.replace(/ /g, ''), institution);

  if (!isAcronym(form)) addTo(index.byAcronym, acronymOf(form), institution);
}

function find<T extends KnownInstitution>(index: Index<T>, name: string): T | null {
  const key = institutionKey(name);
  if (key === '') return null;

  const byName =
    index.byKey.get(key) ??
    index.byCompact.get(compactKey(name)) ??
    index.byCompact.get(key.replace(/ /g, ''));
  if (byName) return byName;

  if (!isAcronym(name)) return null;
  return onlyOne(index.byAcronym.get(acronymOf(name)) ?? []);
}

/** One word once folded, as 'HPL', 'h.p.l.' and 'UOIT' are; a full name has several. */
function isAcronym(name: string): boolean {
  return institutionWords(name).length === 1;
}

function onlyOne<T extends KnownInstitution>(candidates: readonly T[]): T | null {
  const ids = new Set(candidates.map((institution) => institution.id));
  return ids.size === 1 ? candidates[0] : null;
}

function setFirst<T>(map: Map<string, T>, key: string, value: T): void {
  if (key !== '' && !map.has(key)) map.set(key, value);
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;

  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
