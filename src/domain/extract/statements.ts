import type { Speaker } from '../corpus/corpus-schema.ts';
import { escapeRegExp } from './lexicon.ts';
import { resolveSubject, type SpeakerContext } from './speakers.ts';
import type { Tables } from './tables.ts';
import { trimRange, type Sentence } from './text.ts';

/**
 * Splits sentences into statements at reporting verbs. A statement's text is
 * the reported content — after the verb and an optional "that", to the end
 * of its clause, without the closing full stop — so that slicing the
 * document at its span gives back exactly its text. A participle clause
 * ("..., adding that ...") or a second verb ("... and called for ...")
 * opens a new statement by the same speaker.
 */

export type VerbForm = { form: string; lemma: string; objectBeforeThat: boolean };

export type VerbTable = { finite: RegExp; participle: RegExp; byForm: Map<string, VerbForm> };

export function compileVerbs(tables: Tables): VerbTable {
  const byForm = new Map<string, VerbForm>();
  const finite: string[] = [];
  const participle: string[] = [];
  for (const verb of tables.reportingVerbs.verbs) {
    const objectBeforeThat = verb.objectBeforeThat ?? false;
    for (const form of verb.forms) {
      byForm.set(form, { form, lemma: verb.lemma, objectBeforeThat });
      finite.push(form);
    }
    for (const form of verb.participles) {
      byForm.set(form, { form, lemma: verb.lemma, objectBeforeThat });
      participle.push(form);
    }
  }
  const alternation = (forms: string[]) =>
    forms.sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|');
  return {
    finite: new RegExp(`(?<![\\p{L}-])(?:${alternation(finite)})(?![\\p{L}-])`, 'gu'),
    participle: new RegExp(`(?<![\\p{L}-])(?:${alternation(participle)})(?![\\p{L}-])`, 'gu'),
    byForm,
  };
}

export type RawStatement = {
  speaker: Speaker | null;
  verb: { text: string; lemma: string; span: [number, number] };
  speechType: 'reported' | 'quoted';
  span: [number, number];
  paragraphIndex: number;
};

export type StatementProblem = { offset: number; message: string };

const OPEN_QUOTES = '"\u201C';
const CLOSE_OF: Record<string, string> = { '"': '"', '\u201C': '\u201D' };

function verbAt(verbs: VerbTable, text: string, start: number, end: number) {
  const written = text.slice(start, end);
  const form = verbs.byForm.get(written.replace(/\s+/g, ' '));
  return form ? { text: written, lemma: form.lemma, span: [start, end] as [number, number], objectBeforeThat: form.objectBeforeThat } : null;
}

/** Where the reported content starts: past "that", a colon, or a listener ("told the forum that"). */
function contentStart(text: string, verbEnd: number, limit: number, objectBeforeThat: boolean): number {
  const rest = text.slice(verbEnd, limit);
  if (objectBeforeThat) {
    const listener = /^\s+(?:[^\s"\u201C]+\s+){0,6}?that\s+/.exec(rest);
    if (listener) return verbEnd + listener[0].length;
  }
  const lead = /^\s*[,:]?\s*(?:that\s+)?/.exec(rest)!;
  return verbEnd + lead[0].length;
}

/** Ranges of text[start, end) that are inside quotation marks. */
function quoteRanges(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = start; i < end; i += 1) {
    const open = text[i]!;
    if (!OPEN_QUOTES.includes(open)) continue;
    const close = text.indexOf(CLOSE_OF[open]!, i + 1);
    if (close === -1 || close >= end) break;
    ranges.push([i, close + 1]);
    i = close;
  }
  return ranges;
}

/** Content end: before a closing full stop and any trailing comma or white space. */
function trimContentEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const [, trimmed] = trimRange(text, start, e);
    e = trimmed;
    if (e > start && /[.,;:]/.test(text[e - 1]!)) e -= 1;
    else return e;
  }
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

  const quotes = quoteRanges(text, sentence.start, sentence.end);
  const slice = text.slice(sentence.start, sentence.end);
  let unrecognised: StatementProblem | null = null;
  verbs.finite.lastIndex = 0;
  for (const m of slice.matchAll(verbs.finite)) {
    const verbStart = sentence.start + m.index;
    if (quotes.some(([s, e]) => s <= verbStart && verbStart < e)) continue;
    const verb = verbAt(verbs, text, verbStart, verbStart + m[0].length)!;
    const subject = resolveSubject(ctx, sentence.start, verbStart, group);
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
    const close = text.indexOf(CLOSE_OF[text[start]!]!, start + 1);
    if (close !== -1 && close < sentence.end) {
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

/** `"...," Ms Bell said.` or `"...," said Ms Bell.` — a quotation first, then who said it. */
function quotedLead(ctx: SpeakerContext, verbs: VerbTable, sentence: Sentence, lastGroup: Speaker | null) {
  const { text } = ctx;
  const open = text[sentence.start]!;
  if (!OPEN_QUOTES.includes(open)) return null;
  const close = text.indexOf(CLOSE_OF[open]!, sentence.start + 1);
  if (close === -1 || close >= sentence.end) return null;
  const restStart = close + 1;
  const rest = text.slice(restStart, sentence.end);
  verbs.finite.lastIndex = 0;
  const m = verbs.finite.exec(rest);
  if (!m) return null;
  const verbStart = restStart + m.index;
  const verb = verbAt(verbs, text, verbStart, verbStart + m[0].length)!;
  const beforeVerb = text.slice(restStart, verbStart).replace(/^\s*,?\s*/, '');
  const subjectStart = verbStart - beforeVerb.length;
  const clauseEnd = trimContentEnd(text, verb.span[1], sentence.end);
  const subject = beforeVerb.trim() !== ''
    ? resolveSubject(ctx, subjectStart, verbStart, lastGroup)
    : resolveSubject(ctx, verb.span[1], clauseEnd, lastGroup);
  if (subject.kind === 'not-a-subject') return null;
  const speaker = subject.kind === 'speaker' || subject.kind === 'unresolved' ? subject.speaker : null;
  const end = trimContentEnd(text, sentence.start + 1, close);
  const statement: RawStatement = {
    speaker,
    verb: { text: verb.text, lemma: verb.lemma, span: verb.span },
    speechType: 'quoted',
    span: [sentence.start + 1, end],
    paragraphIndex: sentence.paragraphIndex,
  };
  const problem = subject.kind === 'unresolved' ? { offset: verbStart, message: subject.problem } : null;
  return { statement, problem };
}
