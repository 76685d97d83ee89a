/**
 * Which of Ontario's usual regions a place lies in, from its census division (the GeoNames
 * admin2 code, Statistics Canada's division number) or, where the source gives none, from its
 * coordinates.
 *
 * The grouping is the common one: Northern Ontario is the districts from Parry Sound and
 * Nipissing north; Eastern Ontario runs from Hastings and Prince Edward to the Quebec border
 * with Renfrew and Ottawa; Central Ontario is the Golden Horseshoe outside Toronto with
 * Simcoe, Muskoka, Haliburton, the Kawarthas, Peterborough and Northumberland; Southwestern
 * Ontario is the rest, from Waterloo, Wellington and Brant west; Toronto is the City of Toronto.
 */
import type { PlaceRegion } from './place';

interface Division {
  name: string;
  region: PlaceRegion;
}

/** Ontario's census divisions by their two last digits (the code is 35xx). */
const DIVISIONS: Record<string, Division> = {
  '01': { name: 'Stormont, Dundas and Glengarry', region: 'eastern' },
  '02': { name: 'Prescott and Russell', region: 'eastern' },
  '06': { name: 'Ottawa', region: 'eastern' },
  '07': { name: 'Leeds and Grenville', region: 'eastern' },
  '09': { name: 'Lanark', region: 'eastern' },
  '10': { name: 'Frontenac', region: 'eastern' },
  '11': { name: 'Lennox and Addington', region: 'eastern' },
  '12': { name: 'Hastings', region: 'eastern' },
  '13': { name: 'Prince Edward', region: 'eastern' },
  '14': { name: 'Northumberland', region: 'central' },
  '15': { name: 'Peterborough', region: 'central' },
  '16': { name: 'Kawartha Lakes', region: 'central' },
  '18': { name: 'Durham', region: 'central' },
  '19': { name: 'York', region: 'central' },
  '20': { name: 'Toronto', region: 'toronto' },
  '21': { name: 'Peel', region: 'central' },
  '22': { name: 'Dufferin', region: 'central' },
  '23': { name: 'Wellington', region: 'southwestern' },
  '24': { name: 'Halton', region: 'central' },
  '25': { name: 'Hamilton', region: 'central' },
  '26': { name: 'Niagara', region: 'central' },
  '28': { name: 'Haldimand-Norfolk', region: 'southwestern' },
  '29': { name: 'Brant', region: 'southwestern' },
  '30': { name: 'Waterloo', region: 'southwestern' },
  '31': { name: 'Perth', region: 'southwestern' },
  '32': { name: 'Oxford', region: 'southwestern' },
  '34': { name: 'Elgin', region: 'southwestern' },
  '36': { name: 'Chatham-Kent', region: 'southwestern' },
  '37': { name: 'Essex', region: 'southwestern' },
  '38': { name: 'Lambton', region: 'southwestern' },
  '39': { name: 'Middlesex', region: 'southwestern' },
  '40': { name: 'Huron', region: 'southwestern' },
  '41': { name: 'Bruce', region: 'southwestern' },
  '42': { name: 'Grey', region: 'southwestern' },
  '43': { name: 'Simcoe', region: 'central' },
  '44': { name: 'Muskoka', region: 'central' },
  '46': { name: 'Haliburton', region: 'central' },
  '47': { name: 'Renfrew', region: 'eastern' },
  '48': { name: 'Nipissing', region: 'northern' },
  '49': { name: 'Parry Sound', region: 'northern' },
  '51': { name: 'Manitoulin', region: 'northern' },
  '52': { name: 'Sudbury', region: 'northern' },
  '53': { name: 'Greater Sudbury', region: 'northern' },
  '54': { name: 'Timiskaming', region: 'northern' },
  '56': { name: 'Cochrane', region: 'northern' },
  '57': { name: 'Algoma', region: 'northern' },
  '58': { name: 'Thunder Bay', region: 'northern' },
  '59': { name: 'Rainy River', region: 'northern' },
  '60': { name: 'Kenora', region: 'northern' },
};

/** The census division with that code ('3520'), or undefined for an unknown one. */
export function divisionOf(code: string | null | undefined): Division | undefined {
  const match = /^35(\d\d)$/.exec(code ?? '');
  return match ? DIVISIONS[match[1]] : undefined;
}

/**
 * The region from coordinates alone, for the few places without a census division. The lines
 * follow the divisions' borders roughly, so a place within a few kilometres of one may land on
 * the wrong side; the generator reports how often this rule agrees with the divisions.
 */
export function regionFromCoordinates(lat: number, lon: number): PlaceRegion {
  if (isInToronto(lat, lon)) return 'toronto';
  if (isNorthern(lat, lon)) return 'northern';
  if (lon >= -77.7) return 'eastern';

  // West of Hamilton's and Dufferin's western edges, below Georgian Bay's southern shore.
  if (lon <= -80.1 && lat < 44.45) return 'southwestern';
  if (lon <= -80.55) return 'southwestern';
  return 'central';
}

/** The city's box: Lake Ontario to Steeles Avenue, Etobicoke Creek to the Rouge. */
function isInToronto(lat: number, lon: number): boolean {
  return lat >= 43.58 && lat <= 43.81 && lon >= -79.63 && lon <= -79.12;
}

/** North of Muskoka and Haliburton: the Parry Sound and Nipissing line, then everything above. */
function isNorthern(lat: number, lon: number): boolean {
  if (lat >= 46.0) return true;
  if (lon <= -79.6) return lat >= 45.3;
  return lat >= 45.5 && lon <= -78.0;
}
