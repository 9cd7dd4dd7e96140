import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../src/domain/corpus/corpus-schema.ts';
import type { CoParticipation } from '../../../../src/domain/engine/contract.ts';
import { buildPartnerRows, describeCoParticipation, formatShare } from '../../../../src/domain/co-participation/partners.ts';
import { coParticipationMatrixToCsv, partnersToCsv } from '../../../../src/domain/export/country-view-tables.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const c = (code: string) => code as CountryCode;
const NAMES: Record<string, string> = { IND: 'India', RUS: 'Russia', CHN: 'China', PAK: 'Pakistan, Islamic Republic of' };
const name = (code: string) => NAMES[code] ?? code;
const result = (partial: Partial<CoParticipation>): CoParticipation => ({
  picked: [],
  pickedEvents: 0,
  allPickedEvents: 0,
  partners: [],
  matrix: { countries: [], counts: [] },
  ...partial,
});

describe('describeCoParticipation', () => {
  it.each<[string, CoParticipation, number, string]>([
    ['nothing picked', result({}), 0, 'Pick one or more countries on the map or in the country list to see who took part with them.'],
    ['picked but unknown here', result({}), 1, 'No picked country took part in an event of this corpus; pick another on the map or in the country list.'],
    ['no matching event', result({ picked: [{ code: c('IND'), events: 0 }] }), 1, 'India took part in none of the matching events.'],
    ['alone', result({ picked: [{ code: c('IND'), events: 3 }], pickedEvents: 3, allPickedEvents: 3 }), 1, 'India took part in 3 of the matching events, with no other country.'],
    [
      'one partner',
      result({ picked: [{ code: c('IND'), events: 3 }], pickedEvents: 3, allPickedEvents: 3, partners: [{ code: c('RUS'), events: 1, byPicked: [1] }] }),
      1,
      'India took part in 3 of the matching events, with 1 other country; most often Russia, at 1 event (33 %).',
    ],
    [
      'two picked, thousands',
      result({
        picked: [{ code: c('IND'), events: 1500 }, { code: c('CHN'), events: 900 }],
        pickedEvents: 2000,
        allPickedEvents: 400,
        partners: [{ code: c('RUS'), events: 1999, byPicked: [1500, 899] }, { code: c('PAK'), events: 3, byPicked: [3, 0] }],
      }),
      2,
      'India or China took part in 2,000 of the matching events (all of them together in 400), with 2 other countries; most often Russia, at 1,999 events (99.9 %).'.replace('99.9 %', '99 %'),
    ],
  ])('%s', (_name, input, asked, expected) => {
    expect(describeCoParticipation(input, name, asked)).toBe(expected);
  });
});

describe('formatShare', () => {
  it.each<[number, string]>([
    [0, '0 %'],
    [0.04, '0.0 %'],
    [0.44, '0.4 %'],
    [9.96, '10.0 %'],
    [42.4, '42 %'],
    [99.6, '99 %'],
    [100, '100 %'],
  ])('%d → %s', (share, expected) => expect(formatShare(share)).toBe(expected));
});

describe('partner rows and their CSV', () => {
  const input = result({
    picked: [{ code: c('IND'), events: 4 }, { code: c('CHN'), events: 0 }],
    pickedEvents: 4,
    allPickedEvents: 0,
    partners: [{ code: c('PAK'), events: 2, byPicked: [2, 0] }],
  });
  const context = { corpus: smallTestCorpus(), corpusVersion: 'abc123def456' };

  it('shares are of the picked countries’ events, per picked country too (0 of 0 is 0)', () => {
    expect(buildPartnerRows(input, name)).toEqual([
      { code: 'PAK', name: 'Pakistan, Islamic Republic of', events: 2, share: 50, byPicked: [{ events: 2, share: 50 }, { events: 0, share: 0 }] },
    ]);
  });

  it('writes one row per partner, names with commas quoted, the synthetic label on each row', () => {
    const csv = partnersToCsv(buildPartnerRows(input, name), ['IND', 'CHN'], { country: name }, context).trim().split(/\r?\n/);
    expect(csv[0]).toBe(
      'rank,country_code,country,picked,shared_events,share_of_picked_events_percent,events_with_IND,share_of_IND_events_percent,events_with_CHN,share_of_CHN_events_percent,corpus_version,synthetic',
    );
    expect(csv[1]).toMatch(/^1,PAK,"Pakistan, Islamic Republic of",India; China,2,50\.0,2,50\.0,0,0\.0,abc123def456,/);
    expect(csv).toHaveLength(2);
  });

  it('writes the matrix cell by cell in the order drawn', () => {
    const csv = coParticipationMatrixToCsv({ countries: [c('IND'), c('RUS')], counts: [4, 1, 1, 2] }, { country: name }, context).trim().split(/\r?\n/);
    expect(csv).toHaveLength(5);
    expect(csv[0]).toBe('row_position,country_code,country,column_position,with_country_code,with_country,events_together,corpus_version,synthetic');
    expect(csv[2]).toMatch(/^1,IND,India,2,RUS,Russia,1,/);
    expect(csv[4]).toMatch(/^2,RUS,Russia,2,RUS,Russia,2,/);
  });
});
