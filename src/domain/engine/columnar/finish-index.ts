import { createBitset, setBit } from './bitset.ts';
import { GrowableUint32, rowsFromPairs, type Rows } from './growable.ts';
import { orderByValue } from './order-by-value.ts';
import type { BuilderColumns } from './columnar-index-builder.ts';
import type { ColumnarIndex } from './columnar-index.ts';

/**
 * Lays the builder's columns out as a ColumnarIndex, one step per part: the
 * internal record order first, then the start-date blocks, countries, themes
 * and speakers over it (see ColumnarIndex for what each part holds).
 */
export function finishIndex(c: BuilderColumns): ColumnarIndex {
  const order = orderRecords(c);
  const blocks = startDateBlocks(order, c.statementEvents.length);
  const text = c.text ? c.text.finish(order.corpusIndexOf) : null;
  return {
    statementCount: c.statementEvents.length,
    eventCount: c.events.values.length,
    corpusIndexOf: order.corpusIndexOf,
    eventOf: order.eventOf,
    eventIds: order.eventIds,
    eventAddedIndexById: c.events.ids,
    eventOfAdded: order.eventOfAdded,
    eventBounds: order.eventBounds,
    eventStartRank: order.eventStartRank,
    eventEndRank: order.eventEndRank,
    dateValues: order.dateValues,
    eventsById: orderByValue(order.eventIds),
    ...blocks,
    ...countryColumns(c, order),
    ...themeColumns(c, order),
    ...speakerColumns(c, order),
    text,
    pendingText: c.pendingText,
  };
}

type RecordOrder = Pick<
  ColumnarIndex,
  'corpusIndexOf' | 'eventOf' | 'eventIds' | 'eventOfAdded' | 'eventBounds' | 'eventStartRank' | 'eventEndRank' | 'dateValues'
> & {
  /** Internal event index → the order it was added in. */
  eventOrder: Uint32Array;
};

/** The internal order: events by (start date, first statement), each event's statements in corpus order. */
function orderRecords(c: BuilderColumns): RecordOrder {
  const statementCount = c.statementEvents.length;
  const eventCount = c.events.values.length;

  // Statements of each corpus event, in corpus order.
  const statementNumbers = new Uint32Array(statementCount);
  for (let s = 0; s < statementCount; s += 1) statementNumbers[s] = s;
  const statementsByEvent = rowsFromPairs(eventCount, c.statementEvents, statementNumbers);

  // Dates are ranked among the corpus's distinct dates, in string order.
  const distinctDates = new Map<string, number>();
  for (const date of c.eventStarts) distinctDates.set(date, 0);
  for (const date of c.eventEnds) distinctDates.set(date, 0);
  const dateValues = [...distinctDates.keys()].sort();
  dateValues.forEach((date, rank) => distinctDates.set(date, rank));
  const startRankOf = Uint32Array.from(c.eventStarts, (date) => distinctDates.get(date)!);
  const endRankOf = Uint32Array.from(c.eventEnds, (date) => distinctDates.get(date)!);
  // Events by (start date, first statement in the corpus): one numeric key
  // each, sorted natively. Events without statements come after the others
  // of their day, in corpus order.
  const span = statementCount + eventCount + 1;
  const keys = new Float64Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) {
    const from = statementsByEvent.offsets[e]!;
    const first = from < statementsByEvent.offsets[e + 1]! ? statementsByEvent.values[from]! : statementCount + e;
    keys[e] = startRankOf[e]! * span + first;
  }
  keys.sort();
  const eventOrder = new Uint32Array(eventCount);
  for (let i = 0; i < eventCount; i += 1) {
    const first = keys[i]! % span;
    eventOrder[i] = first < statementCount ? c.statementEvents[first]! : first - statementCount;
  }

  // Internal positions.
  const corpusIndexOf = new Uint32Array(statementCount);
  const eventOf = new Uint32Array(statementCount);
  const eventBounds = new Uint32Array(eventCount + 1);
  let position = 0;
  for (let e = 0; e < eventCount; e += 1) {
    const corpusEvent = eventOrder[e]!;
    eventBounds[e] = position;
    for (let i = statementsByEvent.offsets[corpusEvent]!; i < statementsByEvent.offsets[corpusEvent + 1]!; i += 1) {
      corpusIndexOf[position] = statementsByEvent.values[i]!;
      eventOf[position] = e;
      position += 1;
    }
  }
  eventBounds[eventCount] = position;

  const eventIds = Array.from(eventOrder, (corpusEvent) => c.events.values[corpusEvent]!);
  const eventOfAdded = new Uint32Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) eventOfAdded[eventOrder[e]!] = e;
  const eventStartRank = Uint32Array.from(eventOrder, (corpusEvent) => startRankOf[corpusEvent]!);
  const eventEndRank = Uint32Array.from(eventOrder, (corpusEvent) => endRankOf[corpusEvent]!);
  return { corpusIndexOf, eventOf, eventIds, eventOfAdded, eventBounds, eventStartRank, eventEndRank, dateValues, eventOrder };
}

/** Start-date blocks, and whether each is already in list order. */
function startDateBlocks(
  order: RecordOrder,
  statementCount: number,
): Pick<ColumnarIndex, 'eventBlock' | 'blockDates' | 'blockBounds' | 'blockInListOrder' | 'listPositions'> {
  const { eventStartRank, eventBounds, dateValues, corpusIndexOf } = order;
  const eventCount = eventStartRank.length;
  const blockDates: string[] = [];
  const blockBoundsList: number[] = [];
  const eventBlock = new Uint32Array(eventCount);
  for (let e = 0; e < eventCount; e += 1) {
    if (e === 0 || eventStartRank[e] !== eventStartRank[e - 1]) {
      blockDates.push(dateValues[eventStartRank[e]!]!);
      blockBoundsList.push(eventBounds[e]!);
    }
    eventBlock[e] = blockDates.length - 1;
  }
  blockBoundsList.push(statementCount);
  const blockBounds = Uint32Array.from(blockBoundsList);
  const blockInListOrder = new Uint8Array(blockDates.length);
  let listPositions: Uint32Array | null = null;
  for (let b = 0; b < blockDates.length; b += 1) {
    let ordered = 1;
    for (let p = blockBounds[b]! + 1; p < blockBounds[b + 1]!; p += 1) {
      if (corpusIndexOf[p]! < corpusIndexOf[p - 1]!) {
        ordered = 0;
        break;
      }
    }
    blockInListOrder[b] = ordered;
    if (!ordered) {
      listPositions ??= new Uint32Array(statementCount);
      const from = blockBounds[b]!;
      const to = blockBounds[b + 1]!;
      const block = Uint32Array.from({ length: to - from }, (_, i) => from + i).sort(
        (x, y) => corpusIndexOf[x]! - corpusIndexOf[y]!,
      );
      listPositions.set(block, from);
    }
  }
  return { eventBlock, blockDates, blockBounds, blockInListOrder, listPositions };
}

/** Countries: participants per event, events per country, mentions. */
function countryColumns(
  c: BuilderColumns,
  order: RecordOrder,
): Pick<ColumnarIndex, 'eventCountries' | 'countryCodes' | 'countryIdByCode' | 'countryEvents' | 'countryMentions' | 'countryMentionsOnly'> {
  const { corpusIndexOf, eventOf } = order;
  const statementCount = corpusIndexOf.length;
  const eventCountries = permuteRows(c.eventCountries, order.eventOrder);
  const countryCount = c.countries.values.length;
  const countryEvents = invertRows(eventCountries, countryCount);
  const mentionRows = new GrowableUint32(c.mentions.values.length);
  const mentionValues = new GrowableUint32(c.mentions.values.length);
  const onlyRows = new GrowableUint32();
  const onlyValues = new GrowableUint32();
  for (let p = 0; p < statementCount; p += 1) {
    const s = corpusIndexOf[p]!;
    const e = eventOf[p]!;
    for (let i = c.mentions.offsets[s]!; i < c.mentions.offsets[s + 1]!; i += 1) {
      const country = c.mentions.values[i]!;
      mentionRows.push(country);
      mentionValues.push(p);
      let participant = false;
      for (let j = eventCountries.offsets[e]!; j < eventCountries.offsets[e + 1]!; j += 1) {
        if (eventCountries.values[j] === country) participant = true;
      }
      if (!participant) {
        onlyRows.push(country);
        onlyValues.push(p);
      }
    }
  }
  return {
    eventCountries,
    countryCodes: c.countries.values,
    countryIdByCode: c.countries.ids,
    countryEvents,
    countryMentions: rowsFromPairs(countryCount, mentionRows.view(), mentionValues.view()),
    countryMentionsOnly: rowsFromPairs(countryCount, onlyRows.view(), onlyValues.view()),
  };
}

/** Themes: per-theme bitsets over statements and events. */
function themeColumns(
  c: BuilderColumns,
  order: RecordOrder,
): Pick<
  ColumnarIndex,
  | 'eventThemes' | 'eventThemeStatements' | 'unthemedPerEvent' | 'themeIds' | 'themeIdByValue'
  | 'themeStatements' | 'themeEvents' | 'unthemedStatements' | 'unthemedEvents' | 'themeTotals'
> {
  const { corpusIndexOf, eventBounds, eventOrder } = order;
  const statementCount = corpusIndexOf.length;
  const eventCount = eventOrder.length;
  const themeCount = c.themes.values.length;
  const themeStatements = c.themes.values.map(() => createBitset(statementCount));
  const themeEvents = c.themes.values.map(() => createBitset(eventCount));
  const unthemedStatements = createBitset(statementCount);
  const unthemedEvents = createBitset(eventCount);
  const themeTotals = new Uint32Array(themeCount);
  const eventThemeRows = new GrowableUint32();
  const eventThemeValues = new GrowableUint32();
  const eventThemeCounts = new GrowableUint32();
  const unthemedPerEvent = new Uint32Array(eventCount);
  const eventHas = new Uint8Array(themeCount);
  const statementsWith = new Uint32Array(themeCount);
  for (let e = 0; e < eventCount; e += 1) {
    eventHas.fill(0);
    statementsWith.fill(0);
    const corpusEvent = eventOrder[e]!;
    for (let i = c.eventOwnThemes.offsets[corpusEvent]!; i < c.eventOwnThemes.offsets[corpusEvent + 1]!; i += 1) {
      eventHas[c.eventOwnThemes.values[i]!] = 1;
    }
    for (let p = eventBounds[e]!; p < eventBounds[e + 1]!; p += 1) {
      const s = corpusIndexOf[p]!;
      const from = c.statementThemes.offsets[s]!;
      const to = c.statementThemes.offsets[s + 1]!;
      if (from === to) {
        setBit(unthemedStatements, p);
        unthemedPerEvent[e]! += 1;
      }
      for (let i = from; i < to; i += 1) {
        const theme = c.statementThemes.values[i]!;
        setBit(themeStatements[theme]!, p);
        themeTotals[theme]! += 1;
        statementsWith[theme]! += 1;
        eventHas[theme] = 1;
      }
    }
    let any = false;
    for (let t = 0; t < themeCount; t += 1) {
      if (!eventHas[t]) continue;
      any = true;
      setBit(themeEvents[t]!, e);
      eventThemeRows.push(e);
      eventThemeValues.push(t);
      eventThemeCounts.push(statementsWith[t]!);
    }
    if (!any) setBit(unthemedEvents, e);
  }
  return {
    // Rows are pushed in event order, so the pairs are already grouped.
    eventThemes: rowsFromPairs(eventCount, eventThemeRows.view(), eventThemeValues.view()),
    eventThemeStatements: eventThemeCounts.toArray(),
    unthemedPerEvent,
    themeIds: c.themes.values,
    themeIdByValue: c.themes.ids,
    themeStatements,
    themeEvents,
    unthemedStatements,
    unthemedEvents,
    themeTotals,
  };
}

/** Speakers: a column, and the positions of each speaker's statements. */
function speakerColumns(
  c: BuilderColumns,
  order: RecordOrder,
): Pick<ColumnarIndex, 'speakerIds' | 'speakerIdByValue' | 'speakerStatements' | 'speakerOf' | 'speakersById'> {
  const { corpusIndexOf } = order;
  const statementCount = corpusIndexOf.length;
  const speakerRows = new GrowableUint32(statementCount);
  const speakerValues = new GrowableUint32(statementCount);
  const speakerOf = new Uint32Array(statementCount);
  for (let p = 0; p < statementCount; p += 1) {
    const speaker = c.statementSpeakers[corpusIndexOf[p]!]!;
    speakerOf[p] = speaker;
    if (speaker !== 0) {
      speakerRows.push(speaker - 1);
      speakerValues.push(p);
    }
  }
  const speakerCount = c.speakers.values.length;
  return {
    speakerIds: c.speakers.values,
    speakerIdByValue: c.speakers.ids,
    speakerStatements: rowsFromPairs(speakerCount, speakerRows.view(), speakerValues.view()),
    speakerOf,
    speakersById: orderByValue(c.speakers.values),
  };
}

/** Rows in a new row order: row i of the result is row order[i] of `rows`. */
function permuteRows(rows: Rows, order: Uint32Array): Rows {
  const offsets = new Uint32Array(order.length + 1);
  const values = new Uint32Array(rows.values.length);
  let cursor = 0;
  order.forEach((row, i) => {
    offsets[i] = cursor;
    for (let j = rows.offsets[row]!; j < rows.offsets[row + 1]!; j += 1) {
      values[cursor] = rows.values[j]!;
      cursor += 1;
    }
  });
  offsets[order.length] = cursor;
  return { offsets, values };
}

/** Row r lists value v ⇒ row v of the result lists r (ascending). */
function invertRows(rows: Rows, valueCount: number): Rows {
  const pairsRows = new Uint32Array(rows.values.length);
  const pairsValues = new Uint32Array(rows.values.length);
  let k = 0;
  for (let r = 0; r + 1 < rows.offsets.length; r += 1) {
    for (let j = rows.offsets[r]!; j < rows.offsets[r + 1]!; j += 1) {
      pairsRows[k] = rows.values[j]!;
      pairsValues[k] = r;
      k += 1;
    }
  }
  return rowsFromPairs(valueCount, pairsRows, pairsValues);
}

