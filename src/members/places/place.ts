/** A populated place in Ontario that a member can give as their location. */

export const PLACE_REGIONS = ['northern', 'eastern', 'central', 'southwestern', 'toronto'] as const;

/** Ontario's usual regions, as the census divisions group them (see place-regions.ts). */
export type PlaceRegion = (typeof PLACE_REGIONS)[number];

export interface Place {
  /**
   * Stable identifier: the GeoNames id as a string, or `on-<name>-<division>` for the few
   * places that the GeoNames extract with ids lacks. Profiles store it, so it never changes.
   */
  id: string;
  name: string;
  /** Other names the place goes by, for search only; never shown as its name. */
  alternateNames: string[];
  lat: number;
  lon: number;
  /** As GeoNames recorded it; null where the source gave none. */
  population: number | null;
  region: PlaceRegion;
  /** The census division (county, district, region) it lies in, to tell namesakes apart. */
  division: string | null;
}

export function isPlaceRegion(value: unknown): value is PlaceRegion {
  return typeof value === 'string' && (PLACE_REGIONS as readonly string[]).includes(value);
}

/** Checks one entry of a places file and copies it, so that callers cannot alter the file. */
export function toPlace(entry: unknown, index: number): Place {
  const value = entry as Partial<Record<keyof Place, unknown>>;
  const valid =
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    Array.isArray(value.alternateNames) &&
    value.alternateNames.every((name) => typeof name === 'string') &&
    Number.isFinite(value.lat) &&
    Number.isFinite(value.lon) &&
    (value.population === null || Number.isInteger(value.population)) &&
    isPlaceRegion(value.region) &&
    (value.division === null || typeof value.division === 'string');
  if (!valid) throw new Error(`Place ${index} in ontario-places.json is malformed`);

  const place = value as Place;
  return { ...place, alternateNames: [...place.alternateNames] };
}
