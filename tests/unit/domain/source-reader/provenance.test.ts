import { describe, expect, it } from 'vitest';
import type { CountryCode, ForumEvent, Span, Statement } from '../../../../src/domain/corpus/corpus-schema.ts';
import { listEventFacts, listStatementFacts } from '../../../../src/domain/source-reader/provenance.ts';

// A fictional release, written for this test.
const TEXT =
  'On 3 May, Director Ana Ruiz opened the Lakeside Video Forum held by the Test Foundation.\n' +
  'Taking part were 12 delegates from Japan and Chile. Observers came from Peru.\n' +
  'She stressed that drug routes must close.';

const at = (part: string, from = 0): Span => {
  const start = TEXT.indexOf(part, from);
  if (start < 0) throw new Error(part);
  return [start, start + part.length];
};
const code = (value: string) => value as CountryCode;
const labels = {
  country: (c: string) => ({ JPN: 'Japan', CHL: 'Chile', PER: 'Peru' })[c] ?? c,
  theme: (id: string) => (id === 'drugs' ? 'Drug trafficking' : id),
};

const event: ForumEvent = {
  id: 'lakeside',
  documentId: 'doc',
  title: { value: 'Lakeside Video Forum', span: at('Lakeside Video Forum'), inferred: false },
  startDate: { value: '2021-05-03', span: at('On 3 May'), inferred: true, reason: 'Year taken from the publication date.' },
  datePrecision: 'day',
  format: { value: 'online', span: at('Video Forum'), inferred: true, reason: 'Read from “Video Forum”.' },
  organisers: [{ value: 'Test Foundation', span: at('Test Foundation'), inferred: false }],
  participantCount: {
    value: { count: 12, qualifier: 'exact', asStated: '12 delegates' },
    span: at('12 delegates'),
    inferred: false,
  },
  participatingCountries: [
    { value: code('JPN'), span: at('Japan'), inferred: false },
    { value: code('CHL'), span: at('Chile'), inferred: false },
    { value: code('PER'), span: at('Peru'), inferred: false },
  ],
  participatingOrganisations: [],
  themes: [],
};

describe('listEventFacts', () => {
  const facts = listEventFacts(event, TEXT, labels);
  const byKey = new Map(facts.map((fact) => [fact.key, fact]));

  it('lists every fact in reading order, with the words it came from', () => {
    expect(facts.map((f) => [f.label, f.value, f.quotes.join(' | ')])).toEqual([
      ['Event', 'Lakeside Video Forum', 'Lakeside Video Forum'],
      ['Date', '3 May 2021', 'On 3 May'],
      ['Format', 'Online', 'Video Forum'],
      ['Organised by', 'Test Foundation', 'Test Foundation'],
      ['Participants', '12 delegates', '12 delegates'],
      ['Participating countries', 'Japan, Chile', 'Taking part were 12 delegates from Japan and Chile.'],
      ['Participating countries', 'Peru', 'Peru'],
    ]);
  });

  it('quotes the sentence of several names read from it, and highlights each name', () => {
    const countries = byKey.get('countries-0')!;
    expect(countries.spans.map((span) => TEXT.slice(...span))).toEqual(['Japan', 'Chile']);
  });

  it('marks inferred values and says why', () => {
    expect(byKey.get('date')).toMatchObject({ inferred: true, reasons: ['Year taken from the publication date.'] });
    expect(byKey.get('format')).toMatchObject({ inferred: true, reasons: ['Read from “Video Forum”.'] });
    expect(byKey.get('title')).toMatchObject({ inferred: false, reasons: [] });
  });

  it('gives countries read from different sentences distinct keys', () => {
    expect(facts.filter((f) => f.label === 'Participating countries').map((f) => f.key)).toEqual(['countries-0', 'countries-1']);
  });

  it('drops spans that fall outside the text or are empty, rather than slicing nonsense', () => {
    const broken: ForumEvent = {
      ...event,
      title: { ...event.title, span: [TEXT.length - 2, TEXT.length + 40] },
      startDate: { ...event.startDate, span: [5, 5] },
    };
    const [title, date] = listEventFacts(broken, TEXT, labels);
    expect(title).toMatchObject({ spans: [], quotes: [] });
    expect(date).toMatchObject({ spans: [], quotes: [], value: '3 May 2021' });
  });

  it('lists each event theme once, with every cue that assigned it', () => {
    const themed: ForumEvent = {
      ...event,
      themes: [
        { themeId: 'drugs', cue: 'drug*', span: at('drug') },
        { themeId: 'forums', cue: 'forum', span: at('Forum') },
        { themeId: 'drugs', cue: 'routes', span: at('routes') },
      ],
    };
    const themes = listEventFacts(themed, TEXT, labels).filter((f) => f.label === 'Theme');
    expect(themes.map((f) => [f.value, f.note, f.quotes])).toEqual([
      ['Drug trafficking', 'cues “drug*”, “routes”', ['drug', 'routes']],
      ['forums', 'cue “forum”', ['Forum']],
    ]);
  });

  it('names a place with its country, and an online location as online', () => {
    const placed: ForumEvent = {
      ...event,
      location: { value: { kind: 'place', place: 'Lakeside', country: code('CHL') }, span: at('Lakeside'), inferred: false },
    };
    expect(listEventFacts(placed, TEXT, labels).find((f) => f.key === 'location')?.value).toBe('Lakeside, Chile');
    const online: ForumEvent = { ...event, location: { value: { kind: 'online' }, span: at('Video Forum'), inferred: true } };
    expect(listEventFacts(online, TEXT, labels).find((f) => f.key === 'location')).toMatchObject({
      value: 'Online',
      reasons: ['Not stated in the text.'],
    });
  });
});

describe('listStatementFacts', () => {
  const statement: Statement = {
    id: 'doc:1',
    documentId: 'doc',
    eventId: 'lakeside',
    speaker: {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      role: 'Director',
      organisation: null,
      mention: 'She',
      mentionSpan: at('She'),
      resolvedFrom: at('Director Ana Ruiz'),
    },
    verb: { text: 'stressed', lemma: 'stress', span: at('stressed') },
    speechType: 'reported',
    text: 'drug routes must close',
    span: at('drug routes must close'),
    paragraphIndex: 2,
    themes: [{ themeId: 'drugs', cue: 'drug*', span: at('drug') }],
    mentionedCountries: [{ code: code('PER'), surface: 'Peru', span: at('Peru') }],
    mentionedOrganisations: [],
    mentionedPlaces: [],
  };

  it('shows where the speaker, verb, themes and mentions were read', () => {
    const facts = listStatementFacts(statement, TEXT, labels);
    expect(facts.map((f) => [f.label, f.value, f.quotes])).toEqual([
      ['Speaker', 'Ana Ruiz, Director', ['She', 'Director Ana Ruiz']],
      ['Reporting verb', 'stressed', ['stressed']],
      ['Theme', 'Drug trafficking', ['drug']],
      ['Mentions', 'Peru', ['Peru']],
    ]);
    expect(facts[0]!.note).toBe('“She” refers back to “Director Ana Ruiz”');
    expect(facts[2]!.note).toBe('cue “drug*”');
  });

  it('has no speaker entry for an unattributed statement', () => {
    const facts = listStatementFacts({ ...statement, speaker: null }, TEXT, labels);
    expect(facts.map((f) => f.label)).not.toContain('Speaker');
  });
});
