/**
 * Finds Ontario places by what a member types: a few letters of each word of the name or of
 * one of its other names, in any case, with or without accents and punctuation.
 */
import type { Place } from './place';
import { beginsWord, sameWord, spellings, type PlaceWord } from './place-words';
import { ontarioPlaces } from './ontario-places';

export interface PlaceDirectory {
  byId(id: string): Place | undefined;
  /** Best matches first: how well the words match, then population, then name. */
  search(query: string, limit?: number): Place[];
}

/** How well a query matches one spelling; lower is better. */
enum Fit {
  Exact = 0,
  Start = 1,
  Words = 2,
}

interface IndexedName {
  words: PlaceWord[];
  primary: boolean;
}

interface IndexedPlace {
  place: Place;
  names: IndexedName[];
  population: number;
}

const DEFAULT_LIMIT = 10;

/** Builds the index once; searches then only read it. */
export function createPlaceDirectory(places: readonly Place[] = ontarioPlaces()): PlaceDirectory {
  const byId = new Map(places.map((place) => [place.id, place]));
  const index = places.map(indexPlace);

  return {
    byId: (id) => byId.get(id),
    search: (query, limit = DEFAULT_LIMIT) => search(index, query, limit),
  };
}

function indexPlace(place: Place): IndexedPlace {
  const names = [
    ...spellings(place.name).map((words) => ({ words, primary: true })),
    ...place.alternateNames.flatMap((alternate) =>
      spellings(alternate).map((words) => ({ words, primary: false })),
    ),
  ];
  return { place, names, population: place.population ?? 0 };
}

function search(index: readonly IndexedPlace[], query: string, limit: number): Place[] {
  const typed = spellings(query);
  if (typed.length === 0 || limit <= 0) return [];

  const found: { entry: IndexedPlace; rank: number }[] = [];
  for (const entry of index) {
    const rank = rankPlace(entry, typed);
    if (rank !== null) found.push({ entry, rank });
  }

  found.sort((a, b) => a.rank - b.rank || compareEntries(a.entry, b.entry));
  return found.slice(0, limit).map(({ entry }) => entry.place);
}

/** The place's best rank over its names and the query's spellings, or null if none matches. */
function rankPlace(entry: IndexedPlace, typed: PlaceWord[][]): number | null {
  let best: number | null = null;
  for (const name of entry.names) {
    for (const words of typed) {
      const fit = fitOf(words, name.words);
      if (fit === null) continue;

      // A match on the place's own name beats the same kind of match on another name.
      const rank = fit * 2 + (name.primary ? 0 : 1);
      if (best === null || rank < best) best = rank;
    }
  }
  return best;
}

function fitOf(typed: PlaceWord[], name: PlaceWord[]): Fit | null {
  if (typed.length > name.length) return null;
  // Most names fail here, before anything is allocated.
  if (!typed.every((word) => name.some((candidate) => beginsWord(word, candidate)))) return null;

  if (typed.length === name.length && typed.every((word, i) => sameWord(word, name[i]))) {
    return Fit.Exact;
  }
  if (typed.every((word, i) => beginsWord(word, name[i]))) return Fit.Start;

  return eachBeginsSomeWord(typed, name) ? Fit.Words : null;
}

/** Every typed word begins a different word of the name, in any order. */
function eachBeginsSomeWord(typed: PlaceWord[], name: PlaceWord[]): boolean {
  const used = new Set<number>();
  return typed.every((word) => {
    const at = name.findIndex((candidate, i) => !used.has(i) && beginsWord(word, candidate));
    if (at < 0) return false;

    used.add(at);
    return true;
  });
}

function compareEntries(a: IndexedPlace, b: IndexedPlace): number {
  return (
    b.population - a.population ||
    a.place.name.localeCompare(b.place.name, 'en') ||
    a.place.id.localeCompare(b.place.id, 'en')
  );
}
