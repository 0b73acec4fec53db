/**
 * Country and capital names, from the countries-list package (ISO 3166-1 countries with their
 * capitals and common aliases). A lone capitalised word that names a country or capital
 * ("Jordan", "Georgia") is a place unless its document names a person of that name in full.
 */
import { countries } from 'countries-list';

const PLACES = new Set<string>();
for (const country of Object.values(countries)) {
  for (const name of [country.name, country.capital, ...(country.alias ?? [])]) {
    if (name !== '') PLACES.add(name.toLowerCase());
  }
}

/** The fifty US states and the District of Columbia, the regions news datelines name most. */
const US_STATES = (
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,' +
  'Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,' +
  'Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,' +
  'New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,' +
  'Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,' +
  'West Virginia,Wisconsin,Wyoming,D.C.'
)
  .toLowerCase()
  .split(',');
const REGIONS = new Set([...US_STATES]);
for (const country of Object.values(countries)) REGIONS.add(country.name.toLowerCase());

/** A US state or a country: "Texas", "West Virginia", "Jordan". */
export function isRegionName(name: string): boolean {
  return REGIONS.has(name.toLowerCase());
}

/** "Jordan", "amman" → true. */
export function isPlaceName(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}
