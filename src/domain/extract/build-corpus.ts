import { CorpusSchema, SCHEMA_VERSION, type Corpus, type Theme } from '../corpus/corpus-schema.ts';
import { applyCorrections, type Correction, type CorrectionOutcome } from './corrections.ts';
import type { ExtractedDocument } from './extract-document.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type BuiltCorpus = { corpus: Corpus; corrections: CorrectionOutcome[] };

/**
 * Assembles extracted documents into one corpus in a fixed order —
 * documents and events by id, statements by document then position — and
 * applies the analysts' corrections on top. Throws CorpusBuildError when the
 * result is not a valid, self-consistent corpus.
 */
export function buildCorpus(
  extracted: readonly ExtractedDocument[],
  taxonomy: readonly Theme[],
  corrections: readonly Correction[] = [],
): BuiltCorpus {
  const sorted = [...extracted].sort((a, b) => byText(a.document.id, b.document.id));
  const base: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    taxonomy: [...taxonomy],
    documents: sorted.map((e) => e.document),
    events: sorted.map((e) => e.event).sort((a, b) => byText(a.id, b.id)),
    statements: sorted.flatMap((e) =>
      [...e.statements].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]),
    ),
  };
  const { corpus, applied, outcomes } = applyCorrections(base, corrections);
  if (applied.length > 0) corpus.corrections = applied;
  const problems = checkCorpus(corpus);
  if (problems.length > 0) throw new CorpusBuildError(problems);
  return { corpus, corrections: outcomes };
}

export class CorpusBuildError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`the corpus is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'CorpusBuildError';
    this.problems = problems;
  }
}

const SPAN_KEYS = new Set(['span', 'mentionSpan', 'resolvedFrom']);

function eachSpan(value: unknown, path: string, visit: (span: [number, number], path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => eachSpan(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (SPAN_KEYS.has(key) && Array.isArray(child) && child.length === 2) visit(child as [number, number], `${path}.${key}`);
      else eachSpan(child, `${path}.${key}`, visit);
    }
  }
}

/**
 * Schema validation plus what a schema cannot say: every span lies inside
 * its document, each quoted surface is exactly its span's slice, ids are
 * unique and every reference resolves.
 */
export function checkCorpus(corpus: Corpus): string[] {
  const parsed = CorpusSchema.safeParse(corpus);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  }
  const problems: string[] = [];
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const themeIds = new Set(corpus.taxonomy.map((t) => t.id));
  const seen = new Set<string>();
  for (const id of [...corpus.documents, ...corpus.events, ...corpus.statements].map((r) => r.id)) {
    if (seen.has(id)) problems.push(`id "${id}" is used by more than one record`);
    seen.add(id);
  }
  const eventDocument = new Map(corpus.events.map((e) => [e.id, e.documentId]));
  const checkSpans = (record: { id: string; documentId: string }, kind: string) => {
    const text = texts.get(record.documentId);
    if (text === undefined) {
      problems.push(`${kind} ${record.id}: document "${record.documentId}" does not exist`);
      return undefined;
    }
    eachSpan(record, kind, ([start, end], path) => {
      if (start > end || end > text.length) problems.push(`${record.id}: ${path} [${start}, ${end}) lies outside its document (length ${text.length})`);
    });
    return text;
  };
  const checkThemes = (id: string, themes: ReadonlyArray<{ themeId: string }>) => {
    for (const theme of themes) if (!themeIds.has(theme.themeId)) problems.push(`${id}: theme "${theme.themeId}" is not in the taxonomy`);
  };
  for (const event of corpus.events) {
    checkSpans(event, 'event');
    checkThemes(event.id, event.themes);
  }
  for (const statement of corpus.statements) {
    const text = checkSpans(statement, 'statement');
    checkThemes(statement.id, statement.themes);
    const eventDoc = eventDocument.get(statement.eventId);
    if (eventDoc === undefined) problems.push(`${statement.id}: event "${statement.eventId}" does not exist`);
    else if (eventDoc !== statement.documentId) problems.push(`${statement.id}: event "${statement.eventId}" belongs to another document`);
    if (text === undefined) continue;
    const slice = (span: readonly [number, number]) => text.slice(span[0], span[1]);
    if (slice(statement.span) !== statement.text) problems.push(`${statement.id}: text is not the slice of its span`);
    if (slice(statement.verb.span) !== statement.verb.text) problems.push(`${statement.id}: verb "${statement.verb.text}" is not the slice of its span`);
    if (statement.speaker && slice(statement.speaker.mentionSpan) !== statement.speaker.mention) {
      problems.push(`${statement.id}: speaker mention "${statement.speaker.mention}" is not the slice of its span`);
    }
    for (const country of statement.mentionedCountries) {
      if (slice(country.span) !== country.surface) problems.push(`${statement.id}: mention "${country.surface}" is not the slice of its span`);
    }
  }
  return problems;
}

/** The corpus as stable JSON text: 2-space indentation and a final newline. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
