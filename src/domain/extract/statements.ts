import type { Speaker } from '../corpus/corpus-schema.ts';
import { trimContentEnd, verbAt, type RawStatement, type StatementProblem, type VerbTable } from './reporting-verbs.ts';
import { resolveSubject, type SpeakerContext } from './speakers.ts';
import { closeOf, OPEN_QUOTES, quoteRanges } from './quotes.ts';
import { coordinatedSubject, quotedLead, trailingAttribution } from './statement-shapes.ts';
import type { Sentence } from './text.ts';

export { compileVerbs, type RawStatement, type VerbForm, type VerbTable } from './reporting-verbs.ts';

/**
 * Splits sentences into statements at reporting verbs. A statement's text is
 * the reported content — after the verb and an optional "that", to the end
 * of its clause, without the closing full stop — so that slicing the
 * document at its span gives back exactly its text. A participle clause
 * ("..., adding that ...") or a second verb ("... and called for ...")
 * opens a new statement by the same speaker.
 */

// "said during his remarks that", "noted in his speech that": the content starts after "that".
const ADVERBIAL = /^\s+(?:during|in|at|on|throughout|while|when|speaking|addressing)\s+[^,.;:"\u201C]{1,60}?\s+that\s+/;

/** Where the reported content starts: past "that", a colon, a listener ("told the forum that") or an adverbial. */
function contentStart(text: string, verbEnd: number, limit: number, objectBeforeThat: boolean): number {
  const rest = text.slice(verbEnd, limit);
  const adverbial = ADVERBIAL.exec(rest);
  if (adverbial) return verbEnd + adverbial[0].length;
  if (objectBeforeThat) {
    const listener = /^\s+(?:[^\s"\u201C]+\s+){0,6}?that\s+/.exec(rest);
    if (listener) return verbEnd + listener[0].length;
  }
  const lead = /^\s*[,:]?\s*(?:that\s+)?/.exec(rest)!;
  return verbEnd + lead[0].length;
}

type Split = { sepStart: number; verbStart: number; verbEnd: number };

/** Participle clauses and coordinated reporting verbs inside reported content. */
function findSplits(verbs: VerbTable, text: string, start: number, end: number): Split[] {
  const quoted = quoteRanges(text, start, end);
  const inQuote = (i: number) => quoted.some(([s, e]) => s <= i && i < e);
  const slice = text.slice(start, end);
  const splits: Split[] = [];
  verbs.participle.lastIndex = 0;
  for (const m of slice.matchAll(verbs.participle)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    const before = /(,\s*(?:and\s+)?|\s+(?:and\s+)?)$/.exec(text.slice(start, verbStart));
    if (!before || inQuote(verbStart)) continue;
    const hasComma = before[1]!.includes(',');
    const followedByThat = /^\s+that\b/.test(text.slice(verbEnd, end));
    if (!hasComma && !followedByThat) continue;
    splits.push({ sepStart: verbStart - before[0].length, verbStart, verbEnd });
  }
  verbs.finite.lastIndex = 0;
  for (const m of slice.matchAll(verbs.finite)) {
    const verbStart = start + m.index;
    const verbEnd = verbStart + m[0].length;
    const before = /(,?\s+and\s+(?:also\s+)?)$/.exec(text.slice(start, verbStart));
    if (!before || inQuote(verbStart)) continue;
    const after = text.slice(verbEnd, end);
    // "... and welcomed by all" is a passive, not a second statement.
    if (/^\s+by\b/.test(after)) continue;
    splits.push({ sepStart: verbStart - before[0].length, verbStart, verbEnd });
  }
  return splits.sort((a, b) => a.verbStart - b.verbStart);
}

export type SentenceStatements = { statements: RawStatement[]; problems: StatementProblem[]; group: Speaker | null };

export function extractSentenceStatements(
  ctx: SpeakerContext,
  verbs: VerbTable,
  sentence: Sentence,
  lastGroup: Speaker | null,
): SentenceStatements {
  const { text } = ctx;
  const problems: StatementProblem[] = [];
  const statements: RawStatement[] = [];
  let group = lastGroup;
  const remember = (speaker: Speaker | null) => {
    if (speaker && speaker.name === null && speaker.id.includes(':group:')) group = speaker;
  };

  const quoteFirst = quotedLead(ctx, verbs, sentence, lastGroup);
  if (quoteFirst) {
    if (quoteFirst.problem) problems.push(quoteFirst.problem);
    statements.push(quoteFirst.statement);
    remember(quoteFirst.statement.speaker);
    return { statements, problems, group };
  }

  const trailing = trailingAttribution(ctx, verbs, sentence, lastGroup);
  if (trailing) {
    if (trailing.problem) problems.push(trailing.problem);
    statements.push(trailing.statement);
    remember(trailing.statement.speaker);
    return { statements, problems, group };
  }

  const quotes = quoteRanges(text, sentence.start, sentence.end);
  const slice = text.slice(sentence.start, sentence.end);
  let unrecognised: StatementProblem | null = null;
  verbs.finite.lastIndex = 0;
  for (const m of slice.matchAll(verbs.finite)) {
    const verbStart = sentence.start + m.index;
    if (quotes.some(([s, e]) => s <= verbStart && verbStart < e)) continue;
    const verb = verbAt(verbs, text, verbStart, verbStart + m[0].length)!;
    let subject = resolveSubject(ctx, sentence.start, verbStart, group);
    // "Mr Norov focused on security matters and said that ...": the subject of the first verb.
    if (subject.kind === 'not-a-subject') subject = coordinatedSubject(ctx, sentence.start, verbStart, group) ?? subject;
    if (subject.kind === 'not-a-subject') {
      if (unrecognised === null && /^\s+that\b/.test(text.slice(verb.span[1], sentence.end))) {
        unrecognised = {
          offset: verbStart,
          message: `no speaker recognised in "${subject.subject}" before "${verb.text}"; no statement extracted`,
        };
      }
      continue;
    }
    const speaker = subject.kind === 'speaker' || subject.kind === 'unresolved' ? subject.speaker : null;
    if (subject.kind === 'unresolved') problems.push({ offset: verbStart, message: subject.problem });
    if (subject.kind === 'speaker' && subject.note) problems.push({ offset: verbStart, message: subject.note });
    remember(speaker);
    statements.push(...contentStatements(ctx, verbs, sentence, verb, speaker));
    return { statements, problems, group };
  }
  if (unrecognised) problems.push(unrecognised);
  return { statements, problems, group };
}

function contentStatements(
  ctx: SpeakerContext,
  verbs: VerbTable,
  sentence: Sentence,
  verb: NonNullable<ReturnType<typeof verbAt>>,
  speaker: Speaker | null,
): RawStatement[] {
  const { text } = ctx;
  const statements: RawStatement[] = [];
  const start = contentStart(text, verb.span[1], sentence.end, verb.objectBeforeThat);
  // Without "that", "observed the final stage" is no speech, nor is "welcomed the guest": the verb's object is a person.
  const joined = /(?:\bthat|:)\s*$/.test(text.slice(verb.span[1], start)) || OPEN_QUOTES.includes(text[start] ?? '');
  // A listener is what "told" or "informed" expects ("informed Mr Qureshi about …"), so only other verbs lose it.
  const personObject = !verb.objectBeforeThat && ctx.register.mentions.some((m) => m.start === start && m.person !== null);
  if (!joined && (verb.thatOnly || personObject)) return statements;
  const make = (v: typeof verb, s: number, e: number, speechType: 'reported' | 'quoted') => {
    const end = trimContentEnd(text, s, e);
    if (end > s) {
      statements.push({
        speaker,
        verb: { text: v.text, lemma: v.lemma, span: v.span },
        speechType,
        span: [s, end],
        paragraphIndex: sentence.paragraphIndex,
      });
    }
  };
  let reportedFrom = start;
  if (OPEN_QUOTES.includes(text[start] ?? '')) {
    const close = closeOf(text, start, sentence.end);
    if (close === null) {
      // An unclosed quotation runs to the end of its paragraph; nothing inside it is attributed to anyone else.
      make(verb, start + 1, sentence.end, 'quoted');
      return statements;
    }
    if (close < sentence.end) {
      make(verb, start + 1, close, 'quoted');
      reportedFrom = close + 1;
      // Only participle clauses after the quotation make further statements.
      const splits = findSplits(verbs, text, reportedFrom, sentence.end);
      emitSplits(splits, null);
      return statements;
    }
  }
  emitSplits(findSplits(verbs, text, reportedFrom, sentence.end), verb);
  return statements;

  function emitSplits(splits: Split[], first: typeof verb | null) {
    let current = first;
    let currentStart = reportedFrom;
    for (const split of splits) {
      if (current) make(current, currentStart, split.sepStart, 'reported');
      current = verbAt(verbs, text, split.verbStart, split.verbEnd)!;
      currentStart = contentStart(text, split.verbEnd, sentence.end, current.objectBeforeThat);
    }
    if (current) make(current, currentStart, sentence.end, 'reported');
  }
}
