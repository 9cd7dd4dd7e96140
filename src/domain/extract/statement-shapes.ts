import type { Speaker } from '../corpus/corpus-schema.ts';
import { CLOSE_OF, OPEN_QUOTES } from './quotes.ts';
import { trimContentEnd, verbAt, type RawStatement, type StatementProblem, type VerbTable } from './reporting-verbs.ts';
import { resolveSubject, type SpeakerContext, type SubjectResult } from './speakers.ts';
import type { Sentence } from './text.ts';

/**
 * Statement shapes other than "speaker verb content": a quotation first
 * (`"...," Ms Bell said.`), an attribution after the clause without
 * quotation marks ("…, Zhang Ming said."), and a reporting verb after
 * another one ("Mr Norov focused on security and said that …").
 */

type Found = { statement: RawStatement; problem: StatementProblem | null };

const speakerOf = (subject: SubjectResult) => (subject.kind === 'speaker' || subject.kind === 'unresolved' ? subject.speaker : null);
const problemOf = (subject: SubjectResult, offset: number): StatementProblem | null =>
  subject.kind === 'unresolved' ? { offset, message: subject.problem } : subject.kind === 'speaker' && subject.note ? { offset, message: subject.note } : null;

/** `"...," Ms Bell said.` or `"...," said Ms Bell.` — a quotation first, then who said it. */
export function quotedLead(ctx: SpeakerContext, verbs: VerbTable, sentence: Sentence, lastGroup: Speaker | null): Found | null {
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
  const end = trimContentEnd(text, sentence.start + 1, close);
  const statement: RawStatement = {
    speaker: speakerOf(subject),
    verb: { text: verb.text, lemma: verb.lemma, span: verb.span },
    speechType: 'quoted',
    span: [sentence.start + 1, end],
    paragraphIndex: sentence.paragraphIndex,
  };
  return { statement, problem: problemOf(subject, verbStart) };
}

/**
 * "Digital platforms could bring markets closer, Zhang Ming said." — the
 * clause before the last comma is what the speaker after it said.
 */
export function trailingAttribution(ctx: SpeakerContext, verbs: VerbTable, sentence: Sentence, lastGroup: Speaker | null): Found | null {
  const { text } = ctx;
  if (OPEN_QUOTES.includes(text[sentence.start]!)) return null;
  const slice = text.slice(sentence.start, sentence.end);
  const comma = slice.lastIndexOf(',');
  if (comma === -1) return null;
  const tailStart = sentence.start + comma + 1;
  const tail = text.slice(tailStart, sentence.end);
  verbs.finite.lastIndex = 0;
  const m = [...tail.matchAll(verbs.finite)].at(-1);
  if (!m) return null;
  const verbStart = tailStart + m.index;
  const verb = verbAt(verbs, text, verbStart, verbStart + m[0].length)!;
  const after = text.slice(verb.span[1], sentence.end);
  const before = text.slice(tailStart, verbStart);
  // "…, Zhang Ming said." or "…, said Zhang Ming."
  let subject: SubjectResult;
  if (/^\s*[.!]?\s*$/.test(after) && before.trim() !== '') subject = resolveSubject(ctx, tailStart, verbStart, lastGroup);
  else if (before.trim() === '' && /^\s+\S/.test(after)) subject = resolveSubject(ctx, verb.span[1], trimContentEnd(text, verb.span[1], sentence.end), lastGroup);
  else return null;
  if (subject.kind !== 'speaker' && subject.kind !== 'unresolved') return null;
  const end = trimContentEnd(text, sentence.start, sentence.start + comma);
  // The clause must say something: at least a few words.
  if (text.slice(sentence.start, end).split(/\s+/).length < 4) return null;
  return {
    statement: {
      speaker: speakerOf(subject),
      verb: { text: verb.text, lemma: verb.lemma, span: verb.span },
      speechType: 'reported',
      span: [sentence.start, end],
      paragraphIndex: sentence.paragraphIndex,
    },
    problem: problemOf(subject, verbStart),
  };
}

/**
 * "Mr Norov focused on security matters and said that …": when the words
 * before a reporting verb end in "and", the subject is whoever the first
 * verb of the sentence has — the shortest opening that names a speaker.
 */
export function coordinatedSubject(ctx: SpeakerContext, start: number, verbStart: number, lastGroup: Speaker | null): SubjectResult | null {
  const { text } = ctx;
  const before = text.slice(start, verbStart);
  if (!/\s+and\s+(?:also\s+)?$/.test(before)) return null;
  for (const gap of before.matchAll(/\s+(?=\p{Ll})/gu)) {
    const cut = start + gap.index;
    if (cut === start) continue;
    const subject = resolveSubject(ctx, start, cut, lastGroup);
    if (subject.kind === 'speaker' || subject.kind === 'unresolved') return subject;
  }
  return null;
}
