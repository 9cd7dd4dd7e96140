import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../../../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarEventList } from '../../../../../src/domain/engine/columnar/event-list.ts';
import {
  buildColumnOrder,
  eventSortText,
  readColumnOrderInput,
  type ColumnOrderBuilder,
  type OffThreadOrders,
} from '../../../../../src/domain/engine/columnar/event-list-order.ts';
import {
  answerColumnOrderRequest,
  createColumnOrderClient,
  transferablesOf,
  type ColumnOrderPort,
  type ColumnOrderReply,
  type ColumnOrderRequest,
} from '../../../../../src/domain/engine/columnar/event-list-worker-protocol.ts';
import { createReferenceEventList } from '../../../../../src/domain/engine/linked-views-engine.ts';
import { eventSortKey, foldText } from '../../../../../src/domain/events/event-sort-keys.ts';
import { EVENT_SORT_COLUMNS, type EventSort } from '../../../../../src/domain/view-state/event-sort.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../../../../src/domain/synthetic/generate-corpus.ts';

// The worker path's pure parts: what the page sends, what the worker does with it, and the page's end of the messages.
const corpus = generateSyntheticCorpus({ statements: 1200, events: 500, seed: 23 });
const index = buildColumnarIndex(corpus);
const reference = createReferenceEventList(corpus);
const TEXT_COLUMNS = ['title', 'place', 'format', 'organisers'] as const;
const elsewhere = (build: ColumnOrderBuilder): OffThreadOrders => ({ build, pause: () => Promise.resolve() });

/** A worker stand-in: each message is structured-cloned with its buffers transferred, as postMessage does, and answered later. */
function clonedPort(): ColumnOrderPort & { posted: ColumnOrderRequest[]; detached: number } {
  let onReply: (reply: ColumnOrderReply | Error) => void = () => undefined;
  const port = {
    posted: [] as ColumnOrderRequest[],
    detached: 0,
    post(request: ColumnOrderRequest, transfer: ArrayBuffer[]) {
      const received = structuredClone(request, { transfer });
      port.detached += transfer.filter((buffer) => buffer.byteLength === 0).length;
      port.posted.push(received);
      setTimeout(() => {
        const reply = answerColumnOrderRequest(received);
        onReply(structuredClone(reply, { transfer: transferablesOf(reply) }));
      });
    },
    listen(listener: (reply: ColumnOrderReply | Error) => void) {
      onReply = listener;
    },
  };
  return port;
}

describe('events table orders worked out elsewhere', () => {
  it('reads the text each text column sorts by: folded, it is the sort key', () => {
    for (const event of corpus.events) {
      for (const column of TEXT_COLUMNS) {
        const text = eventSortText(event, column);
        expect(text === null ? null : foldText(text)).toBe(eventSortKey(event, column));
      }
      expect(eventSortText(event, 'date')).toBeNull();
    }
  });

  it('sorts by every column, both ways, with orders built through cloned messages, as the reference does', async () => {
    const port = clonedPort();
    const { build } = createColumnOrderClient(port);
    const list = createColumnarEventList(index, corpus.events);
    for (const column of EVENT_SORT_COLUMNS) expect(list.ready(column)).toBe(false);
    let pauses = 0;
    const counted: OffThreadOrders = { build, pause: () => Promise.resolve(void (pauses += 1)) };
    await Promise.all(EVENT_SORT_COLUMNS.map((column) => list.prepare(column, counted)));
    expect(port.posted.map((request) => request.input.column).sort()).toEqual([...EVENT_SORT_COLUMNS].sort());
    // Every buffer is handed over, not copied: the page's copies are detached (one per number column, three per text column).
    expect(port.detached).toBe(3 + 4 * 3);
    // 508 events fit one slice: the engine never needed to pause.
    expect(pauses).toBe(0);
    const country: Filters = { ...EMPTY_FILTERS, countries: ['CHN' as CountryCode] };
    for (const column of EVENT_SORT_COLUMNS) {
      expect(list.ready(column)).toBe(true);
      for (const direction of ['asc', 'desc'] as const) {
        const sort: EventSort = { column, direction };
        for (const filters of [EMPTY_FILTERS, country]) {
          expect(Array.from(list.listEvents({ filters, sort }))).toEqual(Array.from(reference.listEvents({ filters, sort })));
        }
      }
    }
  });

  it('asks once for a column however often it is prepared, and not at all once it is ready', async () => {
    const port = clonedPort();
    const { build } = createColumnOrderClient(port);
    const list = createColumnarEventList(index, corpus.events);
    await Promise.all([list.prepare('place', elsewhere(build)), list.prepare('place', elsewhere(build))]);
    await list.prepare('place', elsewhere(build));
    list.listEvents({ filters: EMPTY_FILTERS, sort: { column: 'title', direction: 'asc' } });
    await list.prepare('title', elsewhere(build));
    expect(port.posted.map((request) => request.input.column)).toEqual(['place']);
  });

  it('builds the same order from the input on either thread', async () => {
    const list = createColumnarEventList(index, corpus.events);
    let seen: Parameters<ColumnOrderBuilder>[0] | null = null;
    void list.prepare(
      'organisers',
      elsewhere((input) => {
        seen = input;
        return new Promise(() => undefined);
      }),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).not.toBeNull();
    const order = buildColumnOrder(seen!);
    const expected = reference.listEvents({ filters: EMPTY_FILTERS, sort: { column: 'organisers', direction: 'asc' } });
    expect(Array.from(order.order)).toEqual(Array.from(expected));
    expect(order.runStarts[order.runStarts.length - 1]).toBeLessThanOrEqual(corpus.events.length);
  });

  it('reads a column a slice at a time, and the slices make the same input as one read', () => {
    const read = (slice: number) => {
      const reading = readColumnOrderInput('place', corpus.events, () => null, slice);
      let yields = 0;
      for (;;) {
        const step = reading.next();
        if (step.done) return { input: step.value, yields };
        yields += 1;
      }
    };
    const whole = read(10_000);
    const sliced = read(64);
    expect(whole.yields).toBe(0);
    expect(sliced.yields).toBe(Math.floor(corpus.events.length / 64));
    expect(sliced.input).toEqual(whole.input);
    expect(Array.from(buildColumnOrder(sliced.input).order)).toEqual(Array.from(buildColumnOrder(whole.input).order));
  });

  it('keeps text that is not ASCII, and long, through the UTF-16 buffer', () => {
    const events = corpus.events.slice(0, 3).map((event, i) => ({
      ...event,
      title: { ...event.title, value: ['Ärzte ohne Grenzen 🌍', 'z'.repeat(20_000), 'Åland talks'][i]! },
    }));
    const input = readColumnOrderInput('title', events, () => null).next();
    expect(input.done).toBe(true);
    const order = buildColumnOrder(input.value as Parameters<typeof buildColumnOrder>[0]);
    // Folded: "arzte…", "aland…", "zzz…": Åland before Ärzte (l < r), then the z's.
    expect(Array.from(order.order)).toEqual([2, 0, 1]);
  });

  it('stays unready when the worker fails or answers with an order of the wrong size, and still sorts on its own', async () => {
    const list = createColumnarEventList(index, corpus.events);
    await expect(list.prepare('place', elsewhere(() => Promise.reject(new Error('worker gone'))))).rejects.toThrow('worker gone');
    const short = buildColumnOrder({ column: 'participants', kind: 'numbers', keys: new Float64Array(3) });
    await expect(list.prepare('place', elsewhere(() => Promise.resolve(short)))).rejects.toThrow(`does not fit ${corpus.events.length} events`);
    expect(list.ready('place')).toBe(false);
    const sort: EventSort = { column: 'place', direction: 'desc' };
    expect(Array.from(list.listEvents({ filters: EMPTY_FILTERS, sort }))).toEqual(Array.from(reference.listEvents({ filters: EMPTY_FILTERS, sort })));
    expect(list.ready('place')).toBe(true);
  });
});

describe('the page’s end of the sort worker', () => {
  const input = { column: 'participants' as const, kind: 'numbers' as const, keys: Float64Array.from([3, Number.NaN, 1, 3]) };

  it('matches replies to requests by id, whatever order they come back in', async () => {
    let onReply: (reply: ColumnOrderReply | Error) => void = () => undefined;
    const posted: ColumnOrderRequest[] = [];
    const { build } = createColumnOrderClient({ post: (request) => posted.push(request), listen: (listener) => (onReply = listener) });
    const first = build(input);
    const second = build({ ...input, keys: Float64Array.from([2, 1]) });
    onReply(answerColumnOrderRequest(posted[1]!));
    onReply({ id: 999, error: 'not ours' });
    onReply(answerColumnOrderRequest(posted[0]!));
    expect(Array.from((await first).order)).toEqual([2, 0, 3, 1]);
    expect(Array.from((await first).runStarts)).toEqual([0, 1, 3]);
    expect(Array.from((await second).order)).toEqual([1, 0]);
  });

  it('rejects what waits, and what comes after, once the worker fails or is closed', async () => {
    let onReply: (reply: ColumnOrderReply | Error) => void = () => undefined;
    const failing = createColumnOrderClient({ post: () => undefined, listen: (listener) => (onReply = listener) });
    const waiting = failing.build(input);
    onReply(new Error('the sort worker failed'));
    await expect(waiting).rejects.toThrow('the sort worker failed');
    await expect(failing.build(input)).rejects.toThrow('the sort worker failed');

    const closing = createColumnOrderClient({ post: () => undefined, listen: () => undefined });
    const pending = closing.build(input);
    closing.close();
    await expect(pending).rejects.toThrow('stopped');
  });

  it('answers a request it cannot build with an error, not a throw', () => {
    const broken = { id: 7, input: { column: 'title', kind: 'texts', keys: null } } as unknown as ColumnOrderRequest;
    expect(answerColumnOrderRequest(broken)).toEqual({ id: 7, error: expect.any(String) as string });
  });
});
