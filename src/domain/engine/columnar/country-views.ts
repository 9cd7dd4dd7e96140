import type { CountryCode } from '../../corpus/corpus-schema.ts';
import type { Filters } from '../../view-state/filters.ts';
import {
  CO_PARTICIPATION_MATRIX_SIZE,
  UNTHEMED,
  type CoParticipation,
  type CoParticipationPartner,
  type ThemeCountryCounts,
} from '../contract.ts';
import { countAnd, hasBit, setBit, type Bitset } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import { countPerRange } from './range-counts.ts';
import type { Workspace } from './workspace.ts';

/*
 * The two country views of issue 14 over the columnar index, from the masks
 * of the filters each view sees (query-linked-views.ts, masksForView); the
 * reference engine's reference/country-views.ts is what they must equal.
 */

const inMask = (mask: Bitset | null, position: number) => mask === null || hasBit(mask, position);

function byCountOrCode(index: ColumnarIndex, counts: Uint32Array) {
  return (a: number, b: number) => counts[b]! - counts[a]! || (index.countryCodes[a]! < index.countryCodes[b]! ? -1 : 1);
}

/** Events per country under an event mask (null: every event). */
function eventsPerCountry(index: ColumnarIndex, events: Bitset | null): Uint32Array {
  const { eventCountries } = index;
  const counts = new Uint32Array(index.countryCodes.length);
  for (let e = 0; e < index.eventCount; e += 1) {
    if (!inMask(events, e)) continue;
    for (let i = eventCountries.offsets[e]!; i < eventCountries.offsets[e + 1]!; i += 1) counts[eventCountries.values[i]!]! += 1;
  }
  return counts;
}

/** The picked countries the index knows as participants, distinct, in the order picked. */
function pickedIds(index: ColumnarIndex, filters: Filters): number[] {
  const ids: number[] = [];
  for (const code of filters.countries) {
    const id = index.countryIdByCode.get(code);
    if (id === undefined || ids.includes(id)) continue;
    if (index.countryEvents.offsets[id] === index.countryEvents.offsets[id + 1]) continue;
    ids.push(id);
  }
  return ids;
}

/** The matrix's countries: picked ones with events first, then the busiest; in count order. */
function matrixCountries(index: ColumnarIndex, picked: readonly number[], perCountry: Uint32Array): number[] {
  const order = byCountOrCode(index, perCountry);
  const ranked: number[] = [];
  for (let c = 0; c < perCountry.length; c += 1) if (perCountry[c]! > 0) ranked.push(c);
  ranked.sort(order);
  const chosen = new Set(picked.filter((c) => perCountry[c]! > 0).slice(0, CO_PARTICIPATION_MATRIX_SIZE));
  for (const c of ranked) {
    if (chosen.size >= CO_PARTICIPATION_MATRIX_SIZE) break;
    chosen.add(c);
  }
  return ranked.filter((c) => chosen.has(c));
}

function coParticipationMatrix(index: ColumnarIndex, countries: readonly number[], events: Bitset | null, ws: Workspace): number[] {
  const { countryEvents } = index;
  const rows = countries.map((c, slot) => {
    const bits = ws.scratch(`co-matrix-${slot}`, (index.eventCount + 31) >>> 5);
    for (let i = countryEvents.offsets[c]!; i < countryEvents.offsets[c + 1]!; i += 1) {
      const e = countryEvents.values[i]!;
      if (inMask(events, e)) setBit(bits, e);
    }
    return bits;
  });
  const n = countries.length;
  const counts = new Array<number>(n * n).fill(0);
  for (let a = 0; a < n; a += 1) {
    for (let b = a; b < n; b += 1) {
      const shared = countAnd(rows[a]!, rows[b]!);
      counts[a * n + b] = shared;
      counts[b * n + a] = shared;
    }
  }
  return counts;
}

/** Who took part with the picked countries, over the events of `events` (null: every event). */
export function computeCoParticipation(index: ColumnarIndex, filters: Filters, events: Bitset | null, ws: Workspace): CoParticipation {
  const perCountry = eventsPerCountry(index, events);
  const picked = pickedIds(index, filters);
  const { countryEvents, eventCountries } = index;
  const countryCount = index.countryCodes.length;
  const isPicked = new Uint8Array(countryCount);
  for (const c of picked) isPicked[c] = 1;

  // Per event, how many picked countries took part; the events reached, in the order reached.
  const presentAt = ws.scratch('co-present', index.eventCount);
  const reached: number[] = [];
  const byPicked = picked.map(() => new Uint32Array(countryCount));
  picked.forEach((c, slot) => {
    const counts = byPicked[slot]!;
    for (let i = countryEvents.offsets[c]!; i < countryEvents.offsets[c + 1]!; i += 1) {
      const e = countryEvents.values[i]!;
      if (!inMask(events, e)) continue;
      if (presentAt[e] === 0) reached.push(e);
      presentAt[e]! += 1;
      for (let j = eventCountries.offsets[e]!; j < eventCountries.offsets[e + 1]!; j += 1) counts[eventCountries.values[j]!]! += 1;
    }
  });
  const shared = new Uint32Array(countryCount);
  let allPickedEvents = 0;
  for (const e of reached) {
    if (presentAt[e] === picked.length) allPickedEvents += 1;
    for (let j = eventCountries.offsets[e]!; j < eventCountries.offsets[e + 1]!; j += 1) shared[eventCountries.values[j]!]! += 1;
  }
  const partnerIds: number[] = [];
  for (let c = 0; c < countryCount; c += 1) if (shared[c]! > 0 && !isPicked[c]) partnerIds.push(c);
  partnerIds.sort(byCountOrCode(index, shared));
  const code = (c: number) => index.countryCodes[c]! as CountryCode;
  const partners = partnerIds.map(
    (c): CoParticipationPartner => ({ code: code(c), events: shared[c]!, byPicked: byPicked.map((counts) => counts[c]!) }),
  );
  const countries = matrixCountries(index, picked, perCountry);
  return {
    picked: picked.map((c) => ({ code: code(c), events: perCountry[c]! })),
    pickedEvents: reached.length,
    allPickedEvents: picked.length === 0 ? 0 : allPickedEvents,
    partners,
    matrix: { countries: countries.map(code), counts: coParticipationMatrix(index, countries, events, ws) },
  };
}

/**
 * Statements per (theme, country) of the statements of `statements` (null:
 * all), by their events' participants and, with `includeMentions`, the
 * countries they mention. `wholeEvents`: the statement mask is the event
 * mask `events` spread over whole events, so per-event theme counts serve.
 */
export function computeThemeCountries(
  index: ColumnarIndex,
  statements: Bitset | null,
  events: Bitset | null,
  wholeEvents: boolean,
  includeMentions: boolean,
  ws: Workspace,
): ThemeCountryCounts {
  const themeCount = index.themeIds.length;
  const countryCount = index.countryCodes.length;
  const unthemed = themeCount; // the last row: statements without a theme
  const cells = new Uint32Array((themeCount + 1) * countryCount);
  const perCountry = new Uint32Array(countryCount);
  const { eventCountries, eventThemes, eventThemeStatements, unthemedPerEvent, eventBounds } = index;

  // Per event and theme, the statements counted: precomputed for whole events, else one pass per theme.
  let perTheme: Uint32Array[] | null = null;
  let perEvent: Uint32Array | null = null;
  let unthemedPer: Uint32Array | null = null;
  if (!wholeEvents && statements !== null) {
    const mask = statements;
    perTheme = index.themeStatements.map((bits, t) => countPerRange(mask, bits, eventBounds, ws.scratch(`theme-country-${t}`, index.eventCount)));
    unthemedPer = countPerRange(mask, index.unthemedStatements, eventBounds, ws.scratch('theme-country-unthemed', index.eventCount));
    perEvent = countPerRange(mask, null, eventBounds, ws.scratch('theme-country-total', index.eventCount));
  }
  for (let e = 0; e < index.eventCount; e += 1) {
    const total = perEvent === null ? (inMask(events, e) ? eventBounds[e + 1]! - eventBounds[e]! : 0) : perEvent[e]!;
    if (total === 0) continue;
    const none = unthemedPer === null ? unthemedPerEvent[e]! : unthemedPer[e]!;
    for (let j = eventCountries.offsets[e]!; j < eventCountries.offsets[e + 1]!; j += 1) {
      const c = eventCountries.values[j]!;
      perCountry[c]! += total;
      for (let i = eventThemes.offsets[e]!; i < eventThemes.offsets[e + 1]!; i += 1) {
        const t = eventThemes.values[i]!;
        cells[t * countryCount + c]! += perTheme === null ? eventThemeStatements[i]! : perTheme[t]![e]!;
      }
      cells[unthemed * countryCount + c]! += none;
    }
  }
  if (includeMentions) {
    const { countryMentionsOnly, eventOf, themeStatements } = index;
    for (let c = 0; c < countryCount; c += 1) {
      for (let k = countryMentionsOnly.offsets[c]!; k < countryMentionsOnly.offsets[c + 1]!; k += 1) {
        const p = countryMentionsOnly.values[k]!;
        if (!inMask(statements, p)) continue;
        perCountry[c]! += 1;
        const e = eventOf[p]!;
        let themed = false;
        for (let i = eventThemes.offsets[e]!; i < eventThemes.offsets[e + 1]!; i += 1) {
          const t = eventThemes.values[i]!;
          if (!hasBit(themeStatements[t]!, p)) continue;
          cells[t * countryCount + c]! += 1;
          themed = true;
        }
        if (!themed) cells[unthemed * countryCount + c]! += 1;
      }
    }
  }

  const countryIds: number[] = [];
  for (let c = 0; c < countryCount; c += 1) if (perCountry[c]! > 0) countryIds.push(c);
  countryIds.sort(byCountOrCode(index, perCountry));
  const rows: Array<{ key: string; row: number }> = [];
  for (let t = 0; t <= themeCount; t += 1) {
    let any = false;
    for (const c of countryIds) if (cells[t * countryCount + c]! > 0) any = true;
    if (any) rows.push({ key: t === unthemed ? UNTHEMED : index.themeIds[t]!, row: t });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    themes: rows.map((row) => row.key),
    countries: countryIds.map((c) => ({ code: index.countryCodes[c]! as CountryCode, statements: perCountry[c]! })),
    counts: rows.flatMap(({ row }) => countryIds.map((c) => cells[row * countryCount + c]!)),
  };
}
