import type { CountryCode } from '../../corpus/corpus-schema.ts';
import { withoutFacets } from '../../view-state/filters.ts';
import {
  CO_PARTICIPATION_MATRIX_SIZE,
  FILTERS_IGNORED_BY_VIEW as IGNORED,
  UNTHEMED,
  type CoParticipation,
  type CoParticipationPartner,
  type CoParticipationQuery,
  type ThemeCountryCounts,
  type ThemeCountryQuery,
} from '../contract.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { compile, eventMatches, statementMatches } from './linked-views.ts';

/*
 * The reference reading of the two country views of issue 14 (contract.ts):
 * who took part together, and statements per theme by country. Clear rather
 * than fast; the columnar engine must return exactly this.
 */

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function computeCoParticipation(index: CorpusIndex, query: CoParticipationQuery): CoParticipation {
  const p = compile(withoutFacets(query.filters, IGNORED.coParticipation));
  const events = index.events.filter((event) => eventMatches(index, event, p));
  const known = new Set<string>();
  for (const event of index.events) for (const code of event.participants) known.add(code);
  const picked: CountryCode[] = [...new Set(query.filters.countries)].filter((code) => known.has(code));

  const eventsOf = new Map<CountryCode, number>();
  for (const event of events) for (const code of event.participants) eventsOf.set(code, (eventsOf.get(code) ?? 0) + 1);

  const partners = new Map<CountryCode, CoParticipationPartner>();
  let pickedEvents = 0;
  let allPickedEvents = 0;
  for (const event of events) {
    const present = picked.map((code) => event.participants.has(code));
    if (!present.includes(true)) continue;
    pickedEvents += 1;
    if (!present.includes(false)) allPickedEvents += 1;
    for (const code of event.participants) {
      if (picked.includes(code)) continue;
      let partner = partners.get(code);
      if (!partner) {
        partner = { code, events: 0, byPicked: picked.map(() => 0) };
        partners.set(code, partner);
      }
      partner.events += 1;
      present.forEach((here, i) => {
        if (here) partner.byPicked[i]! += 1;
      });
    }
  }

  // The matrix: picked countries first (those with events), then the busiest.
  const ranked = [...eventsOf].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])).map(([code]) => code);
  const chosen = new Set<CountryCode>(picked.filter((code) => eventsOf.has(code)).slice(0, CO_PARTICIPATION_MATRIX_SIZE));
  for (const code of ranked) {
    if (chosen.size >= CO_PARTICIPATION_MATRIX_SIZE) break;
    chosen.add(code);
  }
  const countries = ranked.filter((code) => chosen.has(code));
  const counts = countries.flatMap((row) =>
    countries.map((column) => events.filter((event) => event.participants.has(row) && event.participants.has(column)).length),
  );

  return {
    picked: picked.map((code) => ({ code, events: eventsOf.get(code) ?? 0 })),
    pickedEvents,
    allPickedEvents: picked.length === 0 ? 0 : allPickedEvents,
    partners: [...partners.values()].sort((a, b) => b.events - a.events || byCode(a.code, b.code)),
    matrix: { countries, counts },
  };
}

export function computeThemeCountries(index: CorpusIndex, query: ThemeCountryQuery): ThemeCountryCounts {
  const p = compile(withoutFacets(query.filters, IGNORED.themeCountries));
  const cells = new Map<string, Map<string, number>>();
  const perCountry = new Map<string, number>();
  for (const s of index.statements) {
    if (!statementMatches(index, s, p)) continue;
    const countries = new Set<string>(index.events[s.eventIndex]!.participants);
    if (query.filters.includeMentions) for (const code of s.mentions) countries.add(code);
    const themes = s.themes.length === 0 ? [UNTHEMED] : s.themes;
    for (const code of countries) {
      perCountry.set(code, (perCountry.get(code) ?? 0) + 1);
      for (const theme of themes) {
        let row = cells.get(theme);
        if (!row) {
          row = new Map();
          cells.set(theme, row);
        }
        row.set(code, (row.get(code) ?? 0) + 1);
      }
    }
  }
  const themes = [...cells.keys()].sort(byCode);
  const countries = [...perCountry]
    .sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))
    .map(([code, statements]) => ({ code: code as CountryCode, statements }));
  const counts = themes.flatMap((theme) => countries.map(({ code }) => cells.get(theme)!.get(code) ?? 0));
  return { themes, countries, counts };
}
