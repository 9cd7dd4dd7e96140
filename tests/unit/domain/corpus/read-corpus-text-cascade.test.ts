import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { describeRepairedRecord, summarizeRepaired } from '../../../../src/domain/corpus/excluded-records.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { planParts } from '../../../../src/domain/corpus/record-parts.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

/**
 * The exclusion cascade: what is wrong is dropped at the smallest unit that
 * holds it — a value (one list entry, one field of a fact), then an optional
 * fact — and a record is left out only when a field it cannot go without is
 * wrong. Each case says what the file gets wrong, what must be dropped, and
 * what the kept corpus must then be, written as an edit of the broken file.
 */

const SOURCE = 'cascade.json';
const small = smallTestCorpus();

function loose(record: object): Record<string, unknown> {
  return record as Record<string, unknown>;
}

type Case = {
  name: string;
  /** What the file gets wrong. */
  breaks: (c: Corpus) => void;
  /** [path dropped, unit] per repaired record, in file order. */
  dropped: Array<[string, 'value' | 'fact']>;
  /** The first dropped part's first reason. */
  because: RegExp;
  /** The broken corpus with the dropped parts taken out by hand: what must open. */
  keeps: (c: Corpus) => void;
  /** Records left out, as [collection, index]. */
  excluded?: Array<[string, number]>;
};

const CASES: Case[] = [
  {
    name: 'an unknown participating country: the country goes, the event and its statement stay',
    breaks: (c) => (loose(c.events[1]!.participatingCountries[0]!).value = 'XXX'),
    dropped: [['events[1].participatingCountries[0]', 'value']],
    because: /^"XXX" is not an assigned ISO 3166-1 alpha-3 country code$/,
    keeps: (c) => c.events[1]!.participatingCountries.splice(0, 1),
  },
  {
    name: 'a lower-case participant code (a schema error) is dropped the same way',
    breaks: (c) => (loose(c.events[0]!.participatingCountries[0]!).value = 'jpn'),
    dropped: [['events[0].participatingCountries[0]', 'value']],
    because: /expected an ISO 3166-1 alpha-3 code/,
    keeps: (c) => c.events[0]!.participatingCountries.splice(0, 1),
  },
  {
    name: 'two bad participants in one event: both go, later first, and the good one between them stays',
    breaks: (c) => {
      const [first] = c.events[0]!.participatingCountries;
      c.events[0]!.participatingCountries = [
        { ...first!, value: 'QQQ' as never },
        { ...first!, value: 'KOR' as never },
        { ...first!, value: 'ZZZ' as never },
      ];
    },
    dropped: [
      ['events[0].participatingCountries[0]', 'value'],
      ['events[0].participatingCountries[2]', 'value'],
    ],
    because: /"QQQ" is not an assigned/,
    keeps: (c) => c.events[0]!.participatingCountries.splice(0, 3, c.events[0]!.participatingCountries[1]!),
  },
  {
    name: 'an unknown mentioned country in a statement',
    breaks: (c) => (loose(c.statements[1]!.mentionedCountries[0]!).code = 'ZZZ'),
    dropped: [['statements[1].mentionedCountries[0]', 'value']],
    because: /"ZZZ" is not an assigned ISO 3166-1 alpha-3 country code/,
    keeps: (c) => c.statements[1]!.mentionedCountries.splice(0, 1),
  },
  {
    name: 'a theme the taxonomy lacks: the assignment goes',
    breaks: (c) => (c.statements[2]!.themes[0]!.themeId = 'space-weather'),
    dropped: [['statements[2].themes[0]', 'value']],
    because: /^refers to theme "space-weather", which is not in the corpus$/,
    keeps: (c) => c.statements[2]!.themes.splice(0, 1),
  },
  {
    name: 'a broken theme is left out, and only its assignments go from the statements that use it',
    breaks: (c) => (c.taxonomy[1]!.label = ''),
    excluded: [['taxonomy', 1]],
    dropped: [
      ['statements[0].themes[1]', 'value'],
      ['statements[3].themes[0]', 'value'],
    ],
    because: /^refers to theme "drug-trafficking" \(taxonomy\[1\]\), which is excluded$/,
    keeps: (c) => {
      c.taxonomy.splice(1, 1);
      c.statements[0]!.themes.splice(1, 1);
      c.statements[3]!.themes.splice(0, 1);
    },
  },
  {
    name: 'an event theme cue outside the document',
    breaks: (c) => (c.events[2]!.themes[0]!.span = [0, 99_999]),
    dropped: [['events[2].themes[0]', 'value']],
    because: /span \[0, 99999\] ends after the end of document "doc-c"/,
    keeps: (c) => c.events[2]!.themes.splice(0, 1),
  },
  {
    name: 'an end date before the start: the end date goes (a fact)',
    breaks: (c) => (c.events[1]!.endDate!.value = '2020-09-01'),
    dropped: [['events[1].endDate', 'fact']],
    because: /^the event ends \(2020-09-01\) before it starts \(2020-09-03\)$/,
    keeps: (c) => delete c.events[1]!.endDate,
  },
  {
    name: 'an unknown format: the format goes',
    breaks: (c) => (loose(c.events[0]!).format = { value: 'carrier-pigeon', span: [0, 5], inferred: false }),
    dropped: [['events[0].format', 'fact']],
    because: /Invalid option/,
    keeps: (c) => delete c.events[0]!.format,
  },
  {
    name: "a place's unknown country: the place stays, its country is unknown",
    breaks: (c) =>
      (loose(c.events[0]!).location = { value: { kind: 'place', place: 'Alpha City', country: 'QQQ' }, span: [0, 5], inferred: false }),
    dropped: [['events[0].location.value.country', 'value']],
    because: /"QQQ" is not an assigned/,
    keeps: (c) => (c.events[0]!.location = { value: { kind: 'place', place: 'Alpha City', country: null }, span: [0, 5], inferred: false }),
  },
  {
    name: 'a location span outside the document: the location goes, with its country',
    breaks: (c) =>
      (loose(c.events[0]!).location = { value: { kind: 'place', place: 'Alpha City', country: 'QQQ' }, span: [0, 99_999], inferred: false }),
    dropped: [['events[0].location', 'fact']],
    because: /span \[0, 99999\] ends after the end of document "doc-a"/,
    keeps: (c) => delete c.events[0]!.location,
  },
  {
    name: "an empty speaker's role: the role is unknown, the speaker stays",
    breaks: (c) => (c.statements[0]!.speaker!.role = ''),
    dropped: [['statements[0].speaker.role', 'value']],
    because: /Too small/,
    keeps: (c) => (c.statements[0]!.speaker!.role = null),
  },
  {
    name: 'a speaker id a link cannot carry: the speaker goes, the statement stays unattributed',
    breaks: (c) => (c.statements[2]!.speaker!.id = 'bo lind / envoy'),
    dropped: [['statements[2].speaker', 'fact']],
    because: /id "bo lind \/ envoy" cannot be carried in a link/,
    keeps: (c) => (c.statements[2]!.speaker = null),
  },
  {
    name: 'an empty cue beside a good one: the cue goes',
    breaks: (c) => c.taxonomy[0]!.cues.push(''),
    dropped: [['taxonomy[0].cues[1]', 'value']],
    because: /Too small/,
    keeps: (c) => c.taxonomy[0]!.cues.pop(),
  },
  {
    name: 'the only cue empty: a theme needs one, so the theme is left out and its assignments go',
    breaks: (c) => (c.taxonomy[2]!.cues = ['']),
    excluded: [['taxonomy', 2]],
    dropped: [['statements[2].themes[0]', 'value']],
    because: /which is excluded$/,
    keeps: (c) => {
      c.taxonomy.splice(2, 1);
      c.statements[2]!.themes.splice(0, 1);
    },
  },
  {
    name: 'a bad value beside a missing title: the event is left out, with its statement',
    breaks: (c) => {
      loose(c.events[1]!.participatingCountries[0]!).value = 'XXX';
      delete loose(c.events[1]!).title;
    },
    excluded: [['events', 1], ['statements', 3]],
    dropped: [],
    because: /./,
    keeps: (c) => {
      c.events.splice(1, 1);
      c.statements.splice(3, 1);
    },
  },
];

describe('openCorpus: the smallest unit that is wrong goes, the rest stays', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, { breaks, dropped, because, keeps, excluded = [] }) => {
    const broken = structuredClone(small);
    breaks(broken);
    const opened = openCorpus(JSON.stringify(broken), SOURCE);

    expect(opened.excluded.map((e) => [e.collection, e.index])).toEqual(excluded);
    expect(opened.repaired.flatMap((r) => r.dropped.map((part) => [part.path, part.unit]))).toEqual(dropped);
    if (dropped.length > 0) expect(opened.repaired[0]!.dropped[0]!.problems[0]!.message).toMatch(because);

    const expected = structuredClone(broken);
    keeps(expected);
    expect(opened.corpus).toEqual(JSON.parse(JSON.stringify(expected)) as Corpus);
    // Every reason is listed once, and strict mode refuses the file.
    expect(opened.problems.length).toBeGreaterThan(0);
    expect(() => openCorpus(JSON.stringify(broken), SOURCE, { mode: 'strict' })).toThrow(/does not match the corpus format/);
  });

  it('tells a loader indexing as it goes of the kept forms, in order', () => {
    const broken = structuredClone(small);
    loose(broken.events[1]!.participatingCountries[0]!).value = 'XXX';
    const told: unknown[] = [];
    const opened = openCorpus(JSON.stringify(broken), SOURCE, { onKept: { event: (event) => told.push(event) } });
    expect(told).toEqual(opened.corpus.events);
    expect(opened.corpus.events[1]!.participatingCountries.map((fact) => fact.value)).toEqual(['JPN']);
  });
});

describe('what the notice says about a record kept without a value', () => {
  const broken = structuredClone(small);
  loose(broken.events[0]!.participatingCountries[1]!).value = 'XXX';
  const opened = openCorpus(JSON.stringify(broken), SOURCE);

  it('names the value, where it was, why, and what was kept', () => {
    expect(opened.repaired).toHaveLength(1);
    expect(describeRepairedRecord(opened.repaired[0]!)).toEqual({
      title: 'event "alpha" (events[0])',
      dropped: [
        'Dropped the participating country "XXX" (events[0].participatingCountries[1]) — value: "XXX" is not an assigned ISO 3166-1 alpha-3 country code',
      ],
      kept: 'The event was kept, with its 3 statements; nothing else in it was changed.',
    });
    expect(summarizeRepaired(opened.repaired)).toBe('1 value was dropped from 1 event, which was kept with everything else it holds.');
  });

  it('counts facts apart from values, and several records', () => {
    const twice = structuredClone(small);
    twice.events[1]!.endDate!.value = '2020-09-01';
    loose(twice.statements[1]!.mentionedCountries[0]!).code = 'ZZZ';
    expect(summarizeRepaired(openCorpus(JSON.stringify(twice), SOURCE).repaired)).toBe(
      '2 values and facts were dropped from 1 event and 1 statement, which were kept with everything else they hold.',
    );
  });

  it('lists at most 20 dropped parts per record and counts the rest', () => {
    const many = structuredClone(small);
    const mention = many.statements[1]!.mentionedCountries[0]!;
    many.statements[1]!.mentionedCountries = Array.from({ length: 30 }, () => ({ ...mention, span: [0, 99_999] as [number, number] }));
    const [record] = openCorpus(JSON.stringify(many), SOURCE).repaired;
    const entry = describeRepairedRecord(record!);
    expect(entry.dropped).toHaveLength(21);
    expect(entry.dropped[20]).toBe('…and 10 more parts dropped from this record');
  });
});

describe('planParts', () => {
  it("claims only problems inside its own record: events[1] is not events[10]", () => {
    const problem = { path: 'events[10].participatingCountries[0].value', message: 'x' };
    const plan = planParts('events', 'events[1]', {}, [problem]);
    expect(plan).toEqual({ parts: [], recordLevel: [problem] });
  });

  it('folds a value inside a fact into the fact, whichever comes first', () => {
    const record = { location: { value: { kind: 'place', place: 'P', country: 'QQQ' }, span: [0, 1], inferred: false } };
    const inner = { path: 'events[0].location.value.country', message: 'bad country' };
    const outer = { path: 'events[0].location.span', message: 'bad span' };
    for (const problems of [[inner, outer], [outer, inner]]) {
      const { parts, recordLevel } = planParts('events', 'events[0]', record, problems);
      expect(recordLevel).toEqual([]);
      expect(parts.map((part) => [part.path, part.unit, part.problems.length])).toEqual([['events[0].location', 'fact', 2]]);
    }
  });
});
