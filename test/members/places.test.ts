import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePlaces, readPublishedPlaces } from '../../scripts/generate-places';
import {
  createPlaceDirectory,
  distanceBetween,
  ontarioPlaces,
  type Place,
} from '../../src/members/places';
import {
  buildPlaces,
  carryPlaceIds,
  parseGeoNamesLine,
  pickAlternateNames,
  type GeoNamesRecord,
  type PlaceCuration,
} from '../../src/members/places/place-building';
import { regionFromCoordinates } from '../../src/members/places/place-regions';
import { spellings } from '../../src/members/places/place-words';

function place(overrides: Partial<Place> & Pick<Place, 'id' | 'name'>): Place {
  return {
    alternateNames: [],
    lat: 44,
    lon: -79,
    population: null,
    region: 'central',
    division: null,
    ...overrides,
  };
}

function names(places: Place[]): string[] {
  return places.map((p) => p.name);
}

describe('searching the Ontario places', () => {
  const directory = createPlaceDirectory();

  it('finds Greater Sudbury first when a member types "sudbury"', () => {
    expect(directory.search('sudbury')[0].name).toBe('Greater Sudbury');
    expect(directory.search('Sudb')[0].name).toBe('Greater Sudbury');
  });

  it('finds Sault Ste. Marie with or without the dot, in any case, and spelled out', () => {
    for (const query of [
      'sault ste marie',
      'sault ste. marie',
      'SAULT STE MARIE',
      'Sault Sainte-Marie',
    ]) {
      expect(directory.search(query)[0].name).toBe('Sault Ste. Marie');
    }
    expect(directory.search('sault st marie')[0].name).toBe('Sault Ste. Marie');
  });

  it('matches the beginning of each word: "st cath" finds St. Catharines', () => {
    expect(directory.search('st cath')[0].name).toBe('St. Catharines');
    expect(directory.search('saint cath')[0].name).toBe('St. Catharines');
    expect(directory.search('gre sud')[0].name).toBe('Greater Sudbury');
  });

  it('takes a word such as "constructor" as plain text, not as an object key', () => {
    for (const query of ['constructor', 'toString', '__proto__ hasOwnProperty']) {
      expect(directory.search(query)).toEqual([]);
      const words = spellings(query).flat();
      expect(words.every((word) => word.long === word.plain)).toBe(true);
    }
  });

  it('ignores accents and apostrophes', () => {
    expect(directory.search('orleans')[0].name).toBe('Orléans');
    for (const query of ["l'orignal", 'lorignal', 'l orignal', 'L’Orignal']) {
      expect(directory.search(query)[0].name).toBe("L'Orignal");
    }
  });

  it('finds a place by a former or merged municipality it absorbed', () => {
    expect(directory.search('scarborough')[0].name).toBe('Toronto');
    expect(directory.search('new liskeard')[0].name).toBe('Temiskaming Shores');
    expect(directory.search('kitchener-waterloo')[0].name).toBe('Kitchener');
  });

  it('finds places that the older GeoNames extract lacks', () => {
    expect(directory.search('whitby')[0]).toMatchObject({ name: 'Whitby', region: 'central' });
    expect(directory.search('tillsonburg')[0].name).toBe('Tillsonburg');
  });

  it('returns nothing for an empty query or one that matches no place', () => {
    expect(directory.search('')).toEqual([]);
    expect(directory.search(' .- ')).toEqual([]);
    expect(directory.search('xyzzy')).toEqual([]);
  });

  it('returns at most the number of places asked for', () => {
    expect(directory.search('s', 3)).toHaveLength(3);
    expect(directory.search('s').length).toBeLessThanOrEqual(10);
  });

  it('looks a place up by its id', () => {
    expect(directory.byId('6167865')?.name).toBe('Toronto');
    expect(directory.byId('no-such-place')).toBeUndefined();
  });
});

describe('ranking search results', () => {
  const directory = createPlaceDirectory([
    place({ id: '1', name: 'Kingston', population: 132485 }),
    place({ id: '2', name: 'King', population: 6970 }),
    place({ id: '3', name: 'Kingsville', population: null }),
    place({ id: '4', name: 'Port King', population: 900000 }),
    place({ id: '5', name: 'Greater Kingdom', alternateNames: ['King'], population: 100 }),
  ]);

  it('puts a whole-name match before a partial one, then the larger place first', () => {
    expect(names(directory.search('king'))).toEqual([
      'King',
      'Greater Kingdom',
      'Kingston',
      'Kingsville',
      'Port King',
    ]);
  });

  it('puts places whose name starts with the words before those that merely contain them', () => {
    expect(names(directory.search('kin')).slice(-1)).toEqual(['Port King']);
  });
});

describe('the committed list of places', () => {
  const places = ontarioPlaces();

  it('has a few hundred places, each with a region and coordinates inside Ontario', () => {
    expect(places.length).toBeGreaterThan(300);
    for (const p of places) {
      expect(p.lat).toBeGreaterThan(41.6);
      expect(p.lat).toBeLessThan(57);
      expect(p.lon).toBeGreaterThan(-95.2);
      expect(p.lon).toBeLessThan(-74.3);
    }
  });

  it('keeps the GeoNames ids of well-known places, so stored profiles stay valid', () => {
    const expected: Record<string, string> = {
      '6167865': 'Toronto',
      '6094817': 'Ottawa',
      '5964700': 'Greater Sudbury',
      '6141439': 'Sault Ste. Marie',
      '6155721': 'St. Catharines',
      '6166142': 'Thunder Bay',
      '6058560': 'London',
      'on-whitby-3518': 'Whitby',
    };
    const byId = new Map(places.map((p) => [p.id, p.name]));
    for (const [id, name] of Object.entries(expected)) expect(byId.get(id)).toBe(name);
  });

  it('gives every place a distinct id of one of the two documented forms', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(\d+|on-[a-z0-9-]+)$/);
  });

  it('puts places in the region their census division belongs to', () => {
    const regionOf = (name: string) => places.find((p) => p.name === name)?.region;
    expect(regionOf('Toronto')).toBe('toronto');
    expect(regionOf('Thunder Bay')).toBe('northern');
    expect(regionOf('North Bay')).toBe('northern');
    expect(regionOf('Ottawa')).toBe('eastern');
    expect(regionOf('Belleville')).toBe('eastern');
    expect(regionOf('Barrie')).toBe('central');
    expect(regionOf('Hamilton')).toBe('central');
    expect(regionOf('London')).toBe('southwestern');
    expect(regionOf('Brantford')).toBe('southwestern');
  });

  it('is exactly what the generator makes from the pinned GeoNames packages', () => {
    const file = join(__dirname, '../../src/members/places/ontario-places.json');
    const generated = generatePlaces(readPublishedPlaces());

    expect(generated.text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('building the list from GeoNames rows', () => {
  const curation: PlaceCuration = {
    aliases: { Dorset: ['Old Dorset'] },
    divisionOverrides: {},
    excludedIds: [9],
    neighbourhoodDivisions: ['3506'],
    allowedNeighbourhoods: ['Carp'],
    excludedNames: [],
    renames: {},
  };
  const row = (overrides: Partial<GeoNamesRecord>): GeoNamesRecord => ({
    geonameId: 1,
    name: 'Dorset',
    alternateNames: null,
    latitude: 45.24,
    longitude: -78.89,
    featureClass: 'P',
    featureCode: 'PPL',
    countryCode: 'CA',
    admin1Code: '08',
    admin2Code: '3546',
    population: 700,
    ...overrides,
  });

  it('reads a GeoNames line by its documented columns', () => {
    const line = [
      '5964700|Greater Sudbury|Greater Sudbury|Sudbury,YSB|46.49|-80.99|P|PPL|CA|',
      '|08||||157857||263|America/Toronto|2023-01-01',
    ]
      .join('')
      .replace(/\|/g, '\t');

    expect(parseGeoNamesLine(line)).toMatchObject({
      geonameId: 5964700,
      alternateNames: ['Sudbury', 'YSB'],
      admin2Code: null,
      population: 157857,
    });
  });

  it("keeps Ontario's places, not Toronto's neighbourhoods, other provinces or exclusions", () => {
    const places = buildPlaces(
      [
        row({ geonameId: 1 }),
        row({ geonameId: 2, name: 'Annex', featureCode: 'PPLX', admin2Code: '3520' }),
        row({ geonameId: 3, name: 'Gatineau', admin1Code: '10' }),
        row({ geonameId: 4, name: 'Fort Site', featureCode: 'PPLH' }),
        row({ geonameId: 9, name: 'Skatepark' }),
      ],
      [],
      curation,
    );

    expect(places).toEqual([
      {
        id: '1',
        name: 'Dorset',
        alternateNames: ['Old Dorset'],
        lat: 45.24,
        lon: -78.89,
        population: 700,
        region: 'central',
        division: 'Haliburton',
      },
    ]);
  });

  it('takes a missing division from the gazetteer, else places the region by coordinates', () => {
    const places = buildPlaces(
      [
        row({ geonameId: 1, name: 'Athens', admin2Code: null, latitude: 44.63, longitude: -75.95 }),
        row({ geonameId: 2, name: 'Zephyr', admin2Code: null, latitude: 44.2, longitude: -79.27 }),
      ],
      [{ name: 'Athens', lat: 44.64, lon: -75.94, admin2: '3507' }],
      curation,
    );

    expect(places.map((p) => [p.name, p.division, p.region])).toEqual([
      ['Athens', 'Leeds and Grenville', 'eastern'],
      ['Zephyr', null, 'central'],
    ]);
  });

  it('adds places GeoNames lacks under a name-derived id, not duplicates or neighbourhoods', () => {
    const places = buildPlaces(
      [row({ geonameId: 1, name: 'Dorset' })],
      [
        { name: 'Dorset', lat: 45.25, lon: -78.9, admin2: '3546' },
        { name: 'Whitby', lat: 43.88, lon: -78.94, admin2: '3518' },
        { name: 'Alta Vista', lat: 45.39, lon: -75.66, admin2: '3506' },
        { name: 'Carp', lat: 45.35, lon: -76.04, admin2: '3506' },
      ],
      curation,
    );

    expect(places.map((p) => p.id)).toEqual(['on-carp-3506', '1', 'on-whitby-3518']);
  });

  it('keeps readable other names and drops codes, transliterations and respellings', () => {
    const picked = pickAlternateNames(
      'Greater Sudbury',
      ['Sudbury'],
      ['YSB', 'Grand Sudbury', 'Sadberi', "Bol'shoj Sadberi", 'sadbri', 'Nickel City'],
    );

    expect(picked).toEqual(['Sudbury', 'Nickel City']);
  });
});

describe('keeping ids stable across regenerations', () => {
  it('gives a place that now has a GeoNames id the id it was first published under', () => {
    const previous = [place({ id: 'on-whitby-3518', name: 'Whitby', lat: 43.88, lon: -78.94 })];
    const next = [place({ id: '6183235', name: 'Whitby', lat: 43.9, lon: -78.95 })];

    expect(carryPlaceIds(previous, next).map((p) => p.id)).toEqual(['on-whitby-3518']);
  });

  it('leaves new places and far-away namesakes with their own ids', () => {
    const previous = [place({ id: '10', name: 'Sydenham', lat: 44.41, lon: -76.6 })];
    const next = [
      place({ id: '10', name: 'Sydenham', lat: 44.41, lon: -76.6 }),
      place({ id: 'on-sydenham-3542', name: 'Sydenham', lat: 44.57, lon: -80.8 }),
    ];

    expect(carryPlaceIds(previous, next).map((p) => p.id)).toEqual(['10', 'on-sydenham-3542']);
  });
});

describe('regions and distances from coordinates', () => {
  it('places points by the documented lines when no census division is known', () => {
    expect(regionFromCoordinates(43.65, -79.38)).toBe('toronto');
    expect(regionFromCoordinates(48.38, -89.25)).toBe('northern');
    expect(regionFromCoordinates(45.35, -80.03)).toBe('northern');
    expect(regionFromCoordinates(45.42, -75.69)).toBe('eastern');
    expect(regionFromCoordinates(44.39, -79.69)).toBe('central');
    expect(regionFromCoordinates(42.98, -81.25)).toBe('southwestern');
  });

  it('measures the distance between two places along the earth', () => {
    const toronto = { lat: 43.70011, lon: -79.4163 };
    const ottawa = { lat: 45.41117, lon: -75.69812 };

    expect(distanceBetween(toronto, ottawa)).toBeGreaterThan(350);
    expect(distanceBetween(toronto, ottawa)).toBeLessThan(356);
    expect(distanceBetween(toronto, toronto)).toBe(0);
  });
});
