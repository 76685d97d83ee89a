/**
 * Normal forms of institution names, so that the same institution typed differently compares
 * equal: case, accents, punctuation, '&' or 'and', a leading 'The', spacing, and the usual
 * abbreviations ('Univ.', 'St.', 'PL') all fold away.
 */

const LONG_FORMS: Record<string, string> = {
  u: 'university',
  univ: 'university',
  coll: 'college',
  lib: 'library',
  libr: 'library',
  libraries: 'library',
  pl: 'public library',
  pub: 'public',
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
  dist: 'district',
  dsb: 'district school board',
  cdsb: 'catholic district school board',
  sch: 'school',
  bd: 'board',
  cath: 'catholic',
  inst: 'institute',
  dept: 'department',
  ctr: 'centre',
  cntr: 'centre',
  center: 'centre',
  assn: 'association',
  assoc: 'association',
  natl: 'national',
  intl: 'international',
  ont: 'ontario',
  govt: 'government',
};

/** Words an acronym skips: 'University of Toronto' is UT, 'Université de Hearst' UH. */
const LINKING_WORDS = new Set('a and at for in of on the d de des du et l la le les'.split(' '));

/** The words of a name, folded, with abbreviations written out and a leading 'the' dropped. */
export function institutionWords(name: string): string[] {
  const words = foldInstitutionText(name)
    .split(' ')
    .filter((word) => word.length > 0)
    .flatMap((word) => longForm(word).split(' '));

  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
}

// Own keys only: a typed word such as "constructor" must not find Object.prototype's.
function longForm(word: string): string {
  return Object.hasOwn(LONG_FORMS, word) ? LONG_FORMS[word] : word;
}

/** The form two names share when they name the same institution the same way. */
export function institutionKey(name: string): string {
  return institutionWords(name).join(' ');
}

/** The name's letters and digits run together as typed: 'U of T' and 'UofT' both give 'uoft'. */
export function compactKey(name: string): string {
  return foldInstitutionText(name).replace(/ /g, '');
}

/**
 * Initials of the name's words other than linking words, in capitals: 'Toronto Public
 * Library' gives TPL. A one-word name is its own short form: 'TPL' gives TPL.
 */
export function acronymOf(name: string): string {
  const words = institutionWords(name);
  if (words.length === 1) return words[0].toUpperCase();

  return words
    .filter((word) => !LINKING_WORDS.has(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

/**
 * Lower case without accents, '&' and '+' as 'and', a possessive kept whole ("Queen's" is
 * "queens"), dotted initials run together ("T.P.L." is "tpl"), a French elision split
 * ("d'Ottawa" is "d ottawa"), and any other mark a space.
 */
function foldInstitutionText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[&+]/g, ' and ')
    .replace(/'s\b/g, 's')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (dotted) => `${dotted.replace(/\./g, '')} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
