import { describe, expect, it } from 'vitest';
import {
  createCorpusAssembly,
  describeLoadProgress,
  formatMegabytes,
  fromLoadFailure,
  httpFailure,
  openedMessages,
  SLICE_SIZE,
  toLoadFailure,
  typedArrayBuffers,
  type LoadProgress,
  type LoadResponse,
} from '../../../../src/domain/corpus/corpus-load-protocol.ts';
import { CorpusError } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { Corpus, Statement } from '../../../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarEngine, createColumnarEngineFromIndex } from '../../../../src/domain/engine/linked-views-engine.ts';
import { EMPTY_FILTERS } from '../../../../src/domain/view-state/filters.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

describe('formatMegabytes', () => {
  it.each([
    [0, '0.0 MB'],
    [49_999, '0.0 MB'],
    [50_000, '0.1 MB'],
    [12_400_000, '12.4 MB'],
    [50_149_999, '50.1 MB'],
  ])('%d bytes → %s', (bytes, text) => expect(formatMegabytes(bytes)).toBe(text));
});

describe('describeLoadProgress', () => {
  it.each<[string, LoadProgress, string, number | null]>([
    ['reading with a known size', { phase: 'reading', loaded: 12_400_000, total: 50_100_000 }, 'Reading 12.4 of 50.1 MB', 12_400_000 / 50_100_000],
    ['reading with no size', { phase: 'reading', loaded: 3_000_000, total: null }, 'Reading 3.0 MB', null],
    // A compressed response reports its compressed length: never show more than 100 %.
    ['reading past a compressed size', { phase: 'reading', loaded: 9_000_000, total: 2_000_000 }, 'Reading 9.0 MB', null],
    ['reading a zero-length total', { phase: 'reading', loaded: 0, total: 0 }, 'Reading 0.0 MB', null],
    ['parsing', { phase: 'parsing', bytes: 134_400_000 }, 'Parsing 134.4 MB of JSON', null],
    ['parsing NDJSON', { phase: 'parsing', bytes: 2_000_000, format: 'NDJSON' }, 'Parsing 2.0 MB of NDJSON', null],
    ['checking', { phase: 'checking', checked: 30_000, total: 120_000, statements: 100_000 }, 'Checking 100,000 statements', 0.25],
    ['checking one statement', { phase: 'checking', checked: 4, total: 4, statements: 1 }, 'Checking 1 statement', 1],
    ['checking an empty corpus', { phase: 'checking', checked: 0, total: 0, statements: 0 }, 'Checking 0 statements', 1],
    ['indexing', { phase: 'indexing', statements: 95_629 }, 'Indexing 95,629 statements', null],
    ['receiving', { phase: 'receiving', received: 500, total: 2000 }, 'Preparing the views', 0.25],
  ])('%s', (_, progress, text, fraction) => {
    expect(describeLoadProgress(progress)).toEqual({ text, fraction });
  });
});

describe('load failures survive postMessage', () => {
  it('keeps a CorpusError’s kind, source, message and problems', () => {
    const problems = [{ path: 'statements[3].span', recordId: 's-3', message: 'span ends after the document' }];
    const error = new CorpusError('invalid', 'x.json', 'x.json does not match', problems);
    const revived = fromLoadFailure(structuredClone(toLoadFailure(error, 'ignored')));
    expect(revived).toBeInstanceOf(CorpusError);
    expect(revived).toMatchObject({ kind: 'invalid', source: 'x.json', message: 'x.json does not match', problems });
  });

  it.each(['not-found', 'not-json', 'html', 'empty'] as const)('keeps kind %s', (kind) => {
    const revived = fromLoadFailure(toLoadFailure(new CorpusError(kind, 'a.json', 'why'), 'a.json'));
    expect(revived).toBeInstanceOf(CorpusError);
    expect((revived as CorpusError).kind).toBe(kind);
  });

  it('turns anything else into a plain error naming the source, never a stack trace', () => {
    const failure = toLoadFailure(new RangeError('Invalid string length'), 'huge.json');
    expect(failure).toEqual({ kind: 'failed', source: 'huge.json', message: 'huge.json could not be opened: Invalid string length', problems: [] });
    const revived = fromLoadFailure(failure);
    expect(revived).not.toBeInstanceOf(CorpusError);
    expect(revived.message).toBe('huge.json could not be opened: Invalid string length');
    expect(toLoadFailure('a thrown string', 'b.json').message).toBe('b.json could not be opened: a thrown string');
  });

  it.each([
    [404, 'Not Found', 'data/x.json was not found: there is no such file.'],
    [410, '', 'data/x.json was not found: there is no such file.'],
    [500, 'Internal Server Error', 'data/x.json was not found: the server answered 500 Internal Server Error.'],
    [403, '', 'data/x.json was not found: the server answered 403.'],
  ])('HTTP %d is a not-found error', (status, text, message) => {
    const error = httpFailure('data/x.json', status, text);
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(message);
  });
});

/** The small corpus with its statements repeated to `count`, ids made unique. */
function corpusWith(count: number): Corpus {
  const base = smallTestCorpus();
  const statements: Statement[] = [];
  for (let n = 0; statements.length < count; n += 1) {
    for (const statement of base.statements) {
      if (statements.length < count) statements.push({ ...statement, id: `${statement.id}~${n}` });
    }
  }
  return { ...base, statements };
}

function assemble(messages: LoadResponse[]) {
  const [opened, ...rest] = messages.map((message) => structuredClone(message));
  if (opened?.type !== 'opened') throw new Error('the first message must be "opened"');
  const assembly = createCorpusAssembly(opened.header);
  const results = rest.map((message) => {
    if (message.type !== 'records' && message.type !== 'index' && message.type !== 'done') throw new Error(`unexpected ${message.type}`);
    return assembly.add(message);
  });
  return { assembly, results };
}

describe('an opened corpus travels in slices and is rebuilt whole', () => {
  const header = { source: 'big.json', version: 'abcdef012345', excluded: [], repaired: [], empty: false };

  it.each([0, 1, SLICE_SIZE.statements, SLICE_SIZE.statements + 1, 2 * SLICE_SIZE.statements + 7])(
    'with %d statements',
    (count) => {
      const corpus = corpusWith(count);
      const messages = [...openedMessages(7, header, corpus, buildColumnarIndex(corpus))];
      expect(messages.every((message) => message.id === 7)).toBe(true);
      expect(messages.at(-1)).toEqual({ type: 'done', id: 7 });
      const statementSlices = messages.filter((m) => m.type === 'records' && m.collection === 'statements');
      expect(statementSlices).toHaveLength(Math.ceil(count / SLICE_SIZE.statements));
      // The header carries no record arrays.
      const opened = messages[0] as Extract<LoadResponse, { type: 'opened' }>;
      expect(Object.keys(opened.header.corpus).sort()).toEqual(['schemaVersion', 'synthetic', 'taxonomy']);

      const { results } = assemble(messages);
      expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
      const assembled = results.at(-1)!;
      expect(assembled).toMatchObject({ ...header, corpus });
      // The index survives the trip: an engine over it answers as one built on the page.
      const query = { filters: { ...EMPTY_FILTERS, search: 'drug' }, sort: 'date-desc' as const };
      expect(createColumnarEngineFromIndex(assembled.index).query(query)).toEqual(createColumnarEngine(corpus).query(query));
    },
  );

  it('reports how much has arrived', () => {
    const corpus = corpusWith(2 * SLICE_SIZE.statements);
    const messages = [...openedMessages(1, header, corpus, buildColumnarIndex(corpus))];
    const [opened, ...rest] = messages;
    const assembly = createCorpusAssembly((opened as Extract<LoadResponse, { type: 'opened' }>).header);
    const total = corpus.documents.length + corpus.events.length + corpus.statements.length;
    expect(assembly.progress()).toEqual({ phase: 'receiving', received: 0, total });
    for (const message of rest.slice(0, -1)) assembly.add(message as Extract<LoadResponse, { type: 'records' | 'index' }>);
    expect(assembly.progress()).toEqual({ phase: 'receiving', received: total, total });
  });

  it('refuses a corpus with a slice missing or one too many', () => {
    const corpus = corpusWith(SLICE_SIZE.statements + 1);
    const messages = [...openedMessages(1, header, corpus, buildColumnarIndex(corpus))];
    const lastSlice = messages.length - 3;
    expect(() => assemble([...messages.slice(0, lastSlice), ...messages.slice(lastSlice + 1)])).toThrow(
      `${SLICE_SIZE.statements} of ${SLICE_SIZE.statements + 1} statements arrived`,
    );
    expect(() => assemble([...messages.slice(0, -1), messages[lastSlice]!, messages.at(-1)!])).toThrow(
      'more statements arrived than the corpus has',
    );
    expect(() => assemble([...messages.slice(0, -2), messages.at(-1)!])).toThrow('the corpus arrived without its index');
  });

  it('does not change the corpus it slices', () => {
    const corpus = corpusWith(3);
    const before = structuredClone(corpus);
    const messages = [...openedMessages(1, header, corpus, buildColumnarIndex(corpus))];
    expect(corpus).toEqual(before);
    expect(messages.length).toBeGreaterThan(2);
  });
});

describe('openCorpus reports its progress', () => {
  it('from the first record to the last, counting statements', () => {
    const corpus = corpusWith(4500);
    const seen: Array<{ checked: number; total: number; statements: number }> = [];
    openCorpus(JSON.stringify(corpus), 'p.json', { onProgress: (progress) => seen.push(progress) });
    const total = corpus.taxonomy.length + corpus.documents.length + corpus.events.length + corpus.statements.length;
    expect(seen[0]).toEqual({ checked: 0, total, statements: 4500 });
    expect(seen.at(-1)).toEqual({ checked: total, total, statements: 4500 });
    const checked = seen.map((progress) => progress.checked);
    expect(checked).toEqual([...checked].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});

describe('typedArrayBuffers', () => {
  it('finds every typed array buffer once, in objects, arrays and maps', () => {
    const shared = new Uint32Array(8);
    const value = {
      a: shared,
      b: shared.subarray(2, 4),
      list: [new Uint8Array(2), { deep: new Float64Array(1) }, 'text', 3, null],
      map: new Map([['k', new Uint16Array(3)]]),
    };
    const buffers = typedArrayBuffers(value);
    expect(buffers).toHaveLength(4);
    expect(buffers).toContain(shared.buffer);
  });

  it('finds the buffers of a columnar index, so that it can be transferred whole', () => {
    const corpus = corpusWith(50);
    const index = buildColumnarIndex(corpus);
    const buffers = typedArrayBuffers(index);
    expect(buffers.length).toBeGreaterThan(10);
    const moved = structuredClone(index, { transfer: buffers });
    expect(index.corpusIndexOf.byteLength).toBe(0);
    const query = { filters: EMPTY_FILTERS, sort: 'date-asc' as const };
    expect(createColumnarEngineFromIndex(moved).query(query)).toEqual(createColumnarEngine(corpus).query(query));
  });
});
