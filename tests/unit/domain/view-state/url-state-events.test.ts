import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, readViewState, serializeViewState, type ViewState } from '../../../../src/domain/view-state/url-state.ts';
import { nextEventSort, parseEventSort, serializeEventSort, type EventSort } from '../../../../src/domain/view-state/event-sort.ts';
import { isFactOf, parseFactParam } from '../../../../src/domain/view-state/event-fact.ts';

describe('parseEventSort / serializeEventSort', () => {
  it.each<[string, EventSort | null]>([
    ['date', { column: 'date', direction: 'asc' }],
    ['date-desc', { column: 'date', direction: 'desc' }],
    ['title-asc', { column: 'title', direction: 'asc' }],
    ['PARTICIPANTS-DESC', { column: 'participants', direction: 'desc' }],
    [' countries ', { column: 'countries', direction: 'asc' }],
    ['speaker', null],
    ['date-up', null],
    ['', null],
    ['-desc', null],
  ])('reads %j', (raw, expected) => {
    expect(parseEventSort(raw)).toEqual(expected);
  });

  it.each<[EventSort, string | null]>([
    [{ column: 'date', direction: 'asc' }, null],
    [{ column: 'date', direction: 'desc' }, 'date-desc'],
    [{ column: 'title', direction: 'asc' }, 'title'],
    [{ column: 'organisers', direction: 'desc' }, 'organisers-desc'],
  ])('writes %j as %j', (sort, expected) => {
    expect(serializeEventSort(sort)).toBe(expected);
    if (expected !== null) expect(parseEventSort(expected)).toEqual(sort);
  });

  it.each<[EventSort, EventSort['column'], EventSort]>([
    [{ column: 'date', direction: 'asc' }, 'date', { column: 'date', direction: 'desc' }],
    [{ column: 'date', direction: 'desc' }, 'date', { column: 'date', direction: 'asc' }],
    [{ column: 'date', direction: 'desc' }, 'title', { column: 'title', direction: 'asc' }],
  ])('pressing a header: %j then %s gives %j', (current, column, expected) => {
    expect(nextEventSort(current, column)).toEqual(expected);
  });
});

describe('parseFactParam', () => {
  it.each([
    ['syn-event-3:date', { event: 'syn-event-3', key: 'date' }],
    ['doc:7:countries', { event: 'doc:7', key: 'countries' }],
    ['syn-event-3:speaker', null],
    [':date', null],
    ['syn-event-3', null],
    ['a b:date', null],
  ])('reads %j', (raw, expected) => {
    expect(parseFactParam(raw)).toEqual(expected);
  });

  it.each([
    ['organisers', 'organisers', true],
    ['organisers-2', 'organisers', true],
    ['organisations', 'organisers', false],
    ['countries-x', 'countries', false],
    ['date', 'title', false],
  ] as const)('%s belongs to %s: %s', (factKey, key, expected) => {
    expect(isFactOf(factKey, key)).toBe(expected);
  });
});

describe('the events table and speaker comparison in the URL', () => {
  const cases: Array<[string, Partial<ViewState>, string]> = [
    ['sorted by title', { eventSort: { column: 'title', direction: 'asc' } }, 'esort=title'],
    ['sorted by date, newest first', { eventSort: { column: 'date', direction: 'desc' } }, 'esort=date-desc'],
    ['a fact open', { fact: { event: 'syn-event-3', key: 'location' } }, 'fact=syn-event-3:location'],
    ['two speakers', { compare: ['syn-speaker-1', 'syn-speaker-2'] }, 'compare=syn-speaker-1,syn-speaker-2'],
    ['a speaker and a role', { compare: ['syn-speaker-1', 'role:Minister of Foreign Affairs'] }, 'compare=syn-speaker-1,role:Minister+of+Foreign+Affairs'],
  ];
  it.each(cases)('%s: written as %j and read back', (_name, change, query) => {
    const state = { ...DEFAULT_VIEW_STATE, ...change };
    expect(serializeViewState(state)).toBe(query);
    expect(readViewState(query)).toEqual({ state, problems: [] });
  });

  it('omits the defaults', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, eventSort: { column: 'date', direction: 'asc' } })).toBe('');
    expect(readViewState('esort=date-asc')).toEqual({ state: DEFAULT_VIEW_STATE, problems: [] });
  });

  it.each([
    ['esort=speaker', 'esort', 'dropped'],
    ['esort=Title', 'esort', 'normalised'],
    ['fact=syn-event-3:speaker', 'fact', 'dropped'],
    ['compare=a,b,c,d,e', 'compare', 'dropped'],
    ['compare=role:', 'compare', 'dropped'],
    ['compare=<x>', 'compare', 'dropped'],
  ])('%s is named as a problem', (query, parameter, action) => {
    const { problems } = readViewState(query);
    expect(problems.map((problem) => [problem.parameter, problem.action])).toEqual([[parameter, action]]);
  });

  it('keeps the first four compared', () => {
    expect(readViewState('compare=a,b,c,d,e').state.compare).toEqual(['a', 'b', 'c', 'd']);
  });
});
