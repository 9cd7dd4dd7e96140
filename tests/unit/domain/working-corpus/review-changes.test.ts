import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledTables } from '../../../../src/domain/working-corpus/extraction-tables.ts';
import { runExtraction } from '../../../../src/domain/working-corpus/extract-protocol.ts';
import { addCorrection, applyReleaseCorrections, type ReleaseRecords } from '../../../../src/domain/working-corpus/release-corrections.ts';
import { readCountAsStated, setLocation, setOrganisers, setParticipantCount } from '../../../../src/domain/working-corpus/review-changes.ts';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';

const TEXT = readFileSync('tests/fixtures/add-release/youth-round-table.txt', 'utf8').trim();

function extract(): ReleaseRecords {
  const response = runExtraction({ type: 'extract', id: 1, documentId: 'release-r', text: TEXT, provenance: { url: 'https://example.org/r', publisher: 'SCO Secretariat', publishedOn: '2024-03-15', language: 'en' } }, bundledTables());
  if (response.type !== 'extracted') throw new Error(response.message);
  return response.records;
}

describe('readCountAsStated', () => {
  it.each([
    ['35', { count: 35, qualifier: 'exact', asStated: '35' }],
    ['over 40', { count: 40, qualifier: 'over', asStated: 'over 40' }],
    ['More than  1,200 participants', { count: 1200, qualifier: 'over', asStated: 'More than 1,200 participants' }],
    ['about 60', { count: 60, qualifier: 'about', asStated: 'about 60' }],
    ['at least 12', { count: 12, qualifier: 'at-least', asStated: 'at least 12' }],
    ['up to 300', { count: 300, qualifier: 'up-to', asStated: 'up to 300' }],
    ['fewer than 20', { count: 20, qualifier: 'under', asStated: 'fewer than 20' }],
  ])('reads %j', (text, expected) => {
    expect(readCountAsStated(text)).toEqual(expected);
  });

  it.each(['', 'many', 'forty', 'roughly 1.5 thousand', 'blue 40'])('reads no count in %j', (text) => {
    expect(readCountAsStated(text)).toBeNull();
  });
});

describe('event fact corrections', () => {
  it('set the count, the place and the organisers; a named organiser keeps its span, a new one is marked given', () => {
    const records = extract();
    const { event } = records;
    const named = event.organisers[0]!;
    let corrections = addCorrection(records, [], setParticipantCount(event, readCountAsStated('over 45')!), 'The annex lists 46 names.');
    corrections = addCorrection(records, corrections, setLocation(event, { kind: 'place', place: 'Beijing', country: 'CHN' as CountryCode }), 'Held at the Secretariat.');
    corrections = addCorrection(records, corrections, setOrganisers(event, [named.value, ' Youth Council ', named.value]), 'Co-organised, per the agenda.');
    const corrected = applyReleaseCorrections(records, corrections);
    expect(corrected.problems).toEqual([]);
    expect(corrected.event.participantCount).toMatchObject({ value: { count: 45, qualifier: 'over', asStated: 'over 45' }, inferred: false });
    expect(corrected.event.participantCount!.span).toEqual(event.participantCount!.span);
    expect(corrected.event.location).toMatchObject({ value: { kind: 'place', place: 'Beijing', country: 'CHN' } });
    expect(corrected.event.organisers).toEqual([named, { value: 'Youth Council', span: [0, 0], inferred: true, reason: 'Given by the analyst in review; the text does not say.' }]);
    expect(corrections.map((c) => c.field)).toEqual(['participantCount', 'location', 'organisers']);
  });

  it('sets the event online', () => {
    const records = extract();
    const corrected = applyReleaseCorrections(records, addCorrection(records, [], setLocation(records.event, { kind: 'online' }), 'It was a video call.'));
    expect(corrected.event.location?.value).toEqual({ kind: 'online' });
  });
});
