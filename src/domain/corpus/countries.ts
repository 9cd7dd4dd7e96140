import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import displayNames from './country-display-names.json';
import type { CountryCode } from './corpus-schema.ts';

countries.registerLocale(english);

/** True for an assigned ISO 3166-1 alpha-3 code. */
export function isCountryCode(value: string): value is CountryCode {
  return countries.isValid(value) && value.length === 3 && value === value.toUpperCase();
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = displayNames;

// Names by code, looked up once: the map, the country list and the facets
// name every country on each change, and the library's lookup is not cheap.
const namesByCode = new Map<string, string>();

/** The English short name of a country ("RUS" → "Russia"); the code itself when unknown. */
export function countryName(code: string): string {
  let name = namesByCode.get(code);
  if (name === undefined) {
    name = lookUpCountryName(code);
    namesByCode.set(code, name);
  }
  return name;
}

function lookUpCountryName(code: string): string {
  const override = DISPLAY_NAMES[code];
  if (override !== undefined && code !== '_comment') return override;
  const names: string[] = countries.getName(code, 'en', { select: 'all' }) ?? [];
  // "Korea, Republic of" reads as an index entry; prefer a name without a comma.
  return names.find((name) => !name.includes(',')) ?? names[0] ?? code;
}

/** ISO 3166-1 numeric code as world-atlas writes it ("392"), or null. */
export function countryNumericCode(code: string): string | null {
  return countries.alpha3ToNumeric(code) ?? null;
}

/** The alpha-3 code for a world-atlas numeric id, or null. */
export function countryCodeFromNumeric(numeric: string): CountryCode | null {
  const alpha3 = countries.numericToAlpha3(numeric);
  return alpha3 ? (alpha3 as CountryCode) : null;
}
