import { z } from '../corpus/zod.ts';
import { ThemeSchema } from '../corpus/corpus-schema.ts';
import type { Gazetteer } from './gazetteer.ts';

/**
 * The lexicons the extractor reads. They are data (files under data/), so an
 * analyst can extend them without touching code; these schemas are what the
 * ingest script validates them against.
 */

const Alpha3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');

export const TaxonomySchema = z.array(ThemeSchema).min(1);

export const ReportingVerbsSchema = z.strictObject({
  about: z.string(),
  verbs: z.array(
    z.strictObject({
      lemma: z.string().min(1),
      forms: z.array(z.string().min(1)),
      participles: z.array(z.string().min(1)),
      objectBeforeThat: z.boolean().optional(),
      thatOnly: z.boolean().optional(),
    }),
  ),
});

const Gender = z.enum(['m', 'f']).nullable();

export const SpeakerLexiconSchema = z.strictObject({
  about: z.string(),
  titles: z.array(z.string().min(1)),
  modifiers: z.array(z.string().min(1)),
  honorifics: z.array(z.strictObject({ word: z.string().min(1), gender: Gender })),
  pronouns: z.array(z.strictObject({ word: z.string().min(1), gender: Gender, plural: z.boolean() })),
  groups: z.array(z.string().min(1)),
  groupDeterminers: z.array(z.string().min(1)),
  adverbs: z.array(z.string().min(1)),
  surnameFirst: z.array(z.string().min(1)),
  descriptors: z.array(z.string().min(1)),
});

export const CountryAliasesSchema = z.strictObject({
  about: z.string(),
  aliases: z.array(
    z.strictObject({ name: z.string().min(1), code: Alpha3, kind: z.enum(['adjective', 'long-form', 'short-form']) }),
  ),
  ambiguous: z.array(z.strictObject({ name: z.string().min(1), codes: z.array(Alpha3).min(2) })),
});

export const OrganisationsSchema = z.strictObject({
  about: z.string(),
  organisations: z.array(
    z.strictObject({ name: z.string().min(1), fullName: z.string().min(1), aliases: z.array(z.string().min(1)) }),
  ),
});

export const PlacesSchema = z.strictObject({
  about: z.string(),
  headNouns: z.array(z.string().min(1)),
  subnationalHeads: z.array(z.string().min(1)),
  places: z.array(z.strictObject({ names: z.array(z.string().min(1)).min(1), kind: z.enum(['region', 'initiative']) })),
});

export const EventFormatsSchema = z.strictObject({
  about: z.string(),
  cues: z.array(
    z.strictObject({
      cue: z.string().min(1),
      format: z.enum(['online', 'in-person', 'hybrid', 'phone']),
      explicit: z.boolean(),
    }),
  ),
});

/** English country names from a maintained package, one entry per name. */
export type CountryName = { name: string; code: string };

export type Tables = {
  taxonomy: z.infer<typeof TaxonomySchema>;
  reportingVerbs: z.infer<typeof ReportingVerbsSchema>;
  speakers: z.infer<typeof SpeakerLexiconSchema>;
  countryNames: readonly CountryName[];
  countryAliases: z.infer<typeof CountryAliasesSchema>;
  organisations: z.infer<typeof OrganisationsSchema>;
  places: z.infer<typeof PlacesSchema>;
  eventFormats: z.infer<typeof EventFormatsSchema>;
  gazetteer: Gazetteer;
};
