/**
 * Turns place names and what a member types into comparable words: case, accents and
 * punctuation fold away, and the usual short forms (St., Ste, Mt, Ft) meet their long forms.
 */

/** One word of a name: as written (folded), and in its long form when it has a short one. */
export interface PlaceWord {
  plain: string;
  long: string;
}

const LONG_FORMS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

/** Lower case without accents; apostrophes are kept for `spellings` to treat both ways. */
export function foldPlaceText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/**
 * The word lists a name can be typed as. "L'Orignal" is typed "lorignal" as often as
 * "l orignal", so an apostrophe yields both; every other mark separates words.
 */
export function spellings(text: string): PlaceWord[][] {
  const folded = foldPlaceText(text);
  const joined = toWords(folded.replace(/'/g, ''));
  if (!folded.includes("'")) return joined.length > 0 ? [joined] : [];

  const split = toWords(folded.replace(/'/g, ' '));
  return [joined, split].filter((words) => words.length > 0);
}

function toWords(folded: string): PlaceWord[] {
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((plain) => ({ plain, long: longForm(plain) }));
}

// Own keys only: a typed "constructor" must not find Object.prototype's.
function longForm(word: string): string {
  return Object.hasOwn(LONG_FORMS, word) ? LONG_FORMS[word] : word;
}

/** True when the typed word is the indexed word in full, in either form. */
export function sameWord(typed: PlaceWord, indexed: PlaceWord): boolean {
  return typed.plain === indexed.plain || typed.long === indexed.long;
}

/** True when the typed word begins the indexed word, in either form. */
export function beginsWord(typed: PlaceWord, indexed: PlaceWord): boolean {
  return (
    indexed.plain.startsWith(typed.plain) ||
    indexed.long.startsWith(typed.long) ||
    indexed.long.startsWith(typed.plain)
  );
}
