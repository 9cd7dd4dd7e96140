import { UNTHEMED } from '../engine/contract.ts';
import { isCountryCode } from '../corpus/countries.ts';
import type { Corpus, CountryCode } from '../corpus/corpus-schema.ts';
import type { Labels } from '../corpus/labels.ts';
import { serializeViewState, type ViewState } from './url-state.ts';
import { roleCompareKey } from './compare-keys.ts';

/**
 * What a link asked for that the page could not do as written. A shared link
 * is someone else's claim about what they saw: when part of it cannot be
 * used, the page says which part and what it did instead, rather than
 * quietly showing something else (or, worse, filtering by a code that
 * matches nothing and showing zeros).
 */
export type LinkProblem = {
  /** The query parameter as the notice names it, e.g. "country". */
  parameter: string;
  /** The query keys dismissing the notice rewrites ("from" and "to" for a swapped range). */
  keys: readonly string[];
  /** The value as given, shortened for display. */
  given: string;
  /**
   * 'dropped': malformed, left out; 'normalised': read in its plain form
   * (`readAs`); 'ignored': well formed but unknown in this corpus, so it
   * does not filter; 'other-version': the link was made on another version
   * of the corpus (`given`) than the one shown (`readAs`), `reason` says so.
   */
  action: 'dropped' | 'normalised' | 'ignored' | 'other-version';
  /** Why, in words: "it is not a calendar date written YYYY-MM-DD". */
  reason: string;
  /** For 'normalised': what the value was read as. */
  readAs?: string;
};

/** The ids a link may name in one corpus: anything else would filter to nothing. */
export type LinkVocabulary = {
  /** Speaker ids and `role:NAME` keys the speaker comparison can show. */
  compare?: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  events: ReadonlySet<string>;
};

/**
 * Country codes the country filter can match (participants, and the
 * countries statements mention), theme ids (with the "no theme" series),
 * speaker and event ids.
 */
export function buildLinkVocabulary(corpus: Corpus): LinkVocabulary {
  const countries = new Set<string>();
  const speakers = new Set<string>();
  for (const event of corpus.events) for (const fact of event.participatingCountries) countries.add(fact.value);
  for (const statement of corpus.statements) {
    for (const mention of statement.mentionedCountries) countries.add(mention.code);
    if (statement.speaker !== null) speakers.add(statement.speaker.id);
  }
  const compare = new Set(speakers);
  for (const statement of corpus.statements) if (statement.speaker?.role) compare.add(roleCompareKey(statement.speaker.role));
  return {
    compare,
    countries,
    themes: new Set([...corpus.taxonomy.map((theme) => theme.id), UNTHEMED]),
    speakers,
    events: new Set(corpus.events.map((event) => event.id)),
  };
}

type ListFilter = 'countries' | 'themes' | 'speakers' | 'events';

const LIST_FILTERS: ReadonlyArray<{ filter: ListFilter; parameter: string; unknown: (value: string) => string }> = [
  {
    filter: 'countries',
    parameter: 'country',
    unknown: (code) =>
      isCountryCode(code)
        ? 'no event or statement in this corpus names that country, so it would match nothing'
        : 'it is not an ISO 3166-1 alpha-3 country code',
  },
  { filter: 'themes', parameter: 'theme', unknown: () => 'this corpus has no theme with that id' },
  { filter: 'speakers', parameter: 'speaker', unknown: () => 'no statement in this corpus has a speaker with that id' },
  { filter: 'events', parameter: 'event', unknown: () => 'this corpus has no event with that id' },
];

/**
 * The state with every filter value this corpus does not know removed, and
 * a problem for each: an unknown code never filters.
 */
export function checkViewStateAgainstCorpus(
  state: ViewState,
  vocabulary: LinkVocabulary,
): { state: ViewState; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const filters = { ...state.filters };
  let changed = false;
  for (const { filter, parameter, unknown } of LIST_FILTERS) {
    const known = vocabulary[filter];
    const values: readonly string[] = filters[filter];
    const kept = values.filter((value) => known.has(value));
    if (kept.length === values.length) continue;
    changed = true;
    for (const value of values) {
      if (!known.has(value)) problems.push({ parameter, keys: [parameter], given: value, action: 'ignored', reason: unknown(value) });
    }
    if (filter === 'countries') filters.countries = kept as CountryCode[];
    else filters[filter] = kept;
  }
  let checked = changed ? { ...state, filters } : state;
  const comparable = vocabulary.compare;
  if (comparable !== undefined && state.compare.some((key) => !comparable.has(key))) {
    for (const key of state.compare) {
      if (!comparable.has(key)) problems.push({ parameter: 'compare', keys: ['compare'], given: key, action: 'ignored', reason: 'no statement in this corpus has that speaker or role, so it is not compared' });
    }
    checked = { ...checked, compare: state.compare.filter((key) => comparable.has(key)) };
  }
  if (state.fact !== null && !vocabulary.events.has(state.fact.event)) {
    problems.push({ parameter: 'fact', keys: ['fact'], given: state.fact.event, action: 'ignored', reason: 'this corpus has no event with that id, so the source reader stays closed' });
    return { state: { ...checked, fact: null }, problems };
  }
  return { state: checked, problems };
}

export type LinkNotice = {
  /** 'version': the link was made on another version of the corpus; dismissing it continues. */
  kind: 'parameter' | 'version';
  parameter: string;
  keys: readonly string[];
  /** One sentence per value, e.g. `"jpn" was read as JPN (Japan): country codes are written in capitals.` */
  lines: string[];
};

function describeValue(problem: LinkProblem, labels: Labels): string {
  const given = `“${problem.given}”`;
  switch (problem.action) {
    case 'dropped':
      return `${given} was left out: ${problem.reason}.`;
    case 'ignored':
      return `${given} does not filter: ${problem.reason}.`;
    case 'other-version':
      return problem.reason;
    case 'normalised': {
      const readAs = problem.readAs ?? '';
      const named = problem.parameter === 'country' ? `${readAs} (${labels.country(readAs)})` : `“${readAs}”`;
      return `${given} was read as ${named}${problem.reason === '' ? '' : `: ${problem.reason}`}.`;
    }
  }
}

/** One notice per parameter, in the order the problems were found. */
export function describeLinkNotices(problems: readonly LinkProblem[], labels: Labels): LinkNotice[] {
  const notices = new Map<string, LinkNotice>();
  for (const problem of problems) {
    let notice = notices.get(problem.parameter);
    if (notice === undefined) {
      notice = { kind: 'parameter', parameter: problem.parameter, keys: [], lines: [] };
      notices.set(problem.parameter, notice);
    }
    notice.keys = [...new Set([...notice.keys, ...problem.keys])];
    if (problem.action === 'other-version') notice.kind = 'version';
    notice.lines.push(describeValue(problem, labels));
  }
  return [...notices.values()];
}

/**
 * `search` with just the parameters `keys` rewritten as `clean` has them
 * (or removed when `clean` leaves them at their default); every other
 * parameter stays exactly as it was, so dismissing one notice fixes only
 * what it was about.
 */
export function cleanLinkParameters(search: string, keys: readonly string[], clean: ViewState): string {
  const params = new URLSearchParams(search);
  const cleaned = new URLSearchParams(serializeViewState(clean));
  for (const key of keys) {
    const value = cleaned.get(key);
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
