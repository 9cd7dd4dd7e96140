import { describe, expect, it } from 'vitest';
import type { CountryCode, ForumEvent } from '../../../../src/domain/corpus/corpus-schema.ts';
import { compareEventSortKeys, describeEventPlace, eventSortKey } from '../../../../src/domain/events/event-sort-keys.ts';
import type { EventSortColumn } from '../../../../src/domain/view-state/event-sort.ts';

const fact = <T,>(value: T) => ({ value, span: [0, 1] as [number, number], inferred: false });

function event(partial: Partial<ForumEvent>): ForumEvent {
  return {
    id: 'e',
    documentId: 'd',
    title: fact('Forum'),
    startDate: fact('2020-08-17'),
    datePrecision: 'day',
    organisers: [],
    participatingCountries: [],
    participatingOrganisations: [],
    themes: [],
    ...partial,
  };
}

/** Sorts events by a column's key as both engines do (missing last). */
function order(events: ForumEvent[], column: EventSortColumn): number[] {
  return events
    .map((e, i) => ({ i, key: eventSortKey(e, column) }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key === null ? 1 : b.key === null ? -1 : compareEventSortKeys(a.key, b.key) || a.i - b.i))
    .map((row) => row.i);
}

describe('eventSortKey', () => {
  it.each<[string, EventSortColumn, ForumEvent[], number[]]>([
    ['dates, a range after the one-day event starting that day', 'date', [
      event({ startDate: fact('2020-08-17'), endDate: fact('2020-08-19') }),
      event({ startDate: fact('2020-08-17') }),
      event({ startDate: fact('2019-01-01') }),
    ], [2, 1, 0]],
    ['titles ignore case and accents; equal folded titles keep corpus order', 'title', [
      event({ title: fact('Érudit forum') }),
      event({ title: fact('erudit Forum') }),
      event({ title: fact('Apex') }),
      event({ title: fact('zeta') }),
    ], [2, 0, 1, 3]],
    ['places: no location last, online by its word', 'place', [
      event({}),
      event({ location: fact({ kind: 'online' as const }) }),
      event({ location: fact({ kind: 'place' as const, place: 'Beijing', country: 'CHN' as CountryCode }) }),
      event({ location: fact({ kind: 'place' as const, place: 'Astana', country: null }) }),
    ], [3, 2, 1, 0]],
    ['participants numerically, not as text; none stated last', 'participants', [
      event({ participantCount: fact({ count: 600, qualifier: 'over' as const, asStated: 'over 600' }) }),
      event({}),
      event({ participantCount: fact({ count: 34, qualifier: 'exact' as const, asStated: '34' }) }),
    ], [2, 0, 1]],
    ['countries by how many, none is zero (not missing)', 'countries', [
      event({ participatingCountries: [fact('CHN' as CountryCode), fact('RUS' as CountryCode), fact('CHN' as CountryCode)] }),
      event({}),
      event({ participatingCountries: [fact('JPN' as CountryCode)] }),
    ], [1, 2, 0]],
    ['formats by their names; none stated last', 'format', [
      event({ format: fact('online' as const) }),
      event({}),
      event({ format: fact('hybrid' as const) }),
    ], [2, 0, 1]],
    ['organisers by the list as written', 'organisers', [
      event({ organisers: [fact('Secretariat'), fact('Centre')] }),
      event({ organisers: [fact('Council')] }),
      event({}),
    ], [1, 0, 2]],
  ])('%s', (_name, column, events, expected) => {
    expect(order(events, column)).toEqual(expected);
  });

  it('describes places as the table writes them', () => {
    expect(describeEventPlace(event({ location: fact({ kind: 'place' as const, place: 'Beijing', country: 'CHN' as CountryCode }) }))).toBe('Beijing, China');
    expect(describeEventPlace(event({ location: fact({ kind: 'online' as const }) }))).toBe('Online');
    expect(describeEventPlace(event({}))).toBeNull();
  });
});

describe('describeEventCells', () => {
  it('names the fact behind each value, and none for what is not stated', async () => {
    const { describeEventCells } = await import('../../../../src/domain/events/event-cells.ts');
    const cells = describeEventCells(
      event({
        format: { value: 'online', span: [0, 1], inferred: true, reason: 'Read from “Video Forum”.' },
        participatingCountries: [fact('CHN' as CountryCode), fact('JPN' as CountryCode)],
      }),
      (code) => (code === 'CHN' ? 'China' : 'Japan'),
    );
    expect(cells.format).toEqual({ text: 'Online', inferred: true, reasons: ['Read from “Video Forum”.'], fact: 'format' });
    expect(cells.countries).toMatchObject({ text: 'China, Japan', fact: 'countries' });
    expect(cells.place).toMatchObject({ text: '', fact: null });
    expect(cells.participants).toMatchObject({ text: '', fact: null });
    expect(cells.date).toMatchObject({ text: '17 August 2020', fact: 'date' });
  });
});
