import type { ExtractedDocument } from '../../src/domain/extract/extract-document.ts';

/**
 * `npm run ingest -- --report`: per document, the facts the extractor found
 * and what it left for review (warnings, inferred facts with their reasons,
 * facts it left empty).
 */

type AnyFact = { value: unknown; inferred: boolean; reason?: string | undefined; span: readonly [number, number] };

function show(fact: AnyFact | undefined, text: (value: never) => string): string {
  if (!fact) return '—';
  return `${text(fact.value as never)}${fact.inferred ? ' (inferred)' : ''}`;
}

export function reportDocument(extracted: ExtractedDocument): string[] {
  const { document, event, statements, warnings } = extracted;
  const lines = [`== ${document.id} (${document.publisher}, published ${document.publishedOn})`];
  const placeholder = event.title.span[0] === event.title.span[1];
  lines.push(`  title:        ${placeholder ? `— (placeholder "${event.title.value}")` : `"${event.title.value}"`}`);
  lines.push(`  date:         ${show(event.startDate, (v: string) => v)}${event.endDate ? ` to ${show(event.endDate, (v: string) => v)}` : ''} (${event.datePrecision})`);
  lines.push(`  format:       ${show(event.format, (v: string) => v)}`);
  lines.push(`  location:     ${show(event.location, (v: { kind: string; place?: string; country?: string | null }) => (v.kind === 'online' ? 'online' : `${v.place}, ${v.country ?? 'country unknown'}`))}`);
  lines.push(`  organisers:   ${event.organisers.map((o) => o.value).join('; ') || '—'}`);
  lines.push(`  participants: ${show(event.participantCount, (v: { asStated: string }) => `"${v.asStated}"`)}`);
  lines.push(`  countries:    ${event.participatingCountries.map((c) => `${c.value}${c.inferred ? '*' : ''}`).join(' ') || '—'}`);
  lines.push(`  bodies:       ${event.participatingOrganisations.map((o) => o.value).join(', ') || '—'}`);
  const bySpeaker = new Map<string, number>();
  for (const s of statements) {
    const who = s.speaker?.name ?? s.speaker?.role ?? '(no speaker)';
    bySpeaker.set(who, (bySpeaker.get(who) ?? 0) + 1);
  }
  lines.push(`  statements:   ${statements.length}${bySpeaker.size > 0 ? ` — ${[...bySpeaker].map(([who, n]) => `${who} ×${n}`).join(', ')}` : ''}`);
  const review: string[] = warnings.map((w) => `line ${w.line}: ${w.message}`);
  const facts: Array<[string, AnyFact | undefined]> = [
    ['title', placeholder ? undefined : event.title], ['start date', event.startDate], ['end date', event.endDate], ['format', event.format],
    ['location', event.location], ['participant count', event.participantCount],
    ...event.participatingCountries.map((c): [string, AnyFact] => [`participant ${c.value}`, c]),
    ...event.organisers.map((o): [string, AnyFact] => [`organiser ${o.value}`, o]),
  ];
  for (const [name, fact] of facts) if (fact?.inferred) review.push(`inferred ${name}: ${fact.reason ?? 'no reason given'}`);
  const empty = [
    placeholder && 'title', !event.format && 'format', !event.location && 'location', event.organisers.length === 0 && 'organisers',
    !event.participantCount && 'participant count', event.participatingCountries.length === 0 && 'participating countries',
    statements.some((s) => s.speaker === null) && 'a statement\'s speaker',
  ].filter((x): x is string => typeof x === 'string');
  if (empty.length > 0) review.push(`not found: ${empty.join(', ')}`);
  lines.push(`  for review:${review.length === 0 ? ' nothing' : ''}`);
  for (const item of review) lines.push(`    - ${item}`);
  return lines;
}
