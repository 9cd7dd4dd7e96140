import countryAliases from '../../../data/country-aliases.json';
import eventFormats from '../../../data/event-formats.json';
import gazetteer from '../../../data/gazetteer.json';
import organisations from '../../../data/organisations.json';
import places from '../../../data/places.json';
import reportingVerbs from '../../../data/reporting-verbs.json';
import speakers from '../../../data/speakers.json';
import taxonomy from '../../../data/taxonomy.json';
import {
  CountryAliasesSchema,
  EventFormatsSchema,
  OrganisationsSchema,
  PlacesSchema,
  ReportingVerbsSchema,
  SpeakerLexiconSchema,
  TaxonomySchema,
  type Tables,
} from '../extract/tables.ts';
import { GazetteerSchema } from '../extract/gazetteer.ts';
import { countryNamesFromPackage } from '../extract/country-names.ts';

/**
 * The extractor's lexicons as the browser reads them: the same data/ files
 * `npm run ingest` reads (bundled with the extraction worker), held to the
 * same schemas, with the country names in the same order. A test checks
 * that these are exactly the tables ingest loads, so a release extracted in
 * the page gives the records ingest would give.
 */

let tables: Tables | null = null;

export function bundledTables(): Tables {
  tables ??= {
    taxonomy: TaxonomySchema.parse(taxonomy),
    reportingVerbs: ReportingVerbsSchema.parse(reportingVerbs),
    speakers: SpeakerLexiconSchema.parse(speakers),
    countryNames: countryNamesFromPackage(),
    countryAliases: CountryAliasesSchema.parse(countryAliases),
    organisations: OrganisationsSchema.parse(organisations),
    places: PlacesSchema.parse(places),
    eventFormats: EventFormatsSchema.parse(eventFormats),
    gazetteer: GazetteerSchema.parse(gazetteer),
  };
  return tables;
}
