import { describe, expect, it } from 'vitest';
import { CorpusError, formatCorpusProblems } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { describeExcluded } from '../../../../src/domain/corpus/excluded-records.ts';
import { openCorpus, type OpenCorpusOptions } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { buildTestCorpus, smallTestCorpus } from '../../../fixtures/test-corpus.ts';

/** All or nothing: any problem throws a CorpusError (the tolerant reader leaves bad records out). */
const readCorpusStrictly = (text: string, source: string) => openCorpus(text, source, { mode: 'strict' }).corpus;

const SOURCE = 'my-corpus.json';
const small = smallTestCorpus();
const docLength = (id: string) => small.documents.find((doc) => doc.id === id)!.text.length;

/** The small test corpus as file text, after `mutate` has broken something in a copy. */
function corpusText(mutate: (corpus: Corpus) => void = () => {}): string {
  const corpus = structuredClone(small);
  mutate(corpus);
  return JSON.stringify(corpus);
}

/** Lets a test write a value of the wrong type into a typed record. */
function loose(record: object): Record<string, unknown> {
  return record as Record<string, unknown>;
}

function openError(text: string, options?: OpenCorpusOptions): CorpusError {
  try {
    openCorpus(text, SOURCE, options);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected the corpus not to open');
}

describe('openCorpus: a sound corpus', () => {
  it('opens whole, with nothing excluded', () => {
    const opened = openCorpus(JSON.stringify(small), SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.problems).toEqual([]);
    expect(opened.empty).toBe(false);
    expect(opened.corpus).toEqual(small);
  });

  it('ignores a byte-order mark and fields the format does not know', () => {
    const text = '\uFEFF' + corpusText((c) => Object.assign(loose(c.statements[0]!), { note: 'x'.repeat(100_000) }));
    const opened = openCorpus(text, SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.corpus).toEqual(small);
  });

  it('strict mode returns the same corpus', () => {
    expect(readCorpusStrictly(JSON.stringify(small), SOURCE)).toEqual(small);
  });
});

describe('openCorpus: files that cannot be opened at all', () => {
  const pretty = JSON.stringify(small, null, 2);
  const cut = pretty.slice(0, Math.floor(pretty.length / 2));
  const cutLines = cut.split('\n');

  it.each<[string, string, CorpusError['kind'], RegExp, string[]]>([
    ['an empty file', '', 'empty', /^my-corpus\.json is empty/, []],
    ['a file of blanks', ' \n\t \r\n', 'empty', /is empty/, []],
    ['an HTML page', '<!doctype html><html><body>Not found</body></html>', 'html', /is an HTML page, not a corpus JSON file/, []],
    ['an HTML page after blanks and a BOM', '\uFEFF\n  <html lang="en">', 'html', /HTML page/, []],
    [
      'truncated JSON',
      cut,
      'not-json',
      new RegExp(`cut short \\(line ${cutLines.length}, column ${cutLines.at(-1)!.length + 1}\\)`),
      [],
    ],
    ['a syntax error, located', '{\n  "schemaVersion": 1,\n}', 'not-json', /is not valid JSON \(line 3, column 1\): Expected double-quoted/, []],
    ['plain text', 'corpus goes here', 'not-json', /is not valid JSON \(line 1, column 1\): a character that cannot start a JSON value/, []],
    // V8 names only the token here, not where it is: the scan finds the line and column.
    ['a bad token, located without the engine’s help', '{\n  "schemaVersion": 1,\n  "documents": x\n}', 'not-json', /is not valid JSON \(line 3, column 16\): a character that cannot start a JSON value \(Unexpected token/, []],
    ['a comment', '{\n  // the corpus\n  "schemaVersion": 1\n}', 'not-json', /\(line 2, column 3\)/, []],
    ['a JSON array', '[{"schemaVersion": 1}]', 'invalid', /the top level is an array; a corpus is a JSON object/, ['(root)']],
    ['JSON null', 'null', 'invalid', /the top level is null/, ['(root)']],
    ['a JSON string', '"corpus"', 'invalid', /the top level is a string/, ['(root)']],
    ['no schemaVersion', '{"documents": []}', 'invalid', /has no schemaVersion/, ['schemaVersion']],
    [
      'a future schemaVersion',
      corpusText((c) => Object.assign(loose(c), { schemaVersion: 2 })),
      'invalid',
      /has schemaVersion 2; this version of Forum Atlas reads schemaVersion 1/,
      ['schemaVersion'],
    ],
    [
      'record lists of the wrong type',
      corpusText((c) => Object.assign(loose(c), { documents: 'doc-a', statements: undefined })),
      'invalid',
      /does not have the shape of a corpus \(2 problems\)/,
      ['documents', 'statements'],
    ],
    [
      'records but no sound document',
      corpusText((c) => c.documents.forEach((doc) => Object.assign(loose(doc), { publishedOn: 'soon' }))),
      'invalid',
      /has no usable document: 3 documents, none of them sound/,
      ['documents[0].publishedOn', 'documents[1].publishedOn', 'documents[2].publishedOn'],
    ],
    [
      'events and statements without documents',
      corpusText((c) => (c.documents = [])),
      'invalid',
      /has events or statements but no documents/,
      ['events[0].documentId', 'events[1].documentId', 'events[2].documentId', 'statements[0].documentId'],
    ],
  ])('%s', (_name, text, kind, message, paths) => {
    const error = openError(text);
    expect(error.kind).toBe(kind);
    expect(error.source).toBe(SOURCE);
    expect(error.message).toMatch(message);
    // The first few problems name where; dependent records are not repeated.
    expect(error.problems.slice(0, paths.length).map((p) => p.path)).toEqual(paths);
    if (paths.length === 0) expect(error.problems).toEqual([]);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('says "missing" for an absent field and names the record', () => {
    const error = openError(corpusText((c) => delete loose(c.statements[4]!).eventId), { mode: 'strict' });
    expect(error.problems).toEqual([
      { path: 'statements[4].eventId', recordId: small.statements[4]!.id, message: 'missing: expected string' },
    ]);
  });

  it('reports an impossible date once, with both reasons', () => {
    const error = openError(corpusText((c) => (c.documents[1]!.publishedOn = '2020-02-30')), { mode: 'strict' });
    expect(error.problems).toEqual([
      {
        path: 'documents[1].publishedOn',
        recordId: 'doc-b',
        message: 'Invalid ISO date; expected a calendar date written YYYY-MM-DD',
      },
    ]);
  });
});

type Expected = [collection: string, index: number, dependent: boolean];

describe('openCorpus: records with problems are excluded and listed', () => {
  const doc = (id: string) => small.documents.find((d) => d.id === id)!;
  const s = small.statements;

  it.each<[string, (c: Corpus) => void, Expected[], string, RegExp]>([
    [
      'a statement text of the wrong type',
      (c) => Object.assign(loose(c.statements[4]!), { text: 42 }),
      [['statements', 4, false]],
      'statements[4].text',
      /expected string, received number/,
    ],
    [
      'an event without a title, and its statement with it',
      (c) => delete loose(c.events[2]!).title,
      [['events', 2, false], ['statements', 4, true]],
      'events[2].title',
      /^missing: expected object$/,
    ],
    [
      'a record that is not an object',
      (c) => (loose(c.statements)[1] = null),
      [['statements', 1, false]],
      'statements[1]',
      /expected object, received null/,
    ],
    [
      'a statement span outside its document',
      (c) => (c.statements[3]!.span = [900, 950]),
      [['statements', 3, false]],
      'statements[3].span',
      new RegExp(`^span \\[900, 950\\] ends after the end of document "doc-b" \\(${docLength('doc-b')} characters\\)$`),
    ],
    [
      'a statement span that slices other words',
      (c) => (c.statements[0]!.span = [s[0]!.span[0] + 1, s[0]!.span[1] + 1]),
      [['statements', 0, false]],
      'statements[0].text',
      /the text is not what the document says at \[\d+, \d+\]: the document has "errorism and drug crime threaten everyone\."/,
    ],
    [
      'a verb span outside the document',
      (c) => (c.statements[2]!.verb.span = [0, 10_000]),
      [['statements', 2, false]],
      'statements[2].verb.span',
      /ends after the end of document "doc-a"/,
    ],
    [
      'an event fact span outside the document, with its statements',
      (c) => (c.events[0]!.title.span = [5, 99_999]),
      [['events', 0, false], ['statements', 0, true], ['statements', 1, true], ['statements', 2, true]],
      'events[0].title.span',
      /span \[5, 99999\] ends after the end of document "doc-a"/,
    ],
    [
      'a duplicate statement id: the later one',
      (c) => (c.statements[4]!.id = s[3]!.id),
      [['statements', 4, false]],
      'statements[4].id',
      new RegExp(`^duplicate id "${s[3]!.id}": statements\\[3\\] already uses it$`),
    ],
    [
      'a duplicate event id',
      (c) => c.events.push(structuredClone(c.events[0]!)),
      [['events', 3, false]],
      'events[3].id',
      /duplicate id "alpha": events\[0\] already uses it/,
    ],
    [
      'a duplicate document id',
      (c) => c.documents.push(structuredClone(doc('doc-a'))),
      [['documents', 3, false]],
      'documents[3].id',
      /duplicate id "doc-a": documents\[0\] already uses it/,
    ],
    [
      'a duplicate theme id',
      (c) => c.taxonomy.push({ ...c.taxonomy[0]!, label: 'Again' }),
      [['taxonomy', 4, false]],
      'taxonomy[4].id',
      /duplicate id "terrorism-extremism": taxonomy\[0\] already uses it/,
    ],
    [
      'an unknown event',
      (c) => (c.statements[4]!.eventId = 'delta'),
      [['statements', 4, false]],
      'statements[4].eventId',
      /refers to event "delta", which is not in the corpus/,
    ],
    [
      "a statement filed under another document's event",
      (c) => (c.statements[4]!.eventId = 'alpha'),
      [['statements', 4, false]],
      'statements[4].eventId',
      /^event "alpha" belongs to document "doc-a", not to "doc-c"$/,
    ],
    [
      'a source address that is not a web address, with all that belongs to it',
      (c) => (c.documents[2]!.sourceUrl = 'javascript:alert(1)'),
      [['documents', 2, false], ['events', 2, true], ['statements', 4, true]],
      'documents[2].sourceUrl',
      /^"javascript:alert\(1\)" is not an http or https address$/,
    ],
    [
      'an id a link cannot carry',
      (c) => (c.statements[0]!.id = 'doc a / 1'),
      [['statements', 0, false]],
      'statements[0].id',
      /id "doc a \/ 1" cannot be carried in a link/,
    ],
    [
      'a theme with the reserved id "unthemed"',
      (c) => c.taxonomy.push({ id: 'unthemed', label: 'Other', definition: 'x', cues: ['x'] }),
      [['taxonomy', 4, false]],
      'taxonomy[4].id',
      /reserved for statements without a theme/,
    ],
  ])('%s', (_name, mutate, expected, path, message) => {
    const told: { events: unknown[]; statements: unknown[] } = { events: [], statements: [] };
    const opened = openCorpus(corpusText(mutate), SOURCE, {
      onKept: { event: (event) => told.events.push(event), statement: (statement) => told.statements.push(statement) },
    });
    expect(opened.excluded.map((e) => [e.collection, e.index, e.dependent])).toEqual(expected);
    // A loader indexing as records are kept is told of exactly the records kept, in order.
    expect(told.events).toEqual(opened.corpus.events);
    expect(told.statements).toEqual(opened.corpus.statements);
    const first = opened.excluded[0]!;
    expect(first.problems[0]!.path).toBe(path);
    expect(first.problems[0]!.message).toMatch(message);
    expect(opened.problems).toEqual(opened.excluded.flatMap((e) => e.problems));

    // The rest is intact: every record not listed is there, unchanged, in order.
    const broken = JSON.parse(corpusText(mutate)) as Record<string, unknown[]>;
    for (const collection of ['taxonomy', 'documents', 'events', 'statements'] as const) {
      const gone = new Set(opened.excluded.filter((e) => e.collection === collection).map((e) => e.index));
      const rest = broken[collection]!.filter((_, i) => !gone.has(i));
      expect(opened.corpus[collection]).toEqual(rest);
    }
  });

  it('names every excluded record by id, and the dependent ones by what they belong to', () => {
    const opened = openCorpus(corpusText((c) => (c.events[0]!.title.span = [5, 99_999])), SOURCE);
    expect(opened.excluded.map((e) => e.id)).toEqual(['alpha', s[0]!.id, s[1]!.id, s[2]!.id]);
    expect(opened.excluded[1]!.problems).toEqual([
      { path: 'statements[0].eventId', recordId: s[0]!.id, message: 'refers to event "alpha" (events[0]), which is excluded' },
    ]);
    expect(describeExcluded(opened.excluded)).toBe('1 event and 3 statements');
  });

  it('strict mode refuses the corpus and lists only what the file gets wrong', () => {
    const text = corpusText((c) => (loose(c.events[1]!.participatingCountries[0]!).value = 'XXX'));
    expect(() => readCorpusStrictly(text, SOURCE)).toThrow(CorpusError);
    const error = openError(text, { mode: 'strict' });
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('my-corpus.json does not match the corpus format (1 problem).');
    expect(error.problems.map((p) => p.path)).toEqual(['events[1].participatingCountries[0].value']);
  });

  it('lists at most 20 problems per record and counts the rest', () => {
    const text = corpusText((c) => {
      const mention = c.statements[1]!.mentionedCountries[0]!;
      c.statements[1]!.mentionedCountries = Array.from({ length: 30 }, () => ({ ...mention, span: [0, 99_999] }));
      // The mentions alone would only be dropped; an event that is not there leaves the statement out.
      c.statements[1]!.eventId = 'delta';
    });
    const [record] = openCorpus(text, SOURCE).excluded;
    expect(record!.problems).toHaveLength(21);
    expect(record!.problems[20]).toEqual({
      path: 'statements[1]',
      recordId: s[1]!.id,
      message: '…and 11 more problems in this record',
    });
  });
});

describe('openCorpus: an empty corpus', () => {
  const empty = { schemaVersion: 1, taxonomy: small.taxonomy, documents: [], events: [], statements: [] };

  it('opens, flagged empty, so the page can say there is nothing to show', () => {
    const opened = openCorpus(JSON.stringify(empty), SOURCE);
    expect(opened).toEqual({ corpus: empty, excluded: [], repaired: [], problems: [], empty: true });
    expect(readCorpusStrictly(JSON.stringify(empty), SOURCE)).toEqual(empty);
  });

  it('is not flagged empty when only the statements are gone', () => {
    const opened = openCorpus(corpusText((c) => (c.statements = [])), SOURCE);
    expect(opened.empty).toBe(false);
  });
});

describe('openCorpus: hostile text stays data', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '<img src=x onerror=alert(1)>';

  it('returns markup in fields unchanged', () => {
    const corpus = buildTestCorpus([
      {
        id: 'doc-x',
        publisher: IMG,
        publishedOn: '2020-01-01',
        text: `The Test Forum met. ${IMG} said that ${SCRIPT} is fine.`,
        events: [
          {
            id: 'x',
            title: 'Test Forum',
            start: '2020-01-01',
            participants: ['JPN'],
            statements: [
              { text: `${SCRIPT} is fine`, verb: 'said', lemma: 'say', speaker: { id: 'x', name: IMG, role: SCRIPT }, themes: [] },
            ],
          },
        ],
      },
    ]);
    const opened = openCorpus(JSON.stringify(corpus), SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.corpus.documents[0]!.publisher).toBe(IMG);
    expect(opened.corpus.statements[0]!.text).toBe(`${SCRIPT} is fine`);
    expect(opened.corpus.statements[0]!.speaker).toMatchObject({ name: IMG, role: SCRIPT });
  });

  it('quotes markup in messages as plain text, neither run nor escaped', () => {
    const opened = openCorpus(corpusText((c) => (c.statements[0]!.id = SCRIPT)), SOURCE);
    expect(opened.excluded[0]!.id).toBe(SCRIPT);
    expect(opened.problems[0]!.message).toContain(`"${SCRIPT}"`);
    expect(formatCorpusProblems(opened.problems)[0]).toBe(
      `statements[0].id (record "${SCRIPT}"): id "${SCRIPT}" cannot be carried in a link: ids may use only letters, digits and . : ~ - _ (at most 200)`,
    );
  });
});
