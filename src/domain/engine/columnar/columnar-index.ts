import type { Corpus, ForumEvent, Statement } from '../../corpus/corpus-schema.ts';
import { createBitset, setBit, type Bitset } from './bitset.ts';
import { GrowableUint32, rowsFromPairs, type Rows } from './growable.ts';
import { orderByValue } from './order-by-value.ts';
import { speakerSearchText } from '../../view-state/search.ts';
import { TextBatcher, TextIndexBuilder, type TextBatchSink, type TextIndex } from '../text/text-index.ts';

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

class Dictionary {
  readonly values: string[] = [];
  readonly ids = new Map<string, number>();

  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Appends (row, id) for each distinct value. Lists are short (a few themes
 * or countries), so duplicates are found by looking back, not with a Set.
 */
function pushDistinct(
  row: number,
  values: readonly string[],
  dictionary: Dictionary,
  rows: GrowableUint32,
  ids: GrowableUint32,
): void {
  const first = ids.length;
  for (const value of values) {
    const id = dictionary.idOf(value);
    let seen = false;
    for (let i = first; i < ids.length; i += 1) if (ids.get(i) === id) seen = true;
    if (seen) continue;
    rows.push(row);
    ids.push(id);
  }
}

/**
 * Builds a ColumnarIndex record by record, so a corpus far larger than one
 * JSON string (or one object graph) can be indexed as it is generated or
 * read. Add every event before the statements that refer to it, and the
 * statements in corpus order.
 */
export class ColumnarIndexBuilder {
  private readonly countries = new Dictionary();
  private readonly themes = new Dictionary();
  private readonly speakers = new Dictionary();
  private readonly events = new Dictionary();
  private readonly eventStarts: string[] = [];
  private readonly eventEnds: string[] = [];
  private readonly eventCountryRows = new GrowableUint32();
  private readonly eventCountryValues = new GrowableUint32();
  private readonly eventThemeRows = new GrowableUint32();
  private readonly eventThemeValues = new GrowableUint32();

  private readonly statementEvents: GrowableUint32;
  private readonly statementSpeakers: GrowableUint32;
  private readonly statementThemeRows: GrowableUint32;
  private readonly statementThemeValues: GrowableUint32;
  private readonly mentionRows: GrowableUint32;
  private readonly mentionValues: GrowableUint32;
  private readonly text: TextIndexBuilder | null;
  private readonly texts: string[] = [];
  private readonly names: Array<string | null> = [];
  private readonly batcher: TextBatcher | null;
  private readonly sink: TextBatchSink | null;

  /**
   * Where the search index is built, tokenizing being most of a build:
   * - 'inline' (default): here, as statements are added;
   * - 'deferred': texts are only kept, and `ensureTextIndex` builds it on the
   *   first search, or when the app has time after the first views;
   * - a TextBatchSink: texts are encoded into batches and handed to it as
   *   they come (a TextIndexBuilder in another thread, say); the index's
   *   `text` stays null until `attachTextIndex` brings the result, whose
   *   records are the statements in the order they were added.
   */
  constructor(expectedStatements = 0, options: { text?: 'inline' | 'deferred' | TextBatchSink } = {}) {
    this.statementEvents = new GrowableUint32(expectedStatements);
    this.statementSpeakers = new GrowableUint32(expectedStatements);
    this.statementThemeRows = new GrowableUint32(expectedStatements * 2);
    this.statementThemeValues = new GrowableUint32(expectedStatements * 2);
    this.mentionRows = new GrowableUint32(expectedStatements);
    this.mentionValues = new GrowableUint32(expectedStatements);
    const text = options.text ?? 'inline';
    this.text = text === 'inline' ? new TextIndexBuilder(expectedStatements) : null;
    this.sink = typeof text === 'object' ? text : null;
    this.batcher = this.sink ? new TextBatcher() : null;
  }

  addEvent(event: EngineEvent): void {
    const index = this.events.values.length;
    if (this.events.idOf(event.id) !== index) throw new Error(`duplicate event id ${event.id}`);
    this.eventStarts.push(event.start);
    this.eventEnds.push(event.end);
    pushDistinct(index, event.participants, this.countries, this.eventCountryRows, this.eventCountryValues);
    pushDistinct(index, event.themes, this.themes, this.eventThemeRows, this.eventThemeValues);
  }

  addStatement(statement: EngineStatement): void {
    const index = this.statementEvents.length;
    const event = this.events.ids.get(statement.eventId);
    if (event === undefined) throw new Error(`statement ${index} refers to unknown event ${statement.eventId}`);
    this.statementEvents.push(event);
    this.statementSpeakers.push(statement.speakerId === null ? 0 : this.speakers.idOf(statement.speakerId) + 1);
    pushDistinct(index, statement.themes, this.themes, this.statementThemeRows, this.statementThemeValues);
    pushDistinct(index, statement.mentions, this.countries, this.mentionRows, this.mentionValues);
    if (this.text) this.text.add(statement.text, statement.speakerText);
    else if (this.batcher) {
      const batch = this.batcher.add(statement.text, statement.speakerText, this.statementSpeakers.get(index));
      if (batch) this.sink!.push(batch);
    }
    else {
      this.texts.push(statement.text);
      this.names.push(statement.speakerText);
    }
  }

  finish(): ColumnarIndex {
    const last = this.batcher?.take();
    if (last) this.sink!.push(last);
    this.sink?.end?.();
    return finishIndex(this);
  }

  /** @internal The collected columns, for `finishIndex`. */
  columns() {
    return {
      countries: this.countries,
      themes: this.themes,
      speakers: this.speakers,
      events: this.events,
      eventStarts: this.eventStarts,
      eventEnds: this.eventEnds,
      eventCountries: rowsFromPairs(this.events.values.length, this.eventCountryRows.view(), this.eventCountryValues.view()),
      eventOwnThemes: rowsFromPairs(this.events.values.length, this.eventThemeRows.view(), this.eventThemeValues.view()),
      statementEvents: this.statementEvents.view(),
      statementSpeakers: this.statementSpeakers.view(),
      statementThemes: rowsFromPairs(
        this.statementEvents.length,
        this.statementThemeRows.view(),
        this.statementThemeValues.view(),
      ),
      mentions: rowsFromPairs(this.statementEvents.length, this.mentionRows.view(), this.mentionValues.view()),
      text: this.text,
      pendingText: this.text || this.sink ? null : { texts: this.texts, names: this.names },
    };
  }
}

function finishIndex(builder: ColumnarIndexBuilder): ColumnarIndex {
  const c = builder.columns();
  const statementCount = c.statementEvents.length;
  const eventCount = c.events.values.length;

  // Statements of each corpus event, in corpus order.
  const statementNumbers = new Uint32Array(statementCount);
  for (let s = 0; s < statementCount; s += 1) statementNumbers[s] = s;
  const statementsByEvent = rowsFromPairs(eventCount, c.statementEvents, statementNumbers);

  // Dates are ranked among the corpus's distinct dates, in string order.
  const distinctDates = new Map<string, number>();
  for (const date of c.eventStarts) distinctDates.set(date, 0);
  for (const date of c.eventEnds) distinctDates.set(date, 0);
  const dateValues = [...distinctDates.keys()].sort();
  dateValues.forEach((date, rank) => distinctDates.set(date, rank));
  const startRankOf = Uint32Array.from(c.eventStarts, (date) => distinctDates.get(date)!);
  const endRankOf = Uint32Array.from(c.eventEnds, (date) => distinctDates.get(date)!);
  // Events by (start date, first statement in the corpus): one numeric key
  // each, sorted natively. Events without statements come after the others
  // of their day, in corpus order.
  const span = statementCount + eventCount + 1;
  const keys = new Float64Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) {
    const from = statementsByEvent.offsets[e]!;
    const first = from < statementsByEvent.offsets[e + 1]! ? statementsByEvent.values[from]! : statementCount + e;
    keys[e] = startRankOf[e]! * span + first;
  }
  keys.sort();
  const eventOrder = new Uint32Array(eventCount);
  for (let i = 0; i < eventCount; i += 1) {
    const first = keys[i]! % span;
    eventOrder[i] = first < statementCount ? c.statementEvents[first]! : first - statementCount;
  }

  // Internal positions.
  const corpusIndexOf = new Uint32Array(statementCount);
  const eventOf = new Uint32Array(statementCount);
  const eventBounds = new Uint32Array(eventCount + 1);
  let position = 0;
  for (let e = 0; e < eventCount; e += 1) {
    const corpusEvent = eventOrder[e]!;
    eventBounds[e] = position;
    for (let i = statementsByEvent.offsets[corpusEvent]!; i < statementsByEvent.offsets[corpusEvent + 1]!; i += 1) {
      corpusIndexOf[position] = statementsByEvent.values[i]!;
      eventOf[position] = e;
      position += 1;
    }
  }
  eventBounds[eventCount] = position;

  const eventIds = Array.from(eventOrder, (corpusEvent) => c.events.values[corpusEvent]!);
  const eventOfAdded = new Uint32Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) eventOfAdded[eventOrder[e]!] = e;
  const eventStartRank = Uint32Array.from(eventOrder, (corpusEvent) => startRankOf[corpusEvent]!);
  const eventEndRank = Uint32Array.from(eventOrder, (corpusEvent) => endRankOf[corpusEvent]!);

  // Start-date blocks, and whether each is already in list order.
  const blockDates: string[] = [];
  const blockBoundsList: number[] = [];
  const eventBlock = new Uint32Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) {
    if (e === 0 || eventStartRank[e] !== eventStartRank[e - 1]) {
      blockDates.push(dateValues[eventStartRank[e]!]!);
      blockBoundsList.push(eventBounds[e]!);
    }
    eventBlock[e] = blockDates.length - 1;
  }
  blockBoundsList.push(statementCount);
  const blockBounds = Uint32Array.from(blockBoundsList);
  const blockInListOrder = new Uint8Array(blockDates.length);
  let listPositions: Uint32Array | null = null;
  for (let b = 0; b < blockDates.length; b += 1) {
    let ordered = 1;
    for (let p = blockBounds[b]! + 1; p < blockBounds[b + 1]!; p += 1) {
      if (corpusIndexOf[p]! < corpusIndexOf[p - 1]!) {
        ordered = 0;
        break;
      }
    }
    blockInListOrder[b] = ordered;
    if (!ordered) {
      listPositions ??= new Uint32Array(statementCount);
      const from = blockBounds[b]!;
      const to = blockBounds[b + 1]!;
      const block = Uint32Array.from({ length: to - from }, (_, i) => from + i).sort(
        (x, y) => corpusIndexOf[x]! - corpusIndexOf[y]!,
      );
      listPositions.set(block, from);
    }
  }

  // Countries: participants per event, events per country, mentions.
  const eventCountries = permuteRows(c.eventCountries, eventOrder);
  const countryCount = c.countries.values.length;
  const countryEvents = invertRows(eventCountries, countryCount);
  const mentionRows = new GrowableUint32(c.mentions.values.length);
  const mentionValues = new GrowableUint32(c.mentions.values.length);
  const onlyRows = new GrowableUint32();
  const onlyValues = new GrowableUint32();
  for (let p = 0; p < statementCount; p += 1) {
    const s = corpusIndexOf[p]!;
    const e = eventOf[p]!;
    for (let i = c.mentions.offsets[s]!; i < c.mentions.offsets[s + 1]!; i += 1) {
      const country = c.mentions.values[i]!;
      mentionRows.push(country);
      mentionValues.push(p);
      let participant = false;
      for (let j = eventCountries.offsets[e]!; j < eventCountries.offsets[e + 1]!; j += 1) {
        if (eventCountries.values[j] === country) participant = true;
      }
      if (!participant) {
        onlyRows.push(country);
        onlyValues.push(p);
      }
    }
  }

  // Themes: per-theme bitsets over statements and events.
  const themeCount = c.themes.values.length;
  const themeStatements = c.themes.values.map(() => createBitset(statementCount));
  const themeEvents = c.themes.values.map(() => createBitset(eventCount));
  const unthemedStatements = createBitset(statementCount);
  const unthemedEvents = createBitset(eventCount);
  const themeTotals = new Uint32Array(themeCount);
  const eventThemeRows = new GrowableUint32();
  const eventThemeValues = new GrowableUint32();
  const eventThemeCounts = new GrowableUint32();
  const unthemedPerEvent = new Uint32Array(eventCount);
  const eventHas = new Uint8Array(themeCount);
  const statementsWith = new Uint32Array(themeCount);
  for (let e = 0; e < eventCount; e += 1) {
    eventHas.fill(0);
    statementsWith.fill(0);
    const corpusEvent = eventOrder[e]!;
    for (let i = c.eventOwnThemes.offsets[corpusEvent]!; i < c.eventOwnThemes.offsets[corpusEvent + 1]!; i += 1) {
      eventHas[c.eventOwnThemes.values[i]!] = 1;
    }
    for (let p = eventBounds[e]!; p < eventBounds[e + 1]!; p += 1) {
      const s = corpusIndexOf[p]!;
      const from = c.statementThemes.offsets[s]!;
      const to = c.statementThemes.offsets[s + 1]!;
      if (from === to) {
        setBit(unthemedStatements, p);
        unthemedPerEvent[e]! += 1;
      }
      for (let i = from; i < to; i += 1) {
        const theme = c.statementThemes.values[i]!;
        setBit(themeStatements[theme]!, p);
        themeTotals[theme]! += 1;
        statementsWith[theme]! += 1;
        eventHas[theme] = 1;
      }
    }
    let any = false;
    for (let t = 0; t < themeCount; t += 1) {
      if (!eventHas[t]) continue;
      any = true;
      setBit(themeEvents[t]!, e);
      eventThemeRows.push(e);
      eventThemeValues.push(t);
      eventThemeCounts.push(statementsWith[t]!);
    }
    if (!any) setBit(unthemedEvents, e);
  }

  // Speakers: a column, and the positions of each speaker's statements.
  const speakerRows = new GrowableUint32(statementCount);
  const speakerValues = new GrowableUint32(statementCount);
  const speakerOf = new Uint32Array(statementCount);
  for (let p = 0; p < statementCount; p += 1) {
    const speaker = c.statementSpeakers[corpusIndexOf[p]!]!;
    speakerOf[p] = speaker;
    if (speaker !== 0) {
      speakerRows.push(speaker - 1);
      speakerValues.push(p);
    }
  }
  const speakerCount = c.speakers.values.length;

  const text = c.text ? c.text.finish(corpusIndexOf) : null;

  return {
    statementCount,
    eventCount,
    corpusIndexOf,
    eventOf,
    eventIds,
    eventAddedIndexById: c.events.ids,
    eventOfAdded,
    eventBounds,
    eventStartRank,
    eventEndRank,
    dateValues,
    eventCountries,
    // Rows are pushed in event order, so the pairs are already grouped.
    eventThemes: rowsFromPairs(eventCount, eventThemeRows.view(), eventThemeValues.view()),
    eventThemeStatements: eventThemeCounts.toArray(),
    unthemedPerEvent,
    eventBlock,
    eventsById: orderByValue(eventIds),
    blockDates,
    blockBounds,
    blockInListOrder,
    listPositions,
    countryCodes: c.countries.values,
    countryIdByCode: c.countries.ids,
    countryEvents,
    countryMentions: rowsFromPairs(countryCount, mentionRows.view(), mentionValues.view()),
    countryMentionsOnly: rowsFromPairs(countryCount, onlyRows.view(), onlyValues.view()),
    themeIds: c.themes.values,
    themeIdByValue: c.themes.ids,
    themeStatements,
    themeEvents,
    unthemedStatements,
    unthemedEvents,
    themeTotals,
    speakerIds: c.speakers.values,
    speakerIdByValue: c.speakers.ids,
    speakerStatements: rowsFromPairs(speakerCount, speakerRows.view(), speakerValues.view()),
    speakerOf,
    speakersById: orderByValue(c.speakers.values),
    text,
    pendingText: c.pendingText,
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

/** Rows in a new row order: row i of the result is row order[i] of `rows`. */
function permuteRows(rows: Rows, order: Uint32Array): Rows {
  const offsets = new Uint32Array(order.length + 1);
  const values = new Uint32Array(rows.values.length);
  let cursor = 0;
  order.forEach((row, i) => {
    offsets[i] = cursor;
    for (let j = rows.offsets[row]!; j < rows.offsets[row + 1]!; j += 1) {
      values[cursor] = rows.values[j]!;
      cursor += 1;
    }
  });
  offsets[order.length] = cursor;
  return { offsets, values };
}

/** Row r lists value v ⇒ row v of the result lists r (ascending). */
function invertRows(rows: Rows, valueCount: number): Rows {
  const pairsRows = new Uint32Array(rows.values.length);
  const pairsValues = new Uint32Array(rows.values.length);
  let k = 0;
  for (let r = 0; r + 1 < rows.offsets.length; r += 1) {
    for (let j = rows.offsets[r]!; j < rows.offsets[r + 1]!; j += 1) {
      pairsRows[k] = rows.values[j]!;
      pairsValues[k] = r;
      k += 1;
    }
  }
  return rowsFromPairs(valueCount, pairsRows, pairsValues);
}

/** Builds the columnar index of a corpus held in memory. */
export function buildColumnarIndex(corpus: Corpus): ColumnarIndex {
  const builder = new ColumnarIndexBuilder(corpus.statements.length);
  for (const event of corpus.events) builder.addEvent(engineEventOf(event));
  for (const statement of corpus.statements) builder.addStatement(engineStatementOf(statement));
  return builder.finish();
}

