import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../../../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarEventListFromIndex, createReferenceEventList } from '../../../../../src/domain/engine/linked-views-engine.ts';
import { eventSortKey } from '../../../../../src/domain/events/event-sort-keys.ts';
import { EVENT_SORT_COLUMNS, type EventSort } from '../../../../../src/domain/view-state/event-sort.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../../../../src/domain/synthetic/generate-corpus.ts';

const corpus = generateSyntheticCorpus({ statements: 2500, seed: 11 });
const reference = createReferenceEventList(corpus);
const columnar = createColumnarEventListFromIndex(buildColumnarIndex(corpus), corpus.events);

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const someSpeakers = [...new Set(corpus.statements.map((s) => s.speaker?.id).filter(Boolean))].slice(0, 3) as string[];
// More events than statements: some events have none.
const sparse = generateSyntheticCorpus({ statements: 300, events: 400, seed: 3 });
const sparseColumnar = createColumnarEventListFromIndex(buildColumnarIndex(sparse), sparse.events);
const sparseReference = createReferenceEventList(sparse);
const emptyEvent = sparse.events.find((event) => !sparse.statements.some((s) => s.eventId === event.id));

const QUERIES: Array<[string, Filters]> = [
  ['nothing set', EMPTY_FILTERS],
  ['one country', filters({ countries: ['CHN' as CountryCode] })],
  ['countries with mentions', filters({ countries: ['AFG' as CountryCode, 'KAZ' as CountryCode], includeMentions: true })],
  ['one theme', filters({ themes: ['drug-trafficking'] })],
  ['speakers', filters({ speakers: someSpeakers })],
  ['dates', filters({ from: '2012-01-01', to: '2013-12-31' })],
  ['inverted range', filters({ from: '2018-01-01', to: '2010-01-01' })],
  ['search', filters({ search: 'border coop' })],
  ['search and speakers', filters({ search: 'terror', speakers: someSpeakers })],
  ['everything', filters({ countries: ['CHN' as CountryCode], themes: ['drug-trafficking'], from: '2008-01-01', search: 'co' })],
  ['nothing matches', filters({ search: 'zzqxv' })],
];
const SORTS: EventSort[] = EVENT_SORT_COLUMNS.flatMap((column) => [
  { column, direction: 'asc' as const },
  { column, direction: 'desc' as const },
]);

describe('events table: columnar engine against the reference', () => {
  it.each(QUERIES.flatMap(([name, f]) => SORTS.map((sort): [string, string, Filters, EventSort] => [name, `${sort.column} ${sort.direction}`, f, sort])))(
    '%s, sorted by %s',
    (_name, _sort, f, sort) => {
      expect(Array.from(columnar.listEvents({ filters: f, sort }))).toEqual(Array.from(reference.listEvents({ filters: f, sort })));
    },
  );

  it('ignores the event filter: choosing an event keeps the table whole', () => {
    const sort: EventSort = { column: 'date', direction: 'asc' };
    const chosen = filters({ events: [corpus.events[3]!.id] });
    expect(columnar.listEvents({ filters: chosen, sort })).toEqual(columnar.listEvents({ filters: EMPTY_FILTERS, sort }));
    expect(columnar.listEvents({ filters: EMPTY_FILTERS, sort }).length).toBe(corpus.events.length);
  });

  it('keeps events without statements unless a speaker or search filter asks for one', () => {
    expect(emptyEvent).toBeDefined();
    const index = sparse.events.indexOf(emptyEvent!);
    const sort: EventSort = { column: 'title', direction: 'desc' };
    for (const f of [EMPTY_FILTERS, filters({ search: 'co' }), filters({ countries: ['CHN' as CountryCode] })]) {
      expect(Array.from(sparseColumnar.listEvents({ filters: f, sort }))).toEqual(Array.from(sparseReference.listEvents({ filters: f, sort })));
    }
    expect(Array.from(sparseColumnar.listEvents({ filters: EMPTY_FILTERS, sort }))).toContain(index);
    expect(Array.from(sparseColumnar.listEvents({ filters: filters({ search: 'co' }), sort }))).not.toContain(index);
  });

  it('descending keeps ties in corpus order and missing values last', () => {
    const sort: EventSort = { column: 'participants', direction: 'desc' };
    const order = Array.from(columnar.listEvents({ filters: EMPTY_FILTERS, sort }));
    const keys = order.map((i) => eventSortKey(corpus.events[i]!, 'participants') as number | null);
    const firstMissing = keys.indexOf(null);
    expect(firstMissing).toBeGreaterThan(0);
    expect(keys.slice(firstMissing).every((key) => key === null)).toBe(true);
    for (let k = 1; k < order.length; k += 1) {
      const [a, b] = [keys[k - 1]!, keys[k]!];
      if (a === b) expect(order[k - 1]!).toBeLessThan(order[k]!);
      else if (b !== null) expect(a > b).toBe(true);
    }
  });
});
