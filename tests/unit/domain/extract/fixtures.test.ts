import { describe, expect, it } from 'vitest';
import { extractFixture } from './helpers.ts';

/** Facts of the invented releases under tests/fixtures/sources, checked by hand. */

describe('several speakers, respectively, direct quotes (fx-several-speakers)', () => {
  const { event, statements, warnings, document } = extractFixture('fx-several-speakers');

  it('reads the event', () => {
    expect(event.title.value).toBe('Almaty Forum on Border Cooperation');
    expect(event.startDate).toMatchObject({ value: '2022-11-09', inferred: false });
    expect(event.participantCount?.value).toEqual({ count: 600, qualifier: 'over', asStated: 'over 600' });
    expect(event.participatingCountries.map((c) => c.value)).toEqual(['KAZ', 'KGZ', 'UZB', 'KOR']);
    expect(event.location).toMatchObject({ value: { kind: 'place', place: 'Almaty', country: 'KAZ' }, inferred: true });
    expect(event.location?.reason).toBe('The text does not name the country; Almaty is in KAZ (data/gazetteer.json).');
    expect(document.title).toBe('Border cooperation forum held in Almaty');
    expect(document.retrievedOn).toBe('2024-01-15');
  });

  it('pairs names and countries given "respectively"', () => {
    const byName = new Map(statements.map((s) => [s.speaker?.name, s.speaker]));
    expect(byName.get('Daniyar Sultanov')).toMatchObject({ role: 'Interior Minister', country: 'KAZ' });
    expect(byName.get('Aziza Karimova')).toMatchObject({ role: 'Interior Minister', country: 'UZB' });
    expect(byName.get('Lena Marsh')).toMatchObject({ role: 'Deputy Secretary-General', organisation: 'SCO', country: null });
  });

  it('attributes each statement to the right speaker, with quotes marked', () => {
    expect(statements.map((s) => [s.speaker?.name, s.speaker?.mention, s.verb.lemma, s.speechType, s.text])).toEqual([
      ['Daniyar Sultanov', 'Mr Sultanov', 'say', 'reported', 'border agencies needed a shared register of stolen passports'],
      ['Daniyar Sultanov', 'He', 'note', 'reported', 'drug trafficking along mountain routes had fallen'],
      ['Aziza Karimova', 'Ms Karimova', 'state', 'quoted', 'Our police officers must train together'],
      ['Aziza Karimova', 'Ms Karimova', 'tell', 'reported', 'her country would host the next meeting'],
      ['Aziza Karimova', 'Ms Karimova', 'add', 'reported', 'youth exchanges would be part of it'],
      ['Lena Marsh', 'SCO Deputy Secretary-General Lena Marsh', 'say', 'quoted', 'Cyber threats do not stop at borders'],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('joint statements, no speaker, a range without a year (fx-joint-statement)', () => {
  const { event, statements, warnings } = extractFixture('fx-joint-statement');

  it('completes the range from the publication date and marks it inferred', () => {
    expect([event.startDate.value, event.endDate?.value, event.startDate.inferred, event.endDate?.inferred]).toEqual([
      '2023-09-03', '2023-09-06', true, true,
    ]);
    expect(event.startDate.reason).toMatch(/no year/);
    expect(event.participantCount?.value).toEqual({ count: 1000, qualifier: 'about', asStated: 'About 1,000' });
    expect(event.location?.value).toEqual({ kind: 'place', place: 'Tashkent', country: 'UZB' });
  });

  it('attributes joint statements to the group and passives to nobody', () => {
    expect(statements.map((s) => [s.speaker?.role ?? null, s.speaker?.mention ?? null, s.verb.text, s.text])).toEqual([
      ['sides', 'The sides', 'stressed', 'precursor chemicals must be tracked across borders'],
      ['sides', 'The sides', 'agreed', 'to set up a joint working group'],
      [null, null, 'noted', 'synthetic drugs were spreading quickly among young people'],
      ['participants', 'The participants', 'called for', 'closer ties between national drug control agencies'],
      ['participants', 'They', 'welcomed', 'the offer of Pakistan to host the next round'],
    ]);
    expect(statements[0]!.speaker?.name).toBeNull();
    expect(statements[0]!.speaker?.id).toBe('fx-joint-statement:group:sides');
    expect(warnings).toEqual([]);
  });
});

describe('Congo long forms and unknown names (fx-congo-unknown)', () => {
  const { event, statements, warnings } = extractFixture('fx-congo-unknown');

  it('tells COD from COG and leaves an unknown name out with a warning', () => {
    expect(event.participatingCountries.map((c) => c.value)).toEqual(['COD', 'COG', 'RWA']);
    expect(event.startDate.value).toBe('2021-09-30');
    expect(event.endDate?.value).toBe('2021-10-01');
    expect(warnings).toEqual([
      { line: 3, message: '"Congolese" may name COD or COG; left unresolved' },
      { line: 1, message: '"Ruritania" in a list of participants is not a known country or organisation; left out' },
    ]);
  });

  it('reads "The Chair of the conference, Amara Diallo"', () => {
    expect(statements[0]!.speaker).toMatchObject({ name: 'Amara Diallo', role: 'Chair of the conference' });
    expect(statements[1]!.speaker).toMatchObject({ name: null, role: 'Congolese delegation' });
    expect(statements[1]!.mentionedCountries).toEqual([]);
  });
});

describe('no named speaker, a date across the new year (fx-no-speaker)', () => {
  const { event, statements, warnings } = extractFixture('fx-no-speaker');

  it('puts "28 December" in the year before a January release', () => {
    expect(event.startDate).toMatchObject({ value: '2021-12-28', inferred: true });
    expect(event.format).toMatchObject({ value: 'online', inferred: true });
    expect(event.organisers.map((o) => o.value)).toEqual(['Institute for Digital Safety']);
  });

  it('takes the title the text gives, never invents a speaker, and says so', () => {
    expect(event.title).toMatchObject({ value: 'webinar on online radicalisation', inferred: false, span: [2, 34] });
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([[null, 'platforms must remove such content faster']]);
    expect(warnings.map((w) => w.message)).toEqual(['"She" has no person named before it to refer to']);
  });
});
