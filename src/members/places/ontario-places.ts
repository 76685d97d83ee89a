/**
 * The Ontario places generated into ontario-places.json by scripts/generate-places.ts from
 * GeoNames data (CC BY 4.0; see docs/places-attribution.md).
 */
import data from './ontario-places.json';
import { toPlace, type Place } from './place';

/** The committed list, checked entry by entry so that a bad edit fails loudly at start. */
export function ontarioPlaces(): Place[] {
  return (data as unknown[]).map(toPlace);
}
