import type { Corpus } from './corpus-schema.ts';

/**
 * What the views need to know about a corpus besides the linked views: small
 * lookups, cheap to build on the page even for a large corpus (the search
 * and filter indexes live in the engine, which may be built in a worker).
 */
export type CorpusOutline = {
  /** Event id → position in corpus.events. */
  eventIndexById: ReadonlyMap<string, number>;
  /** Whether some statement, or some event (its own themes and its statements'), carries more than one theme: stacks then overcount. */
  severalThemes: Readonly<Record<'statements' | 'events', boolean>>;
};

function distinctThemeCount(themes: ReadonlyArray<{ themeId: string }>): number {
  if (themes.length < 2) return themes.length;
  return new Set(themes.map((theme) => theme.themeId)).size;
}

export function outlineCorpus(corpus: Corpus): CorpusOutline {
  const eventIndexById = new Map(corpus.events.map((event, index) => [event.id, index]));
  const statements = corpus.statements.some((statement) => distinctThemeCount(statement.themes) > 1);
  let events = corpus.events.some((event) => distinctThemeCount(event.themes) > 1);
  if (!events) {
    // An event's themes include its statements' themes.
    const themesByEvent = new Map<string, Set<string>>();
    for (const event of corpus.events) themesByEvent.set(event.id, new Set(event.themes.map((theme) => theme.themeId)));
    for (const statement of corpus.statements) {
      const themes = themesByEvent.get(statement.eventId);
      if (themes === undefined) continue;
      for (const theme of statement.themes) themes.add(theme.themeId);
      if (themes.size > 1) {
        events = true;
        break;
      }
    }
  }
  return { eventIndexById, severalThemes: { statements, events } };
}
