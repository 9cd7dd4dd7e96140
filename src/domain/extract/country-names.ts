import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import type { CountryName } from './tables.ts';

/**
 * Every English name i18n-iso-countries knows, as alpha-3 codes, in a stable
 * order: the extractor's country lexicon, the same for ingest in Node and
 * the extraction worker in the page.
 */
export function countryNamesFromPackage(): CountryName[] {
  countries.registerLocale(english);
  const names: CountryName[] = [];
  const all = countries.getNames('en', { select: 'all' });
  for (const alpha2 of Object.keys(all).sort()) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    for (const name of all[alpha2]!) names.push({ name, code });
  }
  return names;
}
