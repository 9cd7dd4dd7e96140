import { type CountryTally, type LinkedViews, type ThemeDaySeries, UNTHEMED } from '../contract.ts';
import type { SortOrder } from '../../view-state/filters.ts';
import { anyAnd, type Bitset, countBits, hasBit } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import { countPerRange } from './range-counts.ts';
import { Workspace } from './workspace.ts';

/*
 * The parts of the linked views the columnar engine computes from the
 * combined masks of query-linked-views.ts: the list in order, the totals, the
 * country tallies and the timeline.
 */

/** Corpus indices of the matches in list order: date, then corpus order. */
export function listMatches(index: ColumnarIndex, all: Bitset | null, sort: SortOrder): Uint32Array {
  const { blockBounds, blockInListOrder, listPositions, corpusIndexOf } = index;
  const out = new Uint32Array(all === null ? index.statementCount : countBits(all));
  let k = 0;
  const blocks = blockInListOrder.length;
  for (let i = 0; i < blocks; i += 1) {
    const b = sort === 'date-asc' ? i : blocks - 1 - i;
    const from = blockBounds[b]!;
    const to = blockBounds[b + 1]!;
    if (from === to) continue;
    if (!blockInListOrder[b]) {
      for (let j = from; j < to; j += 1) {
        const p = listPositions![j]!;
        if (all === null || hasBit(all, p)) out[k++] = corpusIndexOf[p]!;
      }
    } else if (all === null) {
      for (let p = from; p < to; p += 1) out[k++] = corpusIndexOf[p]!;
    } else {
      const first = from >>> 5;
      const last = (to - 1) >>> 5;
      for (let w = first; w <= last; w += 1) {
        let word = all[w]!;
        if (w === first) word &= ~0 << (from & 31);
        if (w === last) word &= ~0 >>> (31 - ((to - 1) & 31));
        if ((word | 0) === -1) {
          // A full word (common: country, event and date masks keep whole events).
          for (let p = w << 5, end = p + 32; p < end; p += 1) out[k++] = corpusIndexOf[p]!;
          continue;
        }
        while (word !== 0) {
          const low = word & -word;
          out[k++] = corpusIndexOf[(w << 5) + 31 - Math.clz32(low)]!;
          word ^= low;
        }
      }
    }
  }
  return out;
}

export function computeTotals(index: ColumnarIndex, all: Bitset | null, events: Bitset | null): LinkedViews['totals'] {
  let themes = 0;
  index.themeStatements.forEach((bits, t) => {
    if (all === null ? index.themeTotals[t]! > 0 : anyAnd(all, bits)) themes += 1;
  });
  let countries = 0;
  const { countryEvents } = index;
  for (let c = 0; c < index.countryCodes.length; c += 1) {
    for (let i = countryEvents.offsets[c]!; i < countryEvents.offsets[c + 1]!; i += 1) {
      if (events === null || hasBit(events, countryEvents.values[i]!)) {
        countries += 1;
        break;
      }
    }
  }
  return {
    statements: all === null ? index.statementCount : countBits(all),
    events: events === null ? index.eventCount : countBits(events),
    countries,
    themes,
  };
}

export type CountryCounts = { events: Uint32Array; statements: Uint32Array };

/**
 * Per country, the events (under an event mask) and statements (under a
 * statement mask) it took part in: one pass over the events, skipping those
 * neither mask keeps.
 */
export function countryCounts(index: ColumnarIndex, statements: Bitset | null, events: Bitset | null, ws: Workspace): CountryCounts {
  const perEvent = countPerRange(statements, null, index.eventBounds, ws.scratch('country-per-event', index.eventCount));
  const { eventCountries } = index;
  const eventCounts = new Uint32Array(index.countryCodes.length);
  const statementCounts = new Uint32Array(index.countryCodes.length);
  for (let e = 0; e < index.eventCount; e += 1) {
    const inEvents = events === null || (events[e >>> 5]! & (1 << (e & 31))) !== 0;
    const count = perEvent[e]!;
    if (!inEvents && count === 0) continue;
    for (let i = eventCountries.offsets[e]!; i < eventCountries.offsets[e + 1]!; i += 1) {
      const country = eventCountries.values[i]!;
      if (inEvents) eventCounts[country]! += 1;
      statementCounts[country]! += count;
    }
  }
  return { events: eventCounts, statements: statementCounts };
}

export function countPositions(rows: ColumnarIndex['countryMentions'], row: number, mask: Bitset | null): number {
  const from = rows.offsets[row]!;
  const to = rows.offsets[row + 1]!;
  if (mask === null) return to - from;
  let total = 0;
  for (let i = from; i < to; i += 1) {
    const p = rows.values[i]!;
    if ((mask[p >>> 5]! & (1 << (p & 31))) !== 0) total += 1;
  }
  return total;
}

export function tallyCountries(index: ColumnarIndex, statements: Bitset | null, counts: CountryCounts): CountryTally[] {
  const tallies: CountryTally[] = [];
  for (let c = 0; c < index.countryCodes.length; c += 1) {
    const mentions = countPositions(index.countryMentions, c, statements);
    const events = counts.events[c]!;
    const statementCount = counts.statements[c]!;
    if (events === 0 && statementCount === 0 && mentions === 0) continue;
    tallies.push({ code: index.countryCodes[c]! as CountryTally['code'], events, statements: statementCount, mentions });
  }
  return tallies.sort(
    (a, b) => b.events - a.events || b.statements - a.statements || b.mentions - a.mentions || (a.code < b.code ? -1 : 1),
  );
}

/**
 * Adds each event of `events` (null: every event) to the flat timeline
 * cells (series-major), or with `remove` subtracts each event *not* in it.
 */
function addEventCells(
  index: ColumnarIndex,
  events: Bitset | null,
  remove: boolean,
  eventFlat: Uint32Array,
  statementFlat: Uint32Array | null,
): void {
  const blocks = index.blockDates.length;
  const themeCount = index.themeIds.length;
  const { eventThemes, eventThemeStatements, unthemedPerEvent, eventBlock, eventCount } = index;
  const themeOffsets = eventThemes.offsets;
  const themeValues = eventThemes.values;
  const unthemedBase = themeCount * blocks;
  const step = remove ? -1 : 1;
  const eventWords = (eventCount + 31) >>> 5;
  for (let w = 0; w < eventWords; w += 1) {
    const valid = (w << 5) + 32 <= eventCount ? 0xffffffff : 0xffffffff >>> (32 - (eventCount & 31));
    let word = events === null ? valid : (remove ? ~events[w]! : events[w]!) & valid;
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      const e = (w << 5) + 31 - Math.clz32(low);
      const block = eventBlock[e]!;
      const from = themeOffsets[e]!;
      const to = themeOffsets[e + 1]!;
      if (from === to) eventFlat[unthemedBase + block]! += step;
      for (let i = from; i < to; i += 1) eventFlat[themeValues[i]! * blocks + block]! += step;
      if (statementFlat !== null) {
        for (let i = from; i < to; i += 1) statementFlat[themeValues[i]! * blocks + block]! += step * eventThemeStatements[i]!;
        statementFlat[unthemedBase + block]! += step * unthemedPerEvent[e]!;
      }
    }
  }
}

/**
 * Statements and events per (theme, start date). `events` must be the event
 * set of `statements` when `wholeEvents` (the statement mask keeps whole
 * events: then one pass over the events, adding their precomputed theme
 * counts, gives both series).
 */
export function buildTimeline(
  index: ColumnarIndex,
  statements: Bitset | null,
  events: Bitset | null,
  wholeEvents: boolean,
  ws: Workspace,
): ThemeDaySeries {
  const blocks = index.blockDates.length;
  const statementCells = new Map<string, Uint32Array>();
  const eventCells = new Map<string, Uint32Array>();
  const used = ws.scratch('timeline-used', blocks);
  const addSeries = (cells: Map<string, Uint32Array>, key: string, counts: Uint32Array) => {
    let any = false;
    for (let b = 0; b < blocks; b += 1) {
      if (counts[b] === 0) continue;
      any = true;
      used[b] = 1;
    }
    if (!any) return;
    const existing = cells.get(key);
    if (existing) for (let b = 0; b < blocks; b += 1) existing[b]! += counts[b]!;
    else cells.set(key, counts);
  };
  const themeCount = index.themeIds.length;
  const series = themeCount + 1; // the last: no theme
  // Flat cells, series-major: one typed array, no closures, in the hot loop.
  const eventFlat = ws.scratch('timeline-events', series * blocks);
  const statementFlat = wholeEvents ? ws.scratch('timeline-statements', series * blocks) : null;
  if (!statementFlat) {
    index.themeStatements.forEach((bits, t) => {
      const counts = countPerRange(statements, bits, index.blockBounds, ws.scratch(`timeline-statements-${t}`, blocks));
      addSeries(statementCells, index.themeIds[t]!, counts);
    });
    if (ws.memo('has-unthemed-statements', () => index.unthemedStatements.some((word) => word !== 0))) {
      const unthemed = ws.scratch(`timeline-statements-${themeCount}`, blocks);
      addSeries(statementCells, UNTHEMED, countPerRange(statements, index.unthemedStatements, index.blockBounds, unthemed));
    }
  }

  // Most events kept: the unfiltered cells (computed once) less the events not kept.
  const selected = events === null ? index.eventCount : countBits(events);
  if (events !== null && selected * 2 > index.eventCount) {
    const whole = ws.memo('timeline-unfiltered-cells', () => {
      const eventCells = new Uint32Array(series * blocks);
      const statementCells = new Uint32Array(series * blocks);
      addEventCells(index, null, false, eventCells, statementCells);
      return { eventCells, statementCells };
    });
    eventFlat.set(whole.eventCells);
    if (statementFlat !== null) statementFlat.set(whole.statementCells);
    addEventCells(index, events, true, eventFlat, statementFlat);
  }
  else addEventCells(index, events, false, eventFlat, statementFlat);
  const keyOf = (t: number) => (t === themeCount ? UNTHEMED : index.themeIds[t]!);
  for (let t = 0; t < series; t += 1) {
    if (statementFlat !== null) addSeries(statementCells, keyOf(t), statementFlat.subarray(t * blocks, (t + 1) * blocks));
    addSeries(eventCells, keyOf(t), eventFlat.subarray(t * blocks, (t + 1) * blocks));
  }

  const usedBlocks: number[] = [];
  for (let b = 0; b < blocks; b += 1) if (used[b]) usedBlocks.push(b);
  const align = (cells: Map<string, Uint32Array>): Record<string, number[]> => {
    const result: Record<string, number[]> = {};
    for (const key of [...cells.keys()].sort()) {
      const counts = cells.get(key)!;
      result[key] = usedBlocks.map((b) => counts[b]!);
    }
    return result;
  };
  // Each item once per day, whatever its themes: the shares' denominators.
  const statementTotals = countPerRange(statements, null, index.blockBounds, ws.scratch('timeline-statement-totals', blocks));
  const eventTotals = ws.scratch('timeline-event-totals', blocks);
  for (let e = 0; e < index.eventCount; e += 1) if (events === null || hasBit(events, e)) eventTotals[index.eventBlock[e]!]! += 1;
  return {
    dates: usedBlocks.map((b) => index.blockDates[b]!),
    statements: align(statementCells),
    events: align(eventCells),
    totals: { statements: usedBlocks.map((b) => statementTotals[b]!), events: usedBlocks.map((b) => eventTotals[b]!) },
  };
}
