import { countPositions } from './view-results.ts';
import type { FacetCount } from '../contract.ts';
import { type Bitset, countAnd } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import { createFacetMemo, type FacetMemo, sortFacetCounts, type ValueOrder } from './facet-order.ts';
import { countPerRange } from './range-counts.ts';
import { Workspace } from './workspace.ts';

/*
 * The facet counts (themes, speakers, events, countries) the columnar engine
 * computes from the combined masks of query-linked-views.ts.
 */

function facetMemo(ws: Workspace, facet: string, size: number): FacetMemo {
  return ws.memo(`facet-entries:${facet}`, () => createFacetMemo(size));
}

export function themeFacet(index: ColumnarIndex, statements: Bitset | null): FacetCount[] {
  const counts = index.themeStatements.map((bits, t) => (statements === null ? index.themeTotals[t]! : countAnd(statements, bits)));
  return sortFacetCounts(Uint32Array.from(counts), index.themeIds, null);
}

export function speakerFacet(index: ColumnarIndex, statements: Bitset | null, ws: Workspace): FacetCount[] {
  // Slot 0 counts statements without a speaker and is dropped.
  const counts = ws.scratch('speaker-counts', index.speakerIds.length + 1);
  const { speakerOf } = index;
  if (statements === null) {
    const { offsets } = index.speakerStatements;
    for (let s = 0; s < index.speakerIds.length; s += 1) counts[s + 1] = offsets[s + 1]! - offsets[s]!;
  } else {
    // Visiting each match beats counting runs of one speaker by rank, even
    // for masks holding most statements (measured at 1M statements).
    for (let w = 0; w < statements.length; w += 1) {
      let word = statements[w]!;
      if (word === 0xffffffff) {
        for (let p = w << 5, end = p + 32; p < end; p += 1) counts[speakerOf[p]!]! += 1;
        continue;
      }
      while (word !== 0) {
        const low = word & -word;
        counts[speakerOf[(w << 5) + 31 - Math.clz32(low)]!]! += 1;
        word ^= low;
      }
    }
  }
  return sortFacetCounts(
    counts.subarray(1),
    index.speakerIds,
    valueOrder(ws, 'speakers', index.speakerIds, index.speakersById),
    facetMemo(ws, 'speakers', index.speakerIds.length),
  );
}

/** The facet's values in value order, with the ids in that order. */
function valueOrder(ws: Workspace, facet: string, values: readonly string[], byValue: Uint32Array): ValueOrder {
  return ws.memo(`value-order:${facet}`, () => ({ byValue, values: Array.from(byValue, (i) => values[i]!) }));
}

export function eventFacet(index: ColumnarIndex, statements: Bitset | null, wholeEvents: boolean, ws: Workspace): FacetCount[] {
  if (statements !== null && wholeEvents) {
    // The mask keeps whole events, so each kept event counts all its
    // statements, as unfiltered: the result is the unfiltered one, less the
    // events not kept (an event is kept when its first statement is).
    const unfiltered = ws.memo('event-facet-unfiltered', () => {
      const idsOut: { ids: Uint32Array | null } = { ids: null };
      return { entries: unfilteredEventFacet(index, ws, idsOut), ids: idsOut.ids };
    });
    const { entries, ids } = unfiltered;
    if (ids !== null) {
      const { eventBounds } = index;
      const result: FacetCount[] = [];
      for (let i = 0; i < ids.length; i += 1) {
        const first = eventBounds[ids[i]!]!;
        if ((statements[first >>> 5]! & (1 << (first & 31))) !== 0) result.push(entries[i]!);
      }
      return result;
    }
  }
  const counts = countPerRange(statements, null, index.eventBounds, ws.scratch('event-counts', index.eventCount));
  return sortFacetCounts(counts, index.eventIds, valueOrder(ws, 'events', index.eventIds, index.eventsById), facetMemo(ws, 'events', index.eventCount));
}

function unfilteredEventFacet(index: ColumnarIndex, ws: Workspace, idsOut: { ids: Uint32Array | null }): FacetCount[] {
  const counts = countPerRange(null, null, index.eventBounds, new Uint32Array(index.eventCount));
  return sortFacetCounts(counts, index.eventIds, valueOrder(ws, 'events', index.eventIds, index.eventsById), undefined, idsOut);
}

export function countryFacet(
  index: ColumnarIndex,
  statements: Bitset | null,
  participantStatements: Uint32Array,
  includeMentions: boolean,
): FacetCount[] {
  const counts = Uint32Array.from(participantStatements);
  if (includeMentions) {
    for (let c = 0; c < counts.length; c += 1) counts[c]! += countPositions(index.countryMentionsOnly, c, statements);
  }
  return sortFacetCounts(counts, index.countryCodes, null);
}
