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
  /** One-word names (acronyms, mostly), to recognise 'Toronto Public Library' typed in full. */
  byOneWord: Map<string, T[]>;
}

/**
 * The index is built once. A name matches, in this order: the same words as a known name or
 * alias; the same letters run together ('UofT', 'U of T'); or an acronym of exactly one known
 * institution, either way round ('TPL' and 'Toronto Public Library'). An acronym that fits
 * several institutions ('WPL': Windsor, Waterloo, Whitby) matches none: merging two real
 * institutions would hide colleagues from each other's matching rules.
 */
export function createInstitutionMatcher<T extends KnownInstitution>(
  known: readonly T[],
): InstitutionMatcher<T> {
  const index: Index<T> = {
    byKey: new Map(),
    byCompact: new Map(),
    byAcronym: new Map(),
    byOneWord: new Map(),
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

  const words = institutionWords(form);
  if (words.length > 1) addTo(index.byAcronym, acronymOf(form), institution);
  else addTo(index.byOneWord, acronymOf(form), institution);
}

function find<T extends KnownInstitution>(index: Index<T>, name: string): T | null {
  const key = institutionKey(name);
  if (key === '') return null;

  const byName =
    index.byKey.get(key) ??
    index.byCompact.get(compactKey(name)) ??
    index.byCompact.get(key.replace(/ /g, ''));
  if (byName) return byName;

  const acronym = acronymOf(name);
  const candidates =
    institutionWords(name).length > 1 ? index.byOneWord.get(acronym) : index.byAcronym.get(acronym);
  return onlyOne(candidates ?? []);
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
