import { describe, expect, it } from 'vitest';
import { describeEventTable } from '../../../../src/domain/events/event-table-summary.ts';

describe('describeEventTable', () => {
  it.each([
    [{ shown: 360, total: 360, sort: { column: 'date', direction: 'asc' }, filtered: false, chosen: [] }, 'All 360 events of the corpus, sorted by date, oldest first.'],
    [{ shown: 42, total: 3570, sort: { column: 'participants', direction: 'desc' }, filtered: true, chosen: [] }, '42 of 3,570 events match the filters, sorted by participant count, most first.'],
    [{ shown: 1, total: 1, sort: { column: 'title', direction: 'asc' }, filtered: false, chosen: ['Video Forum'] }, 'All 1 event of the corpus; 1 chosen: Video Forum.'],
    [{ shown: 0, total: 12, sort: { column: 'place', direction: 'desc' }, filtered: true, chosen: [] }, '0 of 12 events match the filters.'],
    [{ shown: 5, total: 12, sort: { column: 'countries', direction: 'asc' }, filtered: true, chosen: ['A', 'B'] }, '5 of 12 events match the filters, sorted by number of participating countries, fewest first; 2 chosen: A, B.'],
  ] as const)('%j', (input, expected) => {
    expect(describeEventTable(input)).toBe(expected);
  });
});
