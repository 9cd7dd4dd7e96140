import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachTextIndex, buildColumnarIndex, buildTextIndexHere, engineEventOf, engineStatementOf, ensureTextIndex } from '../../../../../src/domain/engine/columnar/columnar-index.ts';
import { ColumnarIndexBuilder } from '../../../../../src/domain/engine/columnar/columnar-index-builder.ts';
import { createColumnarEngineFromIndex } from '../../../../../src/domain/engine/linked-views-engine.ts';
import {
  buffersOf,
  createTextIndexService,
  TextIndexClient,
  type TextIndexPort,
  type TextIndexReply,
  type TextIndexRequest,
} from '../../../../../src/domain/engine/text/text-index-service.ts';
import type { TextIndex } from '../../../../../src/domain/engine/text/text-index.ts';
import { TextBatcher, type TextBatch } from '../../../../../src/domain/engine/text/text-batch.ts';
import { TextIndexBuilder } from '../../../../../src/domain/engine/text/text-index-builder.ts';
import type { CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../../../../src/domain/synthetic/generate-corpus.ts';

const corpus = generateSyntheticCorpus({ statements: 1500, seed: 23 });

/** Records added one by one, laid out by `order`. */
function indexOneByOne(records: ReadonlyArray<[string, string | null]>, order: Uint32Array): TextIndex {
  const builder = new TextIndexBuilder();
  for (const [text, name] of records) builder.add(text, name);
  return builder.finish(order);
}

/** The same records through a TextBatcher of `targetBytes`, each batch copied as a thread would receive it. */
function indexInBatches(records: ReadonlyArray<[string, string | null]>, order: Uint32Array, targetBytes: number): { index: TextIndex; batches: number } {
  const batcher = new TextBatcher(targetBytes);
  const builder = new TextIndexBuilder();
  let batches = 0;
  const send = (batch: TextBatch | null) => {
    if (!batch) return;
    batches += 1;
    builder.addBatch(structuredClone(batch, { transfer: buffersOf(batch) }));
  };
  for (const [text, name] of records) send(batcher.add(text, name));
  send(batcher.take());
  return { index: builder.finish(order), batches };
}

function reversed(size: number): Uint32Array {
  return Uint32Array.from({ length: size }, (_, i) => size - 1 - i);
}

describe('search index from batches', () => {
  const records = corpus.statements.map((s): [string, string | null] => [s.text, s.speaker?.name ?? null]);

  it('equals the index of the same records added one by one, over many batches', () => {
    const order = reversed(records.length);
    const { index, batches } = indexInBatches(records, order, 4096);
    expect(batches).toBeGreaterThan(20);
    expect(index).toEqual(indexOneByOne(records, order));
  });

  it('lists a statement once under a word its text and its speaker\'s name share', () => {
    const builder = new TextIndexBuilder();
    builder.add('Mr Núñez spoke', 'Elena Núñez');
    builder.add('Núñez again', 'Elena Núñez');
    const index = builder.finish(null);
    const rank = index.words.indexOf('nunez');
    expect(Array.from(index.positions.subarray(index.offsets[rank], index.offsets[rank + 1]))).toEqual([0, 1]);
  });

  it('equals it for any texts and names, any batch size', () => {
    const pieces = ['a', 'Z', '9', ' ', '-', 'é', 'e\u0301', 'ß', 'Ω', 'ж', '中', '𝐀', '\ud800', '’', '\u0000', 'Núñez'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    const name = fc.option(fc.constantFrom('', 'Elena Núñez', 'Li Wei', 'ЖАННА'), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, name), { maxLength: 25 }), fc.integer({ min: 1, max: 64 }), (given, target) => {
        const order = reversed(given.length);
        expect(indexInBatches(given, order, target).index).toEqual(indexOneByOne(given, order));
      }),
      { numRuns: 200 },
    );
  });
});

/** A port to a service in this thread, with the thread boundary's copying and moving. */
function inProcessPort(options: { failWith?: Error } = {}): TextIndexPort & { closed: boolean; sent: number } {
  const service = createTextIndexService();
  let listener: ((reply: TextIndexReply | Error) => void) | null = null;
  const port = {
    closed: false,
    sent: 0,
    post(request: TextIndexRequest, transfer: ArrayBuffer[]) {
      port.sent += 1;
      const received = structuredClone(request, { transfer });
      queueMicrotask(() => {
        if (options.failWith) {
          listener?.(options.failWith);
          return;
        }
        const reply = service.handle(received);
        if (reply) listener?.(structuredClone(reply, { transfer: reply.type === 'done' ? buffersOf(reply.index) : [] }));
      });
    },
    listen(onReply: (reply: TextIndexReply | Error) => void) {
      listener = onReply;
    },
    close() {
      port.closed = true;
    },
  };
  return port;
}

const QUERIES: Filters[] = [
  EMPTY_FILTERS,
  { ...EMPTY_FILTERS, search: 'terror' },
  { ...EMPTY_FILTERS, search: 'border coop' },
  { ...EMPTY_FILTERS, search: corpus.statements.find((s) => /[^\x00-\x7f]/.test(s.speaker?.name ?? ''))!.speaker!.name!.split(' ').at(-1)! },
  { ...EMPTY_FILTERS, countries: ['CHN' as CountryCode], search: 'the' },
];

describe('search index built in another thread', () => {
  const inline = createColumnarEngineFromIndex(buildColumnarIndex(corpus));

  function buildWith(client: TextIndexClient) {
    const builder = new ColumnarIndexBuilder(0, { text: client });
    corpus.events.forEach((event) => builder.addEvent(engineEventOf(event)));
    corpus.statements.forEach((statement) => builder.addStatement(engineStatementOf(statement)));
    return builder.finish();
  }

  it('gives the same answers as the index built inline, once attached', async () => {
    const port = inProcessPort();
    const client = new TextIndexClient(port);
    const index = buildWith(client);
    expect(port.sent).toBeGreaterThan(0);
    expect(() => ensureTextIndex(index)).toThrow(/being built elsewhere/);
    const { index: text, busyMs } = await client.finish(index.corpusIndexOf);
    expect(busyMs).toBeGreaterThanOrEqual(0);
    expect(port.closed).toBe(true);
    attachTextIndex(index, text);
    const engine = createColumnarEngineFromIndex(index);
    for (const filters of QUERIES) {
      expect(engine.query({ filters, sort: 'date-desc' })).toEqual(inline.query({ filters, sort: 'date-desc' }));
    }
  });

  it('reports a thread that failed, and the index can then be built here', async () => {
    const client = new TextIndexClient(inProcessPort({ failWith: new Error('worker crashed') }));
    const index = buildWith(client);
    await expect(client.finish(index.corpusIndexOf)).rejects.toThrow('worker crashed');
    buildTextIndexHere(index, corpus.statements);
    const engine = createColumnarEngineFromIndex(index);
    for (const filters of QUERIES) {
      expect(engine.query({ filters, sort: 'date-asc' })).toEqual(inline.query({ filters, sort: 'date-asc' }));
    }
  });

  it('lays the index out when told the batches have ended, and takes no record after that', () => {
    const builder = new TextIndexBuilder();
    builder.add('first words', null);
    builder.prepare();
    expect(() => builder.add('too late', null)).toThrow(/added after the search index was laid out/);
    expect(builder.finish(null).words).toEqual(['first', 'words']);

    const service = createTextIndexService();
    const batcher = new TextBatcher();
    batcher.add('one', null);
    expect(service.handle({ type: 'batch', batch: batcher.take()! })).toBeNull();
    expect(service.handle({ type: 'end' })).toBeNull();
    batcher.add('two', null);
    expect(service.handle({ type: 'batch', batch: batcher.take()! })).toEqual({
      type: 'failed',
      message: 'a record was added after the search index was laid out',
    });
  });

  it('refuses an index of another size, and a service asked to finish twice says so', () => {
    const index = buildColumnarIndex(corpus);
    const small = new TextIndexBuilder();
    small.add('one statement', null);
    expect(() => attachTextIndex(index, small.finish(null))).toThrow(/covers 1 statements, the index has 1500/);

    const service = createTextIndexService();
    expect(service.handle({ type: 'finish', order: new Uint32Array(0) })?.type).toBe('done');
    expect(service.handle({ type: 'finish', order: new Uint32Array(0) })).toEqual({ type: 'failed', message: 'the search index was already finished' });
  });
});
