import { loadavg } from 'node:os';
import type { CountryCode } from '../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarEventListFromIndex, createReferenceEventList } from '../../src/domain/engine/linked-views-engine.ts';
import { buildColumnOrder, type ColumnOrderInput } from '../../src/domain/engine/columnar/event-list-order.ts';
import { transferablesOf } from '../../src/domain/engine/columnar/event-list-worker-protocol.ts';
import { EVENT_SORT_COLUMNS, type EventSort } from '../../src/domain/view-state/event-sort.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../src/domain/synthetic/generate-corpus.ts';
import { median } from './median.ts';

/**
 * The events table's sort at `events` events: per column, the first sort
 * (which works out and keeps that column's order), then sorting again in
 * the other direction and with a country filter (medians of `runs`), beside
 * the reference engine, which tests and sorts every event on each call.
 */
export async function benchEventTable(events: number, seed: number, runs: number): Promise<void> {
  const corpus = generateSyntheticCorpus({ statements: events * 2, events, seed });
  const index = buildColumnarIndex(corpus);
  const columnar = createColumnarEventListFromIndex(index, corpus.events);
  const reference = createReferenceEventList(corpus);
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(12);
  const country: Filters = { ...EMPTY_FILTERS, countries: ['CHN' as CountryCode] };
  console.log(`\nevents table, ${corpus.events.length} synthetic events (${corpus.statements.length} statements, seed ${seed}); medians of ${runs} runs:`);
  console.log(`${'column'.padEnd(14)}${'first sort'.padStart(12)}${'re-sort'.padStart(12)}${'+ country'.padStart(12)}${'reference'.padStart(12)}${'ref / col'.padStart(11)}`);
  for (const column of EVENT_SORT_COLUMNS) {
    const asc: EventSort = { column, direction: 'asc' };
    const desc: EventSort = { column, direction: 'desc' };
    const first = time(() => columnar.listEvents({ filters: EMPTY_FILTERS, sort: asc }));
    const again = median(Array.from({ length: runs }, (_, i) => time(() => columnar.listEvents({ filters: EMPTY_FILTERS, sort: i % 2 ? asc : desc }))));
    const filtered = median(Array.from({ length: runs }, (_, i) => time(() => columnar.listEvents({ filters: country, sort: i % 2 ? asc : desc }))));
    const referenceRuns = Math.max(1, Math.min(runs, 3));
    const slow = median(Array.from({ length: referenceRuns }, (_, i) => time(() => reference.listEvents({ filters: EMPTY_FILTERS, sort: i % 2 ? asc : desc }))));
    console.log(`${column.padEnd(14)}${ms(first)}${ms(again)}${ms(filtered)}${ms(slow)}${`${(slow / again).toFixed(1)}×`.padStart(11)}`);
  }
  console.log('(first sort: the column\'s order worked out and kept; re-sort: the other direction, no filter; + country: CHN selected; reference: filter and sort every event per call.)');

  // The page does the first sort's work in a worker: what stays on the page's thread is reading the column's keys, a
  // slice of events at a time, and posting them (the buffers are transferred, not copied); the worker folds, ranks and
  // sorts. Here the "worker" runs in this thread after a structuredClone with transfer, as postMessage does.
  console.log(`\nfirst sort split, page thread vs sort worker (one run each, fresh engine):`);
  console.log(`${'column'.padEnd(14)}${'slices'.padStart(8)}${'longest'.padStart(12)}${'all slices'.padStart(12)}${'message'.padStart(12)}${'worker'.padStart(12)}`);
  const fresh = createColumnarEventListFromIndex(index, corpus.events);
  for (const column of EVENT_SORT_COLUMNS) {
    const slices: number[] = [];
    let message = 0;
    let worker = 0;
    let resumed = performance.now();
    const pause = () => {
      slices.push(performance.now() - resumed);
      return new Promise<void>((resolve) => setImmediate(() => {
        resumed = performance.now();
        resolve();
      }));
    };
    const build = (input: ColumnOrderInput) => {
      slices.push(performance.now() - resumed);
      const posting = performance.now();
      const request = { id: 1, input };
      const received = structuredClone(request, { transfer: transferablesOf(request) });
      message = performance.now() - posting;
      const building = performance.now();
      const order = buildColumnOrder(received.input);
      worker = performance.now() - building;
      return Promise.resolve(order);
    };
    await fresh.prepare(column, { build, pause });
    const total = slices.reduce((sum, slice) => sum + slice, 0);
    console.log(`${column.padEnd(14)}${String(slices.length).padStart(8)}${ms(Math.max(...slices))}${ms(total)}${ms(message)}${ms(worker)}`);
  }
  console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}
