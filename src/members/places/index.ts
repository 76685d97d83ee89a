/** Ontario places: the generated list, search by name, and distances between places. */
export { PLACE_REGIONS, isPlaceRegion, type Place, type PlaceRegion } from './place';
export { createPlaceDirectory, type PlaceDirectory } from './place-directory';
export { distanceBetween, distanceKm, type Coordinates } from './place-distance';
export { ontarioPlaces } from './ontario-places';
