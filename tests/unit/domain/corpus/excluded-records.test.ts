import { describe, expect, it } from 'vitest';
import { describeExcludedRecord, listExcluded, summarizeExcluded } from '../../../../src/domain/corpus/excluded-records.ts';
import type { ExcludedRecord } from '../../../../src/domain/corpus/excluded-records.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const statement = (index: number, id?: string): ExcludedRecord => ({
  collection: 'statements',
  index,
  ...(id === undefined ? {} : { id }),
  problems: [{ path: `statements[${index}].span`, ...(id === undefined ? {} : { recordId: id }), message: 'span [5, 900] ends after the end of document "d" (120 characters)' }],
  dependent: false,
});

describe('summarizeExcluded', () => {
  it.each<[string, ExcludedRecord[], string]>([
    ['one statement', [statement(3, 's-3')], '1 statement was left out of x.json.'],
    ['two statements', [statement(3, 's-3'), statement(4, 's-4')], '2 statements were left out of x.json.'],
    [
      'an event and a statement',
      [{ collection: 'events', index: 0, id: 'e', problems: [{ path: 'events[0].id', message: 'bad' }], dependent: false }, statement(1)],
      '1 event and 1 statement were left out of x.json.',
    ],
  ])('%s', (_, excluded, text) => expect(summarizeExcluded(excluded, 'x.json')).toBe(text));
});

describe('describeExcludedRecord', () => {
  it('names the record by id and position, and each reason by path', () => {
    expect(describeExcludedRecord(statement(57, 's-57'))).toEqual({
      title: 'statement "s-57" (statements[57])',
      reasons: ['statements[57].span: span [5, 900] ends after the end of document "d" (120 characters)'],
      dependent: false,
    });
  });

  it('names a record without an id by its position', () => {
    expect(describeExcludedRecord(statement(2)).title).toBe('statement statements[2]');
  });

  it('quotes an id with control characters safely', () => {
    expect(describeExcludedRecord(statement(1, 'a"\nb')).title).toBe('statement "a\\"\\nb" (statements[1])');
  });

  it('marks records left out only with the record they belong to', () => {
    const corpus = smallTestCorpus();
    corpus.documents[0]!.publishedOn = 'not a date';
    const { excluded } = openCorpus(JSON.stringify(corpus), 'x.json');
    const entries = excluded.map(describeExcludedRecord);
    expect(entries[0]).toMatchObject({ title: `document "${corpus.documents[0]!.id}" (documents[0])`, dependent: false });
    expect(entries.slice(1).length).toBeGreaterThan(0);
    expect(entries.slice(1).every((entry) => entry.dependent)).toBe(true);
  });
});

describe('listExcluded', () => {
  const many = Array.from({ length: 250 }, (_, i) => statement(i, `s-${i}`));

  it('lists the first records and counts the rest', () => {
    const { entries, more } = listExcluded(many, 100);
    expect(entries).toHaveLength(100);
    expect(entries[99]!.title).toBe('statement "s-99" (statements[99])');
    expect(more).toBe('…and 150 more records left out (250 in all).');
  });

  it('says nothing more when all are listed', () => {
    expect(listExcluded(many.slice(0, 3), 100)).toMatchObject({ more: null });
    expect(listExcluded([], 100)).toEqual({ entries: [], more: null });
  });

  it('shows none and counts all when asked for none', () => {
    expect(listExcluded(many.slice(0, 1), 0)).toEqual({ entries: [], more: '…and 1 more record left out (1 in all).' });
  });
});
