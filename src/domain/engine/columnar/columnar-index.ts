import type { Corpus, ForumEvent, Statement } from '../../corpus/corpus-schema.ts';
import type { Bitset } from './bitset.ts';
import type { Rows } from './growable.ts';
import type { TextIndex } from '../text/text-index.ts';
import { TextIndexBuilder } from '../text/text-index-builder.ts';
import { speakerSearchText } from '../../view-state/search.ts';
import { ColumnarIndexBuilder } from './columnar-index-builder.ts';

/**
 * The columnar form of a corpus that the scale engine queries.
 *
 * Statements are renumbered into an internal order: by event start date, then
 * event (in the order of its first statement in the corpus), then corpus
 * order. So every event and every start date owns one contiguous range of
 * positions, and per-event or per-day counts of any bitset are a rank
 * lookup at each boundary. Within one start date this order is usually the
 * list order (date, then corpus order) already; where it is not, the block
 * keeps its list order explicitly.
 *
 * Values are dictionary-encoded (countries, themes, speakers, events) into
 * dense numbers; per-value data are typed arrays. Pure data: no DOM, no
 * Node APIs, so it can be built and queried in a Web Worker.
 */
export type ColumnarIndex = {
  statementCount: number;
  eventCount: number;

  /** Internal position → index into corpus.statements. */
  corpusIndexOf: Uint32Array;
  /** Internal position → internal event index. */
  eventOf: Uint32Array;

  /** Internal event order. `eventBounds[e]…eventBounds[e+1]` are its statements. */
  eventIds: readonly string[];
  /**
   * Event id → the order it was added in; `eventOfAdded` turns that into
   * the internal index (see `eventIndexOf`). The builder's own map, kept
   * rather than rebuilt: a new map of every id costs a cache miss per id.
   */
  eventAddedIndexById: ReadonlyMap<string, number>;
  eventOfAdded: Uint32Array;
  eventBounds: Uint32Array;
  /** Rank of the event's start / end date in `dateValues` (sorted, distinct). */
  eventStartRank: Uint32Array;
  eventEndRank: Uint32Array;
  dateValues: readonly string[];
  /** Per event: its participant country ids. */
  eventCountries: Rows;
  /** Per event: its theme ids (own and its statements'), ascending. */
  eventThemes: Rows;
  /** Parallel to `eventThemes.values`: the event's statements with that theme. */
  eventThemeStatements: Uint32Array;
  /** Per event: its statements without a theme. */
  unthemedPerEvent: Uint32Array;
  /** Per event: index of its start-date block. */
  eventBlock: Uint32Array;
  /** Event indices sorted by id, the facet tie-break. */
  eventsById: Uint32Array;

  /** Start-date blocks: the dates and their statement bounds. */
  blockDates: readonly string[];
  blockBounds: Uint32Array;
  /** Per block: 1 when its internal order is already the list order. */
  blockInListOrder: Uint8Array;
  /** Internal positions in list order (within blocks not in list order). */
  listPositions: Uint32Array | null;

  countryCodes: readonly string[];
  countryIdByCode: ReadonlyMap<string, number>;
  /** Per country: events listing it as a participant (ascending). */
  countryEvents: Rows;
  /** Per country: positions of statements that mention it (ascending). */
  countryMentions: Rows;
  /** …of those, the statements whose event does not list it as a participant. */
  countryMentionsOnly: Rows;

  themeIds: readonly string[];
  themeIdByValue: ReadonlyMap<string, number>;
  /** Per theme: statements with that theme. */
  themeStatements: readonly Bitset[];
  /** Per theme: events with that theme (own or one of its statements'). */
  themeEvents: readonly Bitset[];
  unthemedStatements: Bitset;
  unthemedEvents: Bitset;
  /** Statements per theme, for when no other filter narrows them. */
  themeTotals: Uint32Array;

  speakerIds: readonly string[];
  speakerIdByValue: ReadonlyMap<string, number>;
  /** Per speaker: positions of their statements. */
  speakerStatements: Rows;
  /** Internal position → speaker id + 1 (0: no speaker). */
  speakerOf: Uint32Array;
  speakersById: Uint32Array;

  /**
   * The search index; null until built when the builder deferred it (see
   * `ensureTextIndex`) or sent the texts to be indexed elsewhere (see
   * `attachTextIndex`).
   */
  text: TextIndex | null;
  /** @internal What a deferred search index is built from. */
  pendingText: { texts: string[]; names: Array<string | null> } | null;
};
/** One event as the engine reads it. */
export type EngineEvent = {
  id: string;
  start: string;
  end: string;
  participants: readonly string[];
  themes: readonly string[];
};

/** One statement as the engine reads it. */
export type EngineStatement = {
  eventId: string;
  speakerId: string | null;
  /** What a search finds the speaker by: name, role and organisation (search.ts). */
  speakerText: string | null;
  text: string;
  themes: readonly string[];
  mentions: readonly string[];
};

export function engineEventOf(event: ForumEvent): EngineEvent {
  return {
    id: event.id,
    start: event.startDate.value,
    end: event.endDate?.value ?? event.startDate.value,
    participants: event.participatingCountries.map((country) => country.value),
    themes: event.themes.map((theme) => theme.themeId),
  };
}

export function engineStatementOf(statement: Statement): EngineStatement {
  return {
    eventId: statement.eventId,
    speakerId: statement.speaker?.id ?? null,
    speakerText: speakerSearchText(statement.speaker),
    text: statement.text,
    themes: statement.themes.map((theme) => theme.themeId),
    mentions: statement.mentionedCountries.map((mention) => mention.code),
  };
}
/**
 * The index's search index, built now if the builder deferred it. This is
 * the one place an index changes after `finish`: it fills in `text`.
 */
export function ensureTextIndex(index: ColumnarIndex): TextIndex {
  if (index.text) return index.text;
  const pending = index.pendingText;
  if (!pending) throw new Error('the search index is being built elsewhere and has not been attached yet');
  const builder = new TextIndexBuilder(index.statementCount, index.speakerIds.length + 1);
  // In internal order, so the postings are laid out by one sequential pass.
  for (let p = 0; p < index.statementCount; p += 1) {
    const i = index.corpusIndexOf[p]!;
    builder.add(pending.texts[i]!, pending.names[i]!, index.speakerOf[p]);
  }
  index.text = builder.finish(null);
  index.pendingText = null;
  return index.text;
}

/** The internal index of the event with this id; undefined for none. */
export function eventIndexOf(index: ColumnarIndex, id: string): number | undefined {
  const added = index.eventAddedIndexById.get(id);
  return added === undefined ? undefined : index.eventOfAdded[added];
}

/**
 * Builds the search index in this thread after all, from the statements
 * the index was built from (in the order they were added): for when the
 * thread that was building it failed.
 */
export function buildTextIndexHere(index: ColumnarIndex, statements: readonly Statement[]): TextIndex {
  if (statements.length !== index.statementCount) {
    throw new Error(`${statements.length} statements given, the index has ${index.statementCount}`);
  }
  index.pendingText = {
    texts: statements.map((statement) => statement.text),
    names: statements.map((statement) => speakerSearchText(statement.speaker)),
  };
  index.text = null;
  return ensureTextIndex(index);
}

/**
 * Attaches a search index built elsewhere from the texts a TextBatchSink was
 * given — in the order they were added, laid out by `index.corpusIndexOf`.
 */
export function attachTextIndex(index: ColumnarIndex, text: TextIndex): void {
  if (text.size !== index.statementCount) {
    throw new Error(`search index covers ${text.size} statements, the index has ${index.statementCount}`);
  }
  index.text = text;
  index.pendingText = null;
}
/** Builds the columnar index of a corpus held in memory. */
export function buildColumnarIndex(corpus: Corpus): ColumnarIndex {
  const builder = new ColumnarIndexBuilder(corpus.statements.length);
  for (const event of corpus.events) builder.addEvent(engineEventOf(event));
  for (const statement of corpus.statements) builder.addStatement(engineStatementOf(statement));
  return builder.finish();
}

