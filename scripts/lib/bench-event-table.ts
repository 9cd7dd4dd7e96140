import { loadavg } from 'node:os';
import type { CountryCode } from '../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarEventListFromIndex, createReferenceEventList } from '../../src/domain/engine/linked-views-engine.ts';
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
export function benchEventTable(events: number, seed: number, runs: number): void {
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
  console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}
