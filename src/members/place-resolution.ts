/**
 * Turns what a member typed in the location field into one place of the Ontario list, without
 * any script in the browser: a place picked from the suggestions (or from a 'did you mean'
 * list) comes as an id, checked against the text; otherwise the text itself must name exactly
 * one place, or the member is offered the places it might mean.
 */
import type { Place, PlaceDirectory } from './places';
import { sameWord, spellings, type PlaceWord } from './places/place-words';

export type PlaceResolution =
  | { kind: 'found'; place: Place }
  | { kind: 'none' }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; choices: Place[] };

/** How many places a 'did you mean' list offers at most. */
export const PLACE_CHOICE_LIMIT = 8;

// Wide enough that a place picked from a short list is still among the matches of its text.
const PICKED_PLACE_WINDOW = 50;

export function resolvePlace(
  directory: PlaceDirectory,
  query: string,
  pickedId: string,
): PlaceResolution {
  const text = query.trim();
  if (text === '') return { kind: 'none' };

  // An id left over from an earlier choice counts only while the text still leads to it.
  const picked = pickedId ? directory.byId(pickedId) : undefined;
  if (picked && (namesPlace(text, picked) || isAmongMatches(directory, text, picked))) {
    return { kind: 'found', place: picked };
  }

  const matches = directory.search(text, PLACE_CHOICE_LIMIT);
  if (matches.length === 0) return { kind: 'unknown' };

  const exact = matches.filter((place) => namesPlace(text, place));
  if (matches.length === 1) return { kind: 'found', place: matches[0] };
  if (exact.length === 1) return { kind: 'found', place: exact[0] };
  return { kind: 'ambiguous', choices: exact.length > 1 ? exact : matches };
}

/** The place's name, or one of its other names, typed in full (case and marks aside). */
export function namesPlace(text: string, place: Place): boolean {
  const typed = spellings(text);
  return [place.name, ...place.alternateNames].some((name) =>
    spellings(name).some((words) => typed.some((typedWords) => sameWords(typedWords, words))),
  );
}

function sameWords(typed: PlaceWord[], name: PlaceWord[]): boolean {
  return typed.length === name.length && typed.every((word, i) => sameWord(word, name[i]));
}

function isAmongMatches(directory: PlaceDirectory, text: string, place: Place): boolean {
  return directory.search(text, PICKED_PLACE_WINDOW).some((match) => match.id === place.id);
}
