import { describe, expect, it } from 'vitest';
import { findParticipantCount } from '../../../../src/domain/extract/counts.ts';
import { findEventTitle } from '../../../../src/domain/extract/event-title.ts';
import { findOrganisers } from '../../../../src/domain/extract/organisers.ts';
import { extract } from './helpers.ts';

describe('participant counts', () => {
  it.each([
    ['Taking part were 34 representatives of agencies.', { count: 34, qualifier: 'exact', asStated: '34' }],
    ['It gathered over 600 participants.', { count: 600, qualifier: 'over', asStated: 'over 600' }],
    ['More than 50 experts attended.', { count: 50, qualifier: 'over', asStated: 'More than 50' }],
    ['About 1,000 delegates came.', { count: 1000, qualifier: 'about', asStated: 'About 1,000' }],
    ['nearly 300 young researchers', { count: 300, qualifier: 'under', asStated: 'nearly 300' }],
    ['at least 40 officials', { count: 40, qualifier: 'at-least', asStated: 'at least 40' }],
    ['up to 500 guests', { count: 500, qualifier: 'up-to', asStated: 'up to 500' }],
    ['some twenty-five specialists', { count: 25, qualifier: 'about', asStated: 'some twenty-five' }],
    ['around a thousand guests', { count: 1000, qualifier: 'about', asStated: 'around a thousand' }],
    ['two hundred students', { count: 200, qualifier: 'exact', asStated: 'two hundred' }],
    ['the mission of 17 observers', { count: 17, qualifier: 'exact', asStated: '17' }],
  ])('%j', (text, expected) => {
    const count = findParticipantCount(text);
    expect(count?.value).toEqual(expected);
    expect(text.slice(count!.span[0], count!.span[1])).toBe(expected.asStated);
  });

  it.each([['from 7 countries'], ['in 2020 the number rose'], ['no numbers']])('finds no head count in %j', (text) => {
    expect(findParticipantCount(text)).toBeNull();
  });
});

describe('event titles', () => {
  it.each([
    ['opening of the Asia-Pacific Video Forum on Public Security held by X.', 'Asia-Pacific Video Forum on Public Security'],
    ['The third Eurasian Dialogue on Drug Control was held.', 'Eurasian Dialogue on Drug Control'],
    ['On Monday the SCO Summit opened.', 'SCO Summit'],
    ['At the 20th Meeting of Heads of Border Services, delegates spoke.', '20th Meeting of Heads of Border Services'],
    ['the SCO Secretariat hosted a Round Table on Youth Policy in Beijing.', 'Round Table on Youth Policy'],
    ['a forum on security', 'forum on security'],
    ['On 21 June the fifth meeting of the heads of drug control agencies took place in Tashkent.', 'fifth meeting of the heads of drug control agencies'],
    ["the Secretariat held a webinar 'Working Together Online' on schools.", 'Working Together Online'],
    ['hosted the expert meeting on preparations for the Meeting of Ministers of Justice, scheduled for May.', 'expert meeting on preparations for the Meeting of Ministers of Justice'],
    ['met to prepare for the Meeting of Ministers of Justice.', 'Meeting of Ministers of Justice'],
    ['took part in preparations for the Meeting of Ministers of Justice.', null],
    ['when the Forum opened', null],
  ])('%j', (text, expected) => {
    const span = findEventTitle(text, { start: 0, end: text.length });
    expect(span ? text.slice(span[0], span[1]) : null).toBe(expected);
  });
});

describe('organisers', () => {
  it.each([
    ['held by the Peace and Development Foundation (Hainan Province, China).', [['Peace and Development Foundation', true]]],
    ['organised by the Institute for Digital Safety on 28 December.', [['Institute for Digital Safety', false]]],
    ['co-organised by the Ruritanian Police Academy and the Freedonian Bar.', [['Ruritanian Police Academy', false], ['Freedonian Bar', false]]],
    ['held by videoconference', []],
    ['On 5 May, the SCO Secretariat and the SCOLAR Youth Network organised a webinar.', [['SCO Secretariat', false], ['SCOLAR Youth Network', false]]],
    ['On 5 May, the RATS Executive Committee hosted the second expert meeting.', [['RATS Executive Committee', true]]],
  ])('%j', (text, expected) => {
    const ctx = { text, names: [], cities: new Map(), persons: [], opening: { start: 0, end: text.length } };
    expect(findOrganisers(ctx).map((o) => [o.value, o.inferred])).toEqual(expected);
  });
});

describe('event facts', () => {
  it('reads format, location and participants', () => {
    const { event } = extract(
      'The Minsk Conference on Border Security was held in Minsk, Belarus on 2 June 2021 with delegations from Belarus, Armenia and the CSTO.',
    );
    expect(event.location?.value).toEqual({ kind: 'place', place: 'Minsk', country: 'BLR' });
    expect(event.location?.inferred).toBe(false);
    expect(event.format).toMatchObject({ value: 'in-person', inferred: true });
    expect(event.participatingCountries.map((c) => c.value)).toEqual(['BLR', 'ARM']);
    expect(event.participatingOrganisations.map((c) => c.value)).toEqual(['CSTO']);
  });

  it('marks an online format read from the event name as inferred', () => {
    const { event } = extract('On 2 June 2021 the Riga Video Conference on Ports took place.');
    expect(event.format).toMatchObject({ value: 'online', inferred: true });
    expect(event.location).toMatchObject({ value: { kind: 'online' }, inferred: true });
  });

  it('takes an explicit format over an inferred one', () => {
    const { event } = extract('On 2 June 2021 the Riga Video Forum on Ports was held in a hybrid format.');
    expect(event.format).toMatchObject({ value: 'hybrid', inferred: false });
  });

  it('keeps participants and mere mentions apart', () => {
    const { event, statements } = extract(
      'On 2 June 2021, the Dushanbe Forum on Drugs brought together experts from Tajikistan and Iran. Its Chairman Rustam Azimov said that Afghan opium flows had grown.',
    );
    expect(event.participatingCountries.map((c) => c.value)).toEqual(['TJK', 'IRN']);
    expect(statements[0]!.mentionedCountries).toEqual([
      { code: 'AFG', surface: 'Afghan', span: expect.any(Array) as unknown },
    ]);
    expect(event.mentionedCountries).toEqual([]);
  });

  it('uses the first date of the opening paragraph as the event date', () => {
    const { event } = extract('The Baku Forum on Energy took place on 4-5 May.\nA report from 1 March 2021 was cited.', {
      publishedOn: '2021-05-06',
    });
    expect([event.startDate.value, event.endDate?.value, event.datePrecision, event.startDate.inferred]).toEqual([
      '2021-05-04', '2021-05-05', 'day', true,
    ]);
  });

  it('reports and skips a date that does not exist', () => {
    const { warnings, event } = extract('The Baku Forum on Energy took place on 31 April 2021.\nIt closed on 2 May 2021.');
    expect(event.startDate.value).toBe('2021-05-02');
    expect(warnings.map((w) => w.message)).toEqual(['"31 April 2021" is not a real date: 31 is not a day of month 4 in 2021']);
  });

  it.each([
    ['On 3 June 2021, SCO Secretary-General Anna Petrova met the Ambassador of Mongolia to China Batu Erdene.', ['MNG']],
    ['On 3 June 2021, SCO Secretary-General Anna Petrova had a telephone conversation with Foreign Minister of Pakistan Ali Shah.', ['PAK']],
    ['On 3 June 2021, the meeting, chaired by Kyrgyzstan, was held in Bishkek.', ['KGZ']],
    ['On 3 June 2021, Secretary-General Anna Petrova paid a visit to Russia.', ['RUS']],
    ['On 3 June 2021, the Pakistani delegation visited the Secretariat.', ['PAK']],
    ['On 3 June 2021, Anna Petrova spoke on the results of the talks of President of Russia Ivan Petrov.', []],
    ['On 3 June 2021, Anna Petrova read a message from Foreign Minister of India Ravi Rao.', []],
    ['On 3 June 2021, journalists from Xinhua, TASS and China Radio International attended the briefing.', []],
    ['On 3 June 2021, Anna Petrova addressed the Parliament of the Republic of Kazakhstan.', []],
  ])('participation through a person or a role: %s', (text, codes) => {
    expect(extract(text).event.participatingCountries.map((c) => c.value)).toEqual(codes);
  });

  it('gives a text with no date of its own the publication date, marked inferred and warned about', () => {
    const { event, warnings } = extract('The Baku Forum on Energy took place last week.');
    expect(event.startDate).toEqual({ value: '2021-06-15', span: [0, 0], inferred: true, reason: 'The text states no date; the publication date stands in.' });
    expect(warnings.map((w) => w.message)).toContain('no date in the text; the event date is the publication date 2021-06-15, marked inferred');
  });

  it('reads "today" against the publication date', () => {
    const { event, document } = extract('It is an honour to speak at this forum today.');
    expect(event.startDate).toMatchObject({ value: '2021-06-15', inferred: true });
    expect(document.text.slice(...event.startDate.span)).toBe('today');
  });

  it.each([
    ['On 13 November 2021 the mission began. It stays in the country from 13 to 18 November.', '2021-11-13', '2021-11-18'],
    ['On 1 March 2022 an exhibition opened. It will remain open until 13 March.', '2022-03-01', '2022-03-13'],
    ['On 1 March 2022 an exhibition opened. A next one is planned for 13 July.', '2022-03-01', undefined],
  ])('reads an end stated later: %s', (text, start, end) => {
    const { event } = extract(text, { publishedOn: '2022-03-02' });
    expect([event.startDate.value, event.endDate?.value]).toEqual([start, end]);
  });

  it('keeps a stated year that contradicts the publication date, and flags it', () => {
    const { event, warnings } = extract('On 15 May 2019 the Baku Forum on Energy met.', { publishedOn: '2020-05-16' });
    expect(event.startDate).toMatchObject({ value: '2019-05-15', inferred: false });
    expect(event.startDate.reason).toMatch(/^The stated year 2019 contradicts the publication date 2020-05-16/);
    expect(warnings.map((w) => w.message)).toEqual([
      'the stated year 2019 contradicts the publication date 2020-05-16: 2019-05-15 is 367 days before it, the same day in 2020 would be 1; kept as written, check the source',
    ]);
  });
});
