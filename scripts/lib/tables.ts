import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from '../../src/domain/corpus/zod.ts';
import {
  CountryAliasesSchema,
  EventFormatsSchema,
  OrganisationsSchema,
  PlacesSchema,
  ReportingVerbsSchema,
  SpeakerLexiconSchema,
  TaxonomySchema,
  type Tables,
} from '../../src/domain/extract/tables.ts';
import { GazetteerSchema } from '../../src/domain/extract/gazetteer.ts';
import { countryNamesFromPackage } from '../../src/domain/extract/country-names.ts';
import { decodeUtf8 } from './utf8.ts';
import { parseJsonFile } from './json-file.ts';


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
    countryNames: countryNamesFromPackage(),
    countryAliases: readJsonFile(root, 'data/country-aliases.json', CountryAliasesSchema),
    organisations: readJsonFile(root, 'data/organisations.json', OrganisationsSchema),
    places: readJsonFile(root, 'data/places.json', PlacesSchema),
    eventFormats: readJsonFile(root, 'data/event-formats.json', EventFormatsSchema),
    gazetteer: readJsonFile(root, 'data/gazetteer.json', GazetteerSchema),
  };
}
