import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/domain/view-state/filters.ts';
import { computeLinkedViews } from '../../../../src/domain/engine/reference/linked-views.ts';
import { createReferenceEngine } from '../../../../src/domain/engine/linked-views-engine.ts';
import type { CountryTally, LinkedViewsQuery } from '../../../../src/domain/engine/contract.ts';
import {
  countEventsOnMap,
  countParticipation,
  describeCountry,
  describeMentionedOnlySelection,
  describeParticipation,
  mentionedOnlySelection,
  participationKind,
  rankCountries,
  type ParticipationCounts,
} from '../../../../src/domain/map/participation.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const c = (value: string) => value as CountryCode;
const tally = (code: string, events: number, statements: number, mentions: number): CountryTally => ({
  code: c(code),
  events,
  statements,
  mentions,
});

describe('participationKind', () => {
  it.each<[string, CountryTally | undefined, string]>([
    ['no tally', undefined, 'none'],
    ['took part', tally('JPN', 1, 3, 0), 'participant'],
    ['took part and is mentioned', tally('JPN', 2, 3, 1), 'participant'],
    ['only mentioned', tally('AFG', 0, 0, 1), 'mentioned'],
    ['all zero', tally('FRA', 0, 0, 0), 'none'],
  ])('%s → %s', (_, input, expected) => expect(participationKind(input)).toBe(expected));
});

describe('describeParticipation (the map summary)', () => {
  it.each<[ParticipationCounts, string]>([
    [{ participants: 7, mentionedOnly: 1, events: 1 }, '7 countries took part in 1 event; 1 more is only mentioned.'],
    [{ participants: 1, mentionedOnly: 0, events: 3 }, '1 country took part in 3 events.'],
    [{ participants: 4, mentionedOnly: 2, events: 3 }, '4 countries took part in 3 events; 2 more are only mentioned.'],
    [{ participants: 0, mentionedOnly: 0, events: 0 }, 'No event matches the filters.'],
    [{ participants: 0, mentionedOnly: 2, events: 0 }, 'No event matches the filters; 2 countries are only mentioned.'],
    [{ participants: 0, mentionedOnly: 1, events: 2 }, 'No country is recorded as taking part in the 2 matching events; 1 country is only mentioned.'],
    [{ participants: 1200, mentionedOnly: 0, events: 15000 }, '1,200 countries took part in 15,000 events.'],
  ])('%o', (counts, expected) => expect(describeParticipation(counts)).toBe(expected));

  it('counts participants and mentioned-only countries from tallies', () => {
    const tallies = [tally('JPN', 2, 3, 1), tally('CHN', 1, 2, 0), tally('AFG', 0, 0, 1), tally('FRA', 0, 0, 0)];
    expect(countParticipation(tallies, 2)).toEqual({ participants: 2, mentionedOnly: 1, events: 2 });
  });
});

describe('describeCountry (accessible names)', () => {
  it.each<[CountryTally | undefined, string]>([
    [tally('JPN', 1, 10, 0), 'Japan: took part in 1 event, 10 statements at its events.'],
    [tally('JPN', 2, 1, 3), 'Japan: took part in 2 events, 1 statement at its events, mentioned in 3 statements.'],
    [tally('AFG', 0, 0, 1), 'Japan: only mentioned, took part in no event, mentioned in 1 statement.'],
    [undefined, 'Japan: not in any matching event or statement.'],
  ])('%o', (input, expected) => expect(describeCountry('Japan', input)).toBe(expected));
});

describe('rankCountries', () => {
  const tallies = [tally('JPN', 2, 3, 1), tally('AFG', 0, 0, 1), tally('FRA', 0, 0, 0)];

  it('keeps the engine’s rank order and drops countries with nothing to show', () => {
    expect(rankCountries(tallies, []).map((t) => t.code)).toEqual(['JPN', 'AFG']);
  });

  it('appends selected countries without counts so their filter can be switched off', () => {
    const ranked = rankCountries(tallies, [c('AFG'), c('BRA'), c('FRA')]);
    expect(ranked.map((t) => t.code)).toEqual(['JPN', 'AFG', 'BRA', 'FRA']);
    expect(ranked[2]).toEqual(tally('BRA', 0, 0, 0));
  });
});

describe('countEventsOnMap', () => {
  const index = indexCorpus(smallTestCorpus());
  const count = (filters: Partial<Filters>) => {
    const all = { ...EMPTY_FILTERS, ...filters };
    const engine = { ...createReferenceEngine(smallTestCorpus()), query: (query: LinkedViewsQuery) => computeLinkedViews(index, query) };
    return countEventsOnMap(engine, computeLinkedViews(index, { filters: all, sort: 'date-asc' }), all);
  };

  it.each<[string, Partial<Filters>, number]>([
    ['no filters: every event', {}, 3],
    ['a country filter does not narrow the map', { countries: [c('IND')] }, 3],
    ['other filters do', { themes: ['drug-trafficking'] }, 2],
    ['a country filter on top of other filters is ignored too', { themes: ['drug-trafficking'], countries: [c('IND')] }, 2],
    ['a date range', { from: '2021-01-01' }, 1],
  ])('%s', (_, filters, expected) => expect(count(filters)).toBe(expected));
});

describe('mentionedOnlySelection', () => {
  const tallies = [tally('CHN', 2, 9, 1), tally('AFG', 0, 0, 3), tally('IRN', 0, 0, 1), tally('JPN', 0, 0, 0)];

  it('finds the selected countries that are only mentioned, with their mentions', () => {
    expect(mentionedOnlySelection(tallies, [c('AFG'), c('CHN'), c('IRN')], false)).toEqual({ codes: ['AFG', 'IRN'], mentions: 4 });
    expect(mentionedOnlySelection(tallies, [c('CHN'), c('JPN')], false)).toEqual({ codes: [], mentions: 0 });
  });

  it('is empty once mentions are included', () => {
    expect(mentionedOnlySelection(tallies, [c('AFG')], true)).toEqual({ codes: [], mentions: 0 });
  });

  it('is said in a sentence', () => {
    expect(describeMentionedOnlySelection(['Afghanistan'], 3)).toBe('Afghanistan took part in no matching event; 3 statements mention it.');
    expect(describeMentionedOnlySelection(['Iran'], 1)).toBe('Iran took part in no matching event; 1 statement mentions it.');
    expect(describeMentionedOnlySelection(['A', 'B', 'C', 'D', 'E'], 7)).toBe('A, B, C and 2 others took part in no matching event; 7 statements mention them.');
  });
});
