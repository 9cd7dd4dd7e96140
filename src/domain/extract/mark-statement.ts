import type { CorpusDocument, ForumEvent, Statement } from '../corpus/corpus-schema.ts';
import { prepare } from './extract-document.ts';
import { statementIdOf } from './record-ids.ts';
import { findNames } from './lexicon.ts';
import { collectMentions } from './mentions.ts';
import { createRegister, scanSentence } from './persons.ts';
import { CLOSE_OF, OPEN_QUOTES, quoteRanges } from './quotes.ts';
import { trimContentEnd, verbAt } from './reporting-verbs.ts';
import { resolveSubject, type SubjectResult } from './speakers.ts';
import type { Tables } from './tables.ts';
import { assignThemes } from './themes.ts';
import { slugify, splitParagraphs, splitSentences, trimRange } from './text.ts';

export type MarkedStatement = { statement: Statement; note: string | null } | { problem: string };

type Release = { document: CorpusDocument; event: ForumEvent; statements: readonly Statement[] };

const CLOSE_QUOTES = new Set(Object.values(CLOSE_OF));

/**
 * A statement the extractor missed, from the words an analyst selected: the
 * span trimmed of white space, quotation marks and closing punctuation; the
 * reporting verb nearest the words in their sentence; the speaker the
 * extractor's own rules find for that verb; themes and mentions read as for
 * any statement. The analyst reviews it like the others (speaker, themes),
 * so what cannot be read is left for them rather than guessed.
 */
export function markStatement(release: Release, selection: readonly [number, number], tables: Tables): MarkedStatement {
  const { text, id: docId } = release.document;
  let [start, end] = trimRange(text, Math.max(0, selection[0]), Math.min(text.length, selection[1]));
  if (OPEN_QUOTES.includes(text[start] ?? '')) start += 1;
  if (CLOSE_QUOTES.has(text[end - 1] ?? '')) end -= 1;
  end = trimContentEnd(text, start, end);
  [start, end] = trimRange(text, start, end);
  if (end - start < 3 || !/\p{L}/u.test(text.slice(start, end))) return { problem: 'Select the words the official said: at least a few words of the text.' };

  const paragraphs = splitParagraphs(text);
  const paragraph = paragraphs.find((p) => p.start <= start && start < p.end);
  if (!paragraph || end > paragraph.end) return { problem: 'A statement lies within one paragraph: select words of one paragraph only.' };
  const overlapping = release.statements.find((s) => s.span[0] < end && start < s.span[1]);
  if (overlapping) {
    return { problem: `These words are part of a statement already (“${overlapping.text.slice(0, 60)}${overlapping.text.length > 60 ? '…' : ''}”); drop that one first to mark it differently.` };
  }

  const { lexicon, verbs, themes } = prepare(tables);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  const around = sentences.filter((s) => s.paragraphIndex === paragraph.index && s.start < end && start < s.end);
  const first = around[0] ?? { paragraphIndex: paragraph.index, start: paragraph.start, end: paragraph.end };
  const last = around.at(-1) ?? first;
  const quotes = quoteRanges(text, paragraph.start, paragraph.end);
  const inQuote = (offset: number) => quotes.some(([s, e]) => s <= offset && offset < e);

  // Reporting verbs of the selection's sentences outside the selection and
  // outside quotations, nearest first.
  const candidates: Array<{ start: number; end: number }> = [];
  const region = text.slice(first.start, last.end);
  verbs.finite.lastIndex = 0;
  for (const m of region.matchAll(verbs.finite)) {
    const verbStart = first.start + m.index;
    const verbEnd = verbStart + m[0].length;
    if ((verbStart < end && start < verbEnd) || inQuote(verbStart)) continue;
    candidates.push({ start: verbStart, end: verbEnd });
  }
  const distance = (v: { start: number; end: number }) => (v.end <= start ? start - v.end : v.start - end);
  candidates.sort((a, b) => distance(a) - distance(b));
  const nearest = candidates[0];
  if (!nearest) {
    return { problem: 'No reporting verb (such as “said” or “stressed”) in the sentence outside the selected words: Forum Atlas keeps a statement with the verb that reports it.' };
  }
  const verb = verbAt(verbs, text, nearest.start, nearest.end)!;

  const names = findNames(lexicon, text);
  const register = createRegister();
  for (const sentence of sentences) scanSentence(register, { text, tables, names }, sentence);
  const ctx = { docId, text, tables, names, register };
  const verbSentence = sentences.find((s) => s.start <= verb.span[0] && verb.span[0] < s.end) ?? first;
  // After the words, the subject starts past the closing quotation mark and comma.
  const afterWords = end + (/^[\s,;:"\u201D]*/.exec(text.slice(end))?.[0].length ?? 0);
  let subject: SubjectResult = resolveSubject(ctx, verb.span[0] > end ? Math.min(afterWords, verb.span[0]) : verbSentence.start, verb.span[0], null);
  if (subject.kind === 'not-a-subject' && verb.span[0] > end) {
    // `"…," said Ms Bell.`: the speaker follows the verb.
    subject = resolveSubject(ctx, verb.span[1], trimContentEnd(text, verb.span[1], verbSentence.end), null);
  }
  let speaker = subject.kind === 'speaker' || subject.kind === 'unresolved' ? subject.speaker : null;
  let note = subject.kind === 'unresolved' ? subject.problem : null;
  if (speaker === null && subject.kind === 'not-a-subject' && verb.span[0] < start) {
    // The analyst says these words are a statement, so the words before the
    // verb name who made it, even when they are no name or title the
    // extractor knows ("the moderator of the session").
    const lead = text.slice(verbSentence.start, verb.span[0]);
    const [s0, e0] = trimRange(text, verbSentence.start + lead.lastIndexOf(',') + 1, verb.span[0]);
    const words = text.slice(s0, e0);
    if (words !== '' && words.split(/\s+/).length <= 8) {
      speaker = { id: `${docId}:${slugify(words.replace(/^the\s+/i, ''))}`, name: null, role: null, organisation: null, country: null, mention: words, mentionSpan: [s0, e0] };
      note = `The speaker is read as “${words}”, which is no name or title the extractor knows; check it.`;
    }
  }
  if (speaker === null) note = `No speaker found for “${verb.text}”; choose one if the text names them.`;
  const span: [number, number] = [start, end];
  const statement: Statement = {
    id: statementIdOf(docId, span),
    documentId: docId,
    eventId: release.event.id,
    speaker,
    verb: { text: verb.text, lemma: verb.lemma, span: verb.span },
    speechType: inQuote(start) ? 'quoted' : 'reported',
    text: text.slice(start, end),
    span,
    paragraphIndex: paragraph.index,
    themes: assignThemes(themes, text, start, end),
    ...collectMentions(names, start, end),
  };
  return { statement, note };
}
