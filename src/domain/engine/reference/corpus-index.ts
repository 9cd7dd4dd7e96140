import type { CountryCode, Corpus, IsoDate } from '../../corpus/corpus-schema.ts';
import { speakerSearchText, tokenizeWords } from '../../view-state/search.ts';
import { stemWord } from '../../view-state/stem-word.ts';

export type IndexedEvent = {
  index: number;
  id: string;
  start: IsoDate;
  end: IsoDate;
  participants: ReadonlySet<CountryCode>;
  /** The event's own themes and those of its statements. */
  themes: ReadonlySet<string>;
  statements: readonly number[];
};

export type IndexedStatement = {
  index: number;
  eventIndex: number;
  date: IsoDate;
  speakerId: string | null;
  themes: readonly string[];
  mentions: ReadonlySet<CountryCode>;
  /** Folded words of the statement text and its speaker's name, role and organisation, for search. */
  words: readonly string[];
  /** The stem of each of `words`. */
  stems: readonly string[];
  /** Position in the corpus's own order, the tie-break of every sort. */
  order: number;
};

/**
 * Per-record lookups the reference engine needs, computed once per corpus.
 * Pure data; no view state.
 */
export type CorpusIndex = {
  corpus: Corpus;
  events: readonly IndexedEvent[];
  statements: readonly IndexedStatement[];
  eventIndexById: ReadonlyMap<string, number>;
};

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const eventIndexById = new Map(corpus.events.map((event, index) => [event.id, index]));
  const statementsByEvent = corpus.events.map((): number[] => []);
  const themesByEvent = corpus.events.map((event) => new Set(event.themes.map((theme) => theme.themeId)));

  const statements = corpus.statements.map((statement, index): IndexedStatement => {
    const eventIndex = eventIndexById.get(statement.eventId);
    if (eventIndex === undefined) {
      throw new Error(`statement ${statement.id} refers to unknown event ${statement.eventId}`);
    }
    const event = corpus.events[eventIndex]!;
    statementsByEvent[eventIndex]!.push(index);
    const themes = [...new Set(statement.themes.map((theme) => theme.themeId))];
    for (const theme of themes) themesByEvent[eventIndex]!.add(theme);
    const searchable = `${statement.text} ${speakerSearchText(statement.speaker) ?? ''}`;
    const words = [...new Set(tokenizeWords(searchable).map((token) => token.folded))];
    return {
      index,
      eventIndex,
      date: event.startDate.value,
      speakerId: statement.speaker?.id ?? null,
      themes,
      mentions: new Set(statement.mentionedCountries.map((mention) => mention.code)),
      words,
      stems: words.map(stemWord),
      order: index,
    };
  });

  const events = corpus.events.map(
    (event, index): IndexedEvent => ({
      index,
      id: event.id,
      start: event.startDate.value,
      end: event.endDate?.value ?? event.startDate.value,
      participants: new Set(event.participatingCountries.map((country) => country.value)),
      themes: themesByEvent[index]!,
      statements: statementsByEvent[index]!,
    }),
  );

  return { corpus, events, statements, eventIndexById };
}
