import type { EventFormat, Fact, ForumEvent, Span, Statement, ThemeAssignment } from '../corpus/corpus-schema.ts';
import { describeEventDate } from '../format/event-dates.ts';
import { sentenceAround } from './sentences.ts';
import { describeSpeaker } from '../statements/statement-attribution.ts';

/**
 * "Which facts came from where": each value the dashboard shows about an
 * event or a statement, with the words of the document it was read from.
 */
export type SourcedFact = {
  key: string;
  label: string;
  value: string;
  inferred: boolean;
  /** Why, for inferred values. */
  reasons: string[];
  /** The words to highlight in the document; a span outside the text is dropped. */
  spans: Span[];
  /**
   * The document's words to show as its source: the words at each span, or,
   * for several values read from one sentence, that sentence.
   */
  quotes: string[];
  /** Extra words to show, such as what a pronoun refers back to. */
  note?: string;
};

export type FactLabels = {
  country: (code: string) => string;
  theme: (id: string) => string;
};

export const FORMAT_LABELS: Readonly<Record<EventFormat, string>> = {
  online: 'Online',
  'in-person': 'In person',
  hybrid: 'Hybrid (in person and online)',
  phone: 'By telephone',
};

const NOT_STATED = 'Not stated in the text.';

const stated = (span: Span) => ({ span, inferred: false });

function validSpans(spans: readonly Span[], text: string): Span[] {
  const seen = new Set<string>();
  const result: Span[] = [];
  for (const span of spans) {
    const [start, end] = span;
    const key = `${start}-${end}`;
    if (start >= end || end > text.length || seen.has(key)) continue;
    seen.add(key);
    result.push([start, end]);
  }
  return result;
}

function sourced(
  key: string,
  label: string,
  value: string,
  facts: ReadonlyArray<Pick<Fact<unknown>, 'span' | 'inferred' | 'reason'>>,
  text: string,
): SourcedFact {
  const spans = validSpans(
    facts.map((fact) => fact.span),
    text,
  );
  const inferredFacts = facts.filter((fact) => fact.inferred);
  return {
    key,
    label,
    value,
    inferred: inferredFacts.length > 0,
    reasons: [...new Set(inferredFacts.map((fact) => fact.reason ?? NOT_STATED))],
    spans,
    quotes: spans.map(([start, end]) => text.slice(start, end)),
  };
}

/**
 * Facts of a list (participants, organisers) grouped by the sentence they
 * were read from: a sentence naming seven countries is one entry, quoted
 * whole, with each name highlighted.
 */
function groupBySentence<T>(
  key: string,
  label: string,
  facts: ReadonlyArray<Fact<T>>,
  name: (value: T) => string,
  text: string,
): SourcedFact[] {
  const groups = new Map<string, { sentence: Span | null; facts: Array<Fact<T>> }>();
  for (const fact of facts) {
    const located = validSpans([fact.span], text).length === 1;
    const sentence = located ? sentenceAround(text, fact.span[0]) : null;
    const sentenceKey = sentence === null || fact.span[1] > sentence[1] ? `span:${fact.span.join('-')}` : sentence.join('-');
    const group = groups.get(sentenceKey);
    if (group) group.facts.push(fact);
    else groups.set(sentenceKey, { sentence, facts: [fact] });
  }
  return [...groups.values()].map(({ sentence, facts: group }, i) => {
    const fact = sourced(groups.size === 1 ? key : `${key}-${i}`, label, group.map((f) => name(f.value)).join(', '), group, text);
    if (sentence !== null && fact.spans.length > 1) fact.quotes = [text.slice(...sentence)];
    return fact;
  });
}

export function listEventFacts(event: ForumEvent, text: string, labels: FactLabels): SourcedFact[] {
  const facts: SourcedFact[] = [sourced('title', 'Event', event.title.value, [event.title], text)];
  const date = describeEventDate(event);
  const dateFacts = event.endDate ? [event.startDate, event.endDate] : [event.startDate];
  facts.push({ ...sourced('date', 'Date', date.text, dateFacts, text), reasons: date.reasons });
  if (event.format) facts.push(sourced('format', 'Format', FORMAT_LABELS[event.format.value], [event.format], text));
  if (event.location) {
    const location = event.location.value;
    const value =
      location.kind === 'online'
        ? 'Online'
        : location.country === null
          ? location.place
          : `${location.place}, ${labels.country(location.country)}`;
    facts.push(sourced('location', 'Place', value, [event.location], text));
  }
  facts.push(...groupBySentence('organisers', 'Organised by', event.organisers, (name) => name, text));
  if (event.participantCount) {
    facts.push(
      sourced('count', 'Participants', event.participantCount.value.asStated, [event.participantCount], text),
    );
  }
  facts.push(
    ...groupBySentence('countries', 'Participating countries', event.participatingCountries, labels.country, text),
  );
  facts.push(
    ...groupBySentence('organisations', 'Participating organisations', event.participatingOrganisations, (n) => n, text),
  );
  facts.push(...listThemeFacts('event-theme', event.themes, text, labels));
  return facts;
}

/** One entry per theme, with every cue that assigned it. */
function listThemeFacts(
  key: string,
  themes: readonly ThemeAssignment[],
  text: string,
  labels: FactLabels,
): SourcedFact[] {
  const byTheme = new Map<string, ThemeAssignment[]>();
  for (const theme of themes) byTheme.set(theme.themeId, [...(byTheme.get(theme.themeId) ?? []), theme]);
  return [...byTheme].map(([themeId, assignments]) => {
    const fact = sourced(`${key}-${themeId}`, 'Theme', labels.theme(themeId), assignments.map((a) => stated(a.span)), text);
    const cues = [...new Set(assignments.map((a) => `“${a.cue}”`))];
    fact.note = `${cues.length === 1 ? 'cue' : 'cues'} ${cues.join(', ')}`;
    return fact;
  });
}

export function listStatementFacts(statement: Statement, text: string, labels: FactLabels): SourcedFact[] {
  const facts: SourcedFact[] = [];
  const speaker = statement.speaker;
  if (speaker) {
    const spans: Span[] = [speaker.mentionSpan];
    if (speaker.resolvedFrom) spans.push(speaker.resolvedFrom);
    const fact = sourced('speaker', 'Speaker', describeSpeaker(speaker) ?? speaker.mention, spans.map(stated), text);
    const referent = speaker.resolvedFrom ? text.slice(...speaker.resolvedFrom) : '';
    if (referent !== '' && referent !== speaker.mention) {
      fact.note = `“${speaker.mention}” refers back to “${referent}”`;
    }
    facts.push(fact);
  }
  facts.push(sourced('verb', 'Reporting verb', statement.verb.text, [stated(statement.verb.span)], text));
  facts.push(...listThemeFacts('theme', statement.themes, text, labels));
  statement.mentionedCountries.forEach((mention, i) => {
    facts.push(sourced(`mention-${i}`, 'Mentions', labels.country(mention.code), [stated(mention.span)], text));
  });
  return facts;
}
