import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { z } from '../../src/domain/corpus/zod.ts';
import {
  CountryAliasesSchema,
  EventFormatsSchema,
  OrganisationsSchema,
  PlacesSchema,
  ReportingVerbsSchema,
  SpeakerLexiconSchema,
  TaxonomySchema,
  type CountryName,
  type Tables,
} from '../../src/domain/extract/tables.ts';
import { GazetteerSchema } from '../../src/domain/extract/gazetteer.ts';
import { decodeUtf8 } from './utf8.ts';
import { parseJsonFile } from './json-file.ts';

const require = createRequire(import.meta.url);

/** Every English name i18n-iso-countries knows, as alpha-3 codes, in a stable order. */
export function isoCountryNames(): CountryName[] {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countries.registerLocale>[0]);
  const names: CountryName[] = [];
  const all = countries.getNames('en', { select: 'all' });
  for (const alpha2 of Object.keys(all).sort()) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    for (const name of all[alpha2]!) names.push({ name, code });
  }
  return names;
}

/** Reads and validates a JSON data file; errors name the file (relative to root) and line. */
export function readJsonFile<T extends z.ZodType>(root: string, relative: string, schema: T): z.infer<T> {
  const text = decodeUtf8(readFileSync(join(root, relative)), relative);
  return parseJsonFile(text, relative, schema);
}

export function loadTables(root: string): Tables {
  return {
    taxonomy: readJsonFile(root, 'data/taxonomy.json', TaxonomySchema),
    reportingVerbs: readJsonFile(root, 'data/reporting-verbs.json', ReportingVerbsSchema),
    speakers: readJsonFile(root, 'data/speakers.json', SpeakerLexiconSchema),
    countryNames: isoCountryNames(),
    countryAliases: readJsonFile(root, 'data/country-aliases.json', CountryAliasesSchema),
    organisations: readJsonFile(root, 'data/organisations.json', OrganisationsSchema),
    places: readJsonFile(root, 'data/places.json', PlacesSchema),
    eventFormats: readJsonFile(root, 'data/event-formats.json', EventFormatsSchema),
    gazetteer: readJsonFile(root, 'data/gazetteer.json', GazetteerSchema),
  };
}
