import type { CountryCode } from '../corpus/corpus-schema.ts';
import type { NameMatch } from './lexicon.ts';

export type Mentions = {
  mentionedCountries: Array<{ code: CountryCode; surface: string; span: [number, number] }>;
  mentionedOrganisations: Array<{ name: string; span: [number, number] }>;
  mentionedPlaces: Array<{ name: string; span: [number, number] }>;
};

/**
 * The names inside [start, end) that no excluded span covers, sorted into
 * countries, organisations and places. A place keeps its words as written;
 * an organisation its short name from data/organisations.json. Ambiguous
 * names are left out here: the caller reports them.
 */
export function collectMentions(
  names: readonly NameMatch[],
  start: number,
  end: number,
  excluded: ReadonlyArray<readonly [number, number]> = [],
): Mentions {
  const result: Mentions = { mentionedCountries: [], mentionedOrganisations: [], mentionedPlaces: [] };
  for (const name of names) {
    if (name.start < start || name.end > end) continue;
    if (excluded.some(([s, e]) => s <= name.start && name.end <= e)) continue;
    const span: [number, number] = [name.start, name.end];
    switch (name.value.kind) {
      case 'country':
        result.mentionedCountries.push({ code: name.value.code as CountryCode, surface: name.surface, span });
        break;
      case 'organisation':
        result.mentionedOrganisations.push({ name: name.value.name, span });
        break;
      case 'place':
        result.mentionedPlaces.push({ name: name.surface, span });
        break;
      case 'ambiguous':
        break;
    }
  }
  return result;
}
