import type { ForumEvent } from '../../corpus/corpus-schema.ts';
import { compareEventSortKeys, describeEventPlace, foldText, type EventSortKey } from '../../events/event-sort-keys.ts';
import { FORMAT_LABELS } from '../../source-reader/provenance.ts';
import type { EventSortColumn } from '../../view-state/event-sort.ts';

/**
 * A column order of the events table, in two halves that can run on
 * different threads: `readColumnOrderInput` reads what the column sorts by
 * from the events, a slice at a time (cheap: numbers, or the text as the
 * table writes it, packed into one UTF-16 buffer), and `buildColumnOrder`
 * folds the text, ranks the keys and sorts (the costly part, which a worker
 * can do; see src/workers/event-order-worker.ts). The input and the order
 * are typed arrays only, so a message hands them over instead of copying.
 */

/** What one column sorts by, event by event in corpus order. */
export type ColumnOrderInput =
  /** NaN where the event does not state the value. */
  | { column: EventSortColumn; kind: 'numbers'; keys: Float64Array }
  /** Event i's text, before folding, is chars[ends[i - 1] ?? 0 … ends[i]]; stated[i] is 0 where the event does not state it. */
  | { column: EventSortColumn; kind: 'texts'; chars: Uint16Array; ends: Uint32Array; stated: Uint8Array };

export type ColumnOrder = {
  /** Corpus indices: events with a value in ascending key order, then those without, in corpus order. */
  order: Uint32Array;
  /** Starts of the runs of equal keys among those with a value, then their count. */
  runStarts: Uint32Array;
};

/** Builds a column order from its input somewhere else (a worker); resolves with the same result `buildColumnOrder` gives. */
export type ColumnOrderBuilder = (input: ColumnOrderInput) => Promise<ColumnOrder>;

/** Another thread to build orders on, and how to let the page breathe between slices of reading the input. */
export type OffThreadOrders = { build: ColumnOrderBuilder; pause: () => Promise<void> };

/** Events read per slice of `readColumnOrderInput`: a few milliseconds of the page's thread. */
export const EVENTS_PER_SLICE = 2048;

/** The unfolded text a text column sorts by (eventSortKey folds it), or null for a number column or a value not stated. */
export function eventSortText(event: ForumEvent, column: EventSortColumn): string | null {
  switch (column) {
    case 'title':
      return event.title.value;
    case 'place':
      return describeEventPlace(event);
    case 'format':
      return event.format ? FORMAT_LABELS[event.format.value] : null;
    case 'organisers':
      return event.organisers.length === 0 ? null : event.organisers.map((fact) => fact.value).join('; ');
    default:
      return null;
  }
}

const TEXT_COLUMNS: ReadonlySet<EventSortColumn> = new Set(['title', 'place', 'format', 'organisers']);

/**
 * The column's input, read `slice` events at a time: the generator yields
 * between slices and returns the input. `numberOf` gives a number column's
 * key of event i (null: not stated); text columns are read from the events.
 */
export function* readColumnOrderInput(
  column: EventSortColumn,
  events: readonly ForumEvent[],
  numberOf: (i: number) => number | null,
  slice = EVENTS_PER_SLICE,
): Generator<void, ColumnOrderInput> {
  const count = events.length;
  if (!TEXT_COLUMNS.has(column)) {
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      keys[i] = numberOf(i) ?? Number.NaN;
      if ((i + 1) % slice === 0) yield;
    }
    return { column, kind: 'numbers', keys };
  }
  let chars = new Uint16Array(Math.max(16, count * 40));
  const ends = new Uint32Array(count);
  const stated = new Uint8Array(count);
  let length = 0;
  for (let i = 0; i < count; i += 1) {
    const text = eventSortText(events[i]!, column);
    if (text !== null) {
      stated[i] = 1;
      if (length + text.length > chars.length) {
        const grown = new Uint16Array(Math.max(chars.length * 2, length + text.length));
        grown.set(chars.subarray(0, length));
        chars = grown;
      }
      for (let c = 0; c < text.length; c += 1) chars[length + c] = text.charCodeAt(c);
      length += text.length;
    }
    ends[i] = length;
    if ((i + 1) % slice === 0) yield;
  }
  return { column, kind: 'texts', chars: chars.slice(0, length), ends, stated };
}

/** Runs `readColumnOrderInput` to the end at once. */
export function readColumnOrderInputNow(column: EventSortColumn, events: readonly ForumEvent[], numberOf: (i: number) => number | null): ColumnOrderInput {
  const reading = readColumnOrderInput(column, events, numberOf);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/** The texts of a texts input as one string (decoded a block at a time: fromCharCode takes its arguments on the stack). */
function decodeChars(chars: Uint16Array): string {
  const blocks: string[] = [];
  for (let at = 0; at < chars.length; at += 8192) blocks.push(String.fromCharCode(...chars.subarray(at, at + 8192)));
  return blocks.join('');
}

/** Each event's key: a folded text or a number; null where not stated. */
function keysOf(input: ColumnOrderInput): Array<EventSortKey | null> {
  if (input.kind === 'numbers') return Array.from(input.keys, (key) => (Number.isNaN(key) ? null : key));
  const { ends, stated } = input;
  const all = decodeChars(input.chars);
  const keys = new Array<EventSortKey | null>(ends.length);
  for (let i = 0; i < ends.length; i += 1) keys[i] = stated[i] === 1 ? foldText(all.slice(i === 0 ? 0 : ends[i - 1]!, ends[i])) : null;
  return keys;
}

/**
 * Ranks the distinct keys (a native sort of far fewer values than events,
 * when values repeat), then sorts the events by rank with their index as the
 * tie-break, both packed into one double so the sort needs no comparator.
 */
export function buildColumnOrder(input: ColumnOrderInput): ColumnOrder {
  const keys = keysOf(input);
  const count = keys.length;
  const distinct = new Set<EventSortKey>();
  for (const key of keys) if (key !== null) distinct.add(key);
  const values = [...distinct];
  values.sort(compareEventSortKeys);
  const rankOf = new Map<EventSortKey, number>();
  values.forEach((value, rank) => rankOf.set(value, rank));
  const indexScale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)));
  const packed = new Float64Array(count);
  const missing: number[] = [];
  let keyed = 0;
  for (let i = 0; i < count; i += 1) {
    const key = keys[i]!;
    if (key === null) missing.push(i);
    else packed[keyed++] = rankOf.get(key)! * indexScale + i;
  }
  const sorted = packed.subarray(0, keyed).sort();
  const order = new Uint32Array(count);
  const starts: number[] = [];
  let previousRank = -1;
  for (let k = 0; k < keyed; k += 1) {
    const rank = Math.floor(sorted[k]! / indexScale);
    order[k] = sorted[k]! - rank * indexScale;
    if (rank !== previousRank) starts.push(k);
    previousRank = rank;
  }
  starts.push(keyed);
  order.set(missing, keyed);
  return { order, runStarts: Uint32Array.from(starts) };
}

/** Checks an order that came back from another thread fits `count` events (a worker's reply is not trusted blindly). */
export function isColumnOrderFor(order: ColumnOrder, count: number): boolean {
  const { runStarts } = order;
  if (!(order.order instanceof Uint32Array) || !(runStarts instanceof Uint32Array)) return false;
  if (order.order.length !== count || runStarts.length === 0 || runStarts[runStarts.length - 1]! > count) return false;
  for (let i = 1; i < runStarts.length; i += 1) if (runStarts[i]! <= runStarts[i - 1]!) return false;
  return true;
}
