import type { Corpus } from './corpus-schema.ts';
import { UNTHEMED } from '../engine/contract.ts';
import { countryName } from './countries.ts';

/** Human names for the ids the filters and facets carry. */
export type Labels = {
  country: (code: string) => string;
  theme: (id: string) => string;
  speaker: (id: string) => string;
  event: (id: string) => string;
};

export function buildLabels(corpus: Corpus): Labels {
  const themes = new Map(corpus.taxonomy.map((theme) => [theme.id, theme.label]));
  themes.set(UNTHEMED, 'No theme assigned');
  const events = new Map(corpus.events.map((event) => [event.id, event.title.value]));
  const speakers = new Map<string, string>();
  for (const statement of corpus.statements) {
    const speaker = statement.speaker;
    if (speaker && !speakers.has(speaker.id)) {
      speakers.set(speaker.id, speaker.name ?? speaker.role ?? speaker.organisation ?? speaker.mention);
    }
  }
  return {
    country: countryName,
    theme: (id) => themes.get(id) ?? id,
    speaker: (id) => speakers.get(id) ?? id,
    event: (id) => events.get(id) ?? id,
  };
}
