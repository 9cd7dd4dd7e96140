/**
 * The crossfilter2 baseline for the benchmark and the parity test, set up as
 * its documentation recommends: one dimension per filter, array dimensions
 * for multi-valued fields, a group per view (a group ignores its own
 * dimension's filter, which is the "each view excludes its own filter" rule).
 *
 * Where crossfilter cannot express a rule of Forum Atlas directly:
 * - Text search has no crossfilter index: it is a filterFunction on a
 *   statement-id dimension, testing a folded copy of each statement's
 *   searchable text (made once at setup) for every query word at a word start.
 * - The date filter is an overlap of the event's [start, end]: the date
 *   dimension's key packs start and end days, filtered with a function.
 * - "Countries, or mentions too" are two array dimensions (participants;
 *   participants ∪ mentions); the filter sits on the one `includeMentions`
 *   selects, and the country view reads that dimension's group.
 * - The timeline is a group on the date dimension by start day, reducing
 *   counts per theme. It ignores the date filter but not the theme filter,
 *   so only the series of the selected themes (all, with no theme filter)
 *   equal the reference's, whose timeline ignores both.
 */
import crossfilter from 'crossfilter2';
import type { Filters, SortOrder } from '../../src/domain/view-state/filters.ts';
import type { EngineEvent, EngineStatement } from '../../src/domain/engine/columnar/columnar-index.ts';
import { countryName } from '../../src/domain/corpus/countries.ts';
import { foldWord, parseSearchQuery, tokenizeWords, toQueryWords, type QueryWord } from '../../src/domain/view-state/search.ts';
import { stemWord } from '../../src/domain/view-state/stem-word.ts';

export type CrossfilterRecord = {
  id: number;
  /** startDay · 65536 + endDay, days since 1970-01-01. */
  dates: number;
  event: number;
  speaker: number;
  participants: number[];
  participantsOrMentions: number[];
  themes: number[];
};

const DAY_MS = 86_400_000;
const NO_SPEAKER = -1;

function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

class Codes {
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

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function startsWordAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  const before = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
  return !WORD_CHARACTER.test(before);
}

const WORD_CONTINUES = /^[\p{L}\p{N}\p{M}]/u;

function endsWordAt(text: string, at: number): boolean {
  return at >= text.length || !WORD_CONTINUES.test(text.slice(at, at + 2));
}

/** True when some word of the folded text starts with `word`, or (`whole`) is `word`. */
function hasWord(folded: string, word: string, whole: boolean): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (startsWordAt(folded, at) && (!whole || endsWordAt(folded, at + word.length))) return true;
  }
  return false;
}

/**
 * True when every query word matches a word of the folded text as search.ts
 * says: a word starting with it, or a word with its stem. `changedStems`
 * lists the stems of the text's words that are not their own stem, so a word
 * equal to the query's stem is found in the text itself (a stem is its own).
 */
export function foldedTextMatches(folded: string, changedStems: string, queryWords: readonly QueryWord[]): boolean {
  return queryWords.every(
    (query) => hasWord(folded, query.word, false) || hasWord(folded, query.stem, true) || changedStems.includes(` ${query.stem} `),
  );
}

export type CrossfilterViews = {
  matching: CrossfilterRecord[];
  countries: ReadonlyArray<{ key: number; value: number }>;
  themes: ReadonlyArray<{ key: number; value: number }>;
  speakers: ReadonlyArray<{ key: number; value: number }>;
  events: ReadonlyArray<{ key: number; value: number }>;
  /** Per start day: statements per theme id (the last slot: no theme). */
  timeline: ReadonlyArray<{ key: number; value: Uint32Array }>;
};

/** Collects records the way the columnar builder does, then builds crossfilter. */
export class CrossfilterModelBuilder {
  readonly countries = new Codes();
  readonly themes = new Codes();
  readonly speakers = new Codes();
  readonly events = new Codes();
  private readonly eventRecords: Array<{ dates: number; participants: number[] }> = [];
  private readonly themeSets = new Map<string, number[]>();
  readonly records: CrossfilterRecord[] = [];
  readonly folded: string[] = [];
  readonly changedStems: string[] = [];

  addEvent(event: EngineEvent): void {
    this.events.idOf(event.id);
    this.eventRecords.push({
      dates: dayOf(event.start) * 65536 + dayOf(event.end),
      participants: [...new Set(event.participants)].map((code) => this.countries.idOf(code)),
    });
  }

  addStatement(statement: EngineStatement): void {
    const event = this.events.ids.get(statement.eventId)!;
    const { dates, participants } = this.eventRecords[event]!;
    const themes = [...new Set(statement.themes)].map((theme) => this.themes.idOf(theme)).sort((a, b) => a - b);
    // Records share arrays where the values repeat, to keep memory honest.
    const themeKey = themes.join(',');
    const sharedThemes = this.themeSets.get(themeKey) ?? themes;
    this.themeSets.set(themeKey, sharedThemes);
    const mentions = statement.mentions.map((code) => this.countries.idOf(code)).filter((c) => !participants.includes(c));
    this.records.push({
      id: this.records.length,
      dates,
      event,
      speaker: statement.speakerId === null ? NO_SPEAKER : this.speakers.idOf(statement.speakerId),
      participants,
      participantsOrMentions: mentions.length === 0 ? participants : [...participants, ...new Set(mentions)],
      themes: sharedThemes,
    });
    // What search.ts looks in: the text, the speaker, the names of the countries mentioned.
    const countries = [...new Set(statement.mentions)].map(countryName).join(' ');
    const folded = foldWord(`${statement.text} ${statement.speakerText ?? ''} ${countries}`);
    this.folded.push(folded);
    const changed = new Set<string>();
    for (const token of tokenizeWords(folded)) {
      const stem = stemWord(token.folded);
      if (stem !== token.folded) changed.add(stem);
    }
    this.changedStems.push(changed.size === 0 ? '' : ` ${[...changed].join(' ')} `);
  }

  finish(): CrossfilterModel {
    return new CrossfilterModel(this);
  }
}

type FacetState = { countries: string; includeMentions: boolean; themes: string; speakers: string; events: string; dates: string; search: string };

export class CrossfilterModel {
  readonly builder: CrossfilterModelBuilder;
  private readonly filter: crossfilter.Crossfilter<CrossfilterRecord>;
  private readonly dateDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly participantDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly mentionDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly themeDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly speakerDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly eventDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly idDimension: crossfilter.Dimension<CrossfilterRecord, number>;
  private readonly participantGroup: crossfilter.Group<CrossfilterRecord, number, number>;
  private readonly mentionGroup: crossfilter.Group<CrossfilterRecord, number, number>;
  private readonly themeGroup: crossfilter.Group<CrossfilterRecord, number, number>;
  private readonly speakerGroup: crossfilter.Group<CrossfilterRecord, number, number>;
  private readonly eventGroup: crossfilter.Group<CrossfilterRecord, number, number>;
  private readonly timelineGroup: crossfilter.Group<CrossfilterRecord, number, Uint32Array>;
  private state: FacetState = { countries: '', includeMentions: false, themes: '', speakers: '', events: '', dates: '', search: '' };

  constructor(builder: CrossfilterModelBuilder) {
    this.builder = builder;
    const filter = crossfilter(builder.records);
    this.filter = filter;
    this.dateDimension = filter.dimension((r) => r.dates);
    this.participantDimension = filter.dimension((r) => r.participants, true);
    this.mentionDimension = filter.dimension((r) => r.participantsOrMentions, true);
    this.themeDimension = filter.dimension((r) => r.themes, true);
    this.speakerDimension = filter.dimension((r) => r.speaker);
    this.eventDimension = filter.dimension((r) => r.event);
    this.idDimension = filter.dimension((r) => r.id);
    this.participantGroup = this.participantDimension.group<number, number>().reduceCount();
    this.mentionGroup = this.mentionDimension.group<number, number>().reduceCount();
    this.themeGroup = this.themeDimension.group<number, number>().reduceCount();
    this.speakerGroup = this.speakerDimension.group<number, number>().reduceCount();
    this.eventGroup = this.eventDimension.group<number, number>().reduceCount();
    const slots = () => builder.themes.values.length + 1;
    this.timelineGroup = this.dateDimension
      .group<number, Uint32Array>((dates) => Math.floor(dates / 65536))
      .reduce(
        (counts, record) => {
          if (record.themes.length === 0) counts[counts.length - 1]! += 1;
          for (const theme of record.themes) counts[theme]! += 1;
          return counts;
        },
        (counts, record) => {
          if (record.themes.length === 0) counts[counts.length - 1]! -= 1;
          for (const theme of record.themes) counts[theme]! -= 1;
          return counts;
        },
        () => new Uint32Array(slots()),
      );
  }

  /** Applies a filter state, touching only the dimensions whose filter changed. */
  apply(filters: Filters): void {
    const setOf = (codes: Codes, values: readonly string[]) =>
      new Set(values.map((value) => codes.ids.get(value)).filter((id): id is number => id !== undefined));
    const key = (values: readonly string[]) => [...new Set(values)].sort().join('\u0000');
    const next: FacetState = {
      countries: key(filters.countries),
      includeMentions: filters.includeMentions,
      themes: key(filters.themes),
      speakers: key(filters.speakers),
      events: key(filters.events),
      dates: `${filters.from ?? ''}\u0000${filters.to ?? ''}`,
      search: parseSearchQuery(filters.search).join('\u0000'),
    };
    const previous = this.state;
    if (next.countries !== previous.countries || next.includeMentions !== previous.includeMentions) {
      const selected = setOf(this.builder.countries, filters.countries);
      const [on, off] = filters.includeMentions
        ? [this.mentionDimension, this.participantDimension]
        : [this.participantDimension, this.mentionDimension];
      off.filterAll();
      if (filters.countries.length === 0) on.filterAll();
      else on.filterFunction((code) => selected.has(code));
    }
    if (next.themes !== previous.themes) {
      const selected = setOf(this.builder.themes, filters.themes);
      if (filters.themes.length === 0) this.themeDimension.filterAll();
      else this.themeDimension.filterFunction((theme) => selected.has(theme));
    }
    if (next.speakers !== previous.speakers) {
      const selected = setOf(this.builder.speakers, filters.speakers);
      if (filters.speakers.length === 0) this.speakerDimension.filterAll();
      else this.speakerDimension.filterFunction((speaker) => selected.has(speaker));
    }
    if (next.events !== previous.events) {
      const selected = setOf(this.builder.events, filters.events);
      if (filters.events.length === 0) this.eventDimension.filterAll();
      else this.eventDimension.filterFunction((event) => selected.has(event));
    }
    if (next.dates !== previous.dates) {
      const { from, to } = filters;
      if (from === null && to === null) this.dateDimension.filterAll();
      else {
        const fromDay = from === null ? -Infinity : dayOf(from);
        const toDay = to === null ? Infinity : dayOf(to);
        this.dateDimension.filterFunction((dates) => {
          const start = Math.floor((dates) / 65536);
          const end = (dates) % 65536;
          return fromDay <= toDay && start <= toDay && end >= fromDay;
        });
      }
    }
    if (next.search !== previous.search) {
      const words = toQueryWords(parseSearchQuery(filters.search));
      const { folded, changedStems } = this.builder;
      if (words.length === 0) this.idDimension.filterAll();
      else this.idDimension.filterFunction((id) => foldedTextMatches(folded[id]!, changedStems[id]!, words));
    }
    this.state = next;
  }

  /** What each view reads after a filter change. */
  read(sort: SortOrder): CrossfilterViews {
    return {
      matching: sort === 'date-asc' ? this.dateDimension.bottom(Infinity) : this.dateDimension.top(Infinity),
      countries: (this.state.includeMentions ? this.mentionGroup : this.participantGroup).all(),
      themes: this.themeGroup.all(),
      speakers: this.speakerGroup.all(),
      events: this.eventGroup.all(),
      timeline: this.timelineGroup.all(),
    };
  }

  get size(): number {
    return this.filter.size();
  }
}

export { dayOf };
