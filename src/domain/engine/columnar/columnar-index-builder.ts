import { GrowableUint32, rowsFromPairs } from './growable.ts';
import type { ColumnarIndex, EngineEvent, EngineStatement } from './columnar-index.ts';
import { finishIndex } from './finish-index.ts';
import { TextBatcher, type TextBatchSink } from '../text/text-batch.ts';
import { TextIndexBuilder } from '../text/text-index-builder.ts';

export class Dictionary {
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
    return finishIndex(this.columns());
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

/** What a builder has collected, as `finishIndex` lays it out. */
export type BuilderColumns = ReturnType<ColumnarIndexBuilder['columns']>;
