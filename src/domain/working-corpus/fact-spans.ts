import type { ReleaseRecords } from './release-corrections.ts';

/**
 * Every fact of a reviewed release with the span of text it came from, and
 * the text cut into runs so each run knows which facts cover it: the review
 * shows the text with these runs marked (as text, never as markup).
 */
export type FactKind = 'title' | 'date' | 'format' | 'location' | 'organiser' | 'count' | 'participant' | 'mentioned' | 'statement' | 'speaker' | 'verb' | 'theme';

export type FactSpan = { key: string; kind: FactKind; span: readonly [number, number]; label: string };

const real = (span: readonly [number, number]) => span[1] > span[0];

export function factSpans(records: ReleaseRecords): FactSpan[] {
  const { event, statements } = records;
  const spans: FactSpan[] = [];
  const add = (key: string, kind: FactKind, span: readonly [number, number], label: string) => {
    if (real(span)) spans.push({ key, kind, span, label });
  };
  add('title', 'title', event.title.span, 'event title');
  add('startDate', 'date', event.startDate.span, 'date');
  if (event.format) add('format', 'format', event.format.span, 'format');
  if (event.location && event.location.value.kind !== 'online') add('location', 'location', event.location.span, 'location');
  event.organisers.forEach((o, i) => add(`organiser:${i}`, 'organiser', o.span, 'organiser'));
  if (event.participantCount) add('count', 'count', event.participantCount.span, 'participant count');
  for (const c of event.participatingCountries) add(`participant:${c.value}`, 'participant', c.span, 'participating country');
  for (const c of event.mentionedCountries ?? []) add(`mentioned:${c.code}:${c.span[0]}`, 'mentioned', c.span, 'mentioned country');
  event.themes.forEach((t, i) => add(`event-theme:${i}`, 'theme', t.span, 'theme cue'));
  for (const s of statements) {
    add(`statement:${s.id}`, 'statement', s.span, 'statement');
    if (s.speaker) add(`speaker:${s.id}`, 'speaker', s.speaker.mentionSpan, 'speaker');
    if (s.speaker?.resolvedFrom) add(`speaker-named:${s.id}`, 'speaker', s.speaker.resolvedFrom, 'speaker, named');
    add(`verb:${s.id}`, 'verb', s.verb.span, 'reporting verb');
    s.themes.forEach((t, i) => add(`theme:${s.id}:${i}`, 'theme', t.span, 'theme cue'));
    for (const c of s.mentionedCountries) add(`mentioned:${c.code}:${c.span[0]}`, 'mentioned', c.span, 'mentioned country');
  }
  return spans;
}

export type TextRun = { start: number; end: number; facts: FactSpan[] };

/** The text cut at every span boundary; each run lists the facts covering it, innermost (shortest) first. */
export function textRuns(length: number, spans: readonly FactSpan[]): TextRun[] {
  const cuts = new Set<number>([0, length]);
  for (const { span } of spans) {
    cuts.add(Math.max(0, Math.min(length, span[0])));
    cuts.add(Math.max(0, Math.min(length, span[1])));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const facts = spans
      .filter((f) => f.span[0] <= start && end <= f.span[1])
      .sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
    runs.push({ start, end, facts });
  }
  return runs;
}
