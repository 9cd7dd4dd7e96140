import type { CorpusDocument, ForumEvent, Speaker, Statement, Theme } from '../corpus/corpus-schema.ts';
import { findDates, resolveDate } from './dates.ts';
import { chooseEventDates } from './event-date.ts';
import { compileFormats, type FormatCue } from './event-format.ts';
import { extractEvent } from './extract-event.ts';
import { indexGazetteer, type CityIndex } from './gazetteer.ts';
import { buildLexicon, findNames, type Lexicon } from './lexicon.ts';
import { collectMentions } from './mentions.ts';
import { createRegister, scanSentence } from './persons.ts';
import { compileVerbs, extractSentenceStatements, type RawStatement, type VerbTable } from './statements.ts';
import type { Tables } from './tables.ts';
import { assignThemes, compileTaxonomy, type ThemeMatcher } from './themes.ts';
import { eventIdOf, statementIdOf } from './record-ids.ts';
import { lineOf, splitParagraphs, splitSentences } from './text.ts';
import type { ExtractWarning, Provenance } from './types.ts';

export type Source = { id: string; text: string };

export type ExtractedDocument = {
  document: CorpusDocument;
  event: ForumEvent;
  statements: Statement[];
  warnings: ExtractWarning[];
};

type Prepared = { lexicon: Lexicon; themes: ThemeMatcher; verbs: VerbTable; formats: FormatCue[]; taxonomy: readonly Theme[]; cities: CityIndex };
const prepared = new WeakMap<Tables, Prepared>();

/** The compiled lexicons for `tables`, built once per tables object. */
export function prepare(tables: Tables): Prepared {
  let result = prepared.get(tables);
  if (!result) {
    result = {
      lexicon: buildLexicon(tables),
      themes: compileTaxonomy(tables.taxonomy),
      verbs: compileVerbs(tables),
      formats: compileFormats(tables),
      taxonomy: tables.taxonomy,
      cities: indexGazetteer(tables.gazetteer),
    };
    prepared.set(tables, result);
  }
  return result;
}

export { eventIdOf, statementIdOf };

/**
 * Extracts one press release: its document record, the event it reports and
 * every statement in it. Pure: the same source, provenance and tables always
 * give the same result. A release without a date of its own takes the
 * publication date, marked inferred; warnings list everything it would not guess.
 */
export function extractDocument(source: Source, provenance: Provenance, tables: Tables): ExtractedDocument {
  const { id: docId, text } = source;
  const { lexicon, themes, verbs, formats, cities } = prepare(tables);
  const warnings: ExtractWarning[] = [];
  const warn = (offset: number, message: string) => warnings.push({ line: lineOf(text, offset), message });

  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  const names = findNames(lexicon, text);
  for (const name of names) {
    if (name.value.kind === 'ambiguous') {
      warn(name.start, `"${name.surface}" may name ${name.value.codes.join(' or ')}; left unresolved`);
    }
  }

  // Dates: the event's is the first in the opening paragraph, else the first anywhere.
  const dated = findDates(text).flatMap((mention) => {
    const resolved = resolveDate(mention, provenance.publishedOn);
    if ('invalid' in resolved) {
      warn(mention.start, `"${text.slice(mention.start, mention.end)}" is not a real date: ${resolved.invalid}`);
      return [];
    }
    return [{ mention, resolved }];
  });
  const dates = chooseEventDates(text, paragraphs[0], dated, provenance.publishedOn, warn);

  // People, in document order, then statements sentence by sentence.
  const register = createRegister();
  const speakerContext = { docId, text, tables, names, register };
  for (const sentence of sentences) scanSentence(register, { text, tables, names }, sentence);
  const raw: RawStatement[] = [];
  let group: Speaker | null = null;
  for (const sentence of sentences) {
    const found = extractSentenceStatements(speakerContext, verbs, sentence, group);
    group = found.group;
    raw.push(...found.statements);
    for (const problem of found.problems) warn(problem.offset, problem.message);
  }

  const eventId = eventIdOf(docId);
  const statements: Statement[] = raw.map((s) => ({
    id: statementIdOf(docId, s.span),
    documentId: docId,
    eventId,
    speaker: s.speaker,
    verb: s.verb,
    speechType: s.speechType,
    text: text.slice(s.span[0], s.span[1]),
    span: s.span,
    paragraphIndex: s.paragraphIndex,
    themes: assignThemes(themes, text, s.span[0], s.span[1]),
    ...collectMentions(names, s.span[0], s.span[1]),
  }));

  const event = extractEvent({
    eventId, docId, text, provenance, paragraphs, sentences, names, register, statements, dates, dated, formats, themes, cities, warn,
  });
  const document: CorpusDocument = {
    id: docId,
    ...(provenance.title !== undefined ? { title: provenance.title } : {}),
    publisher: provenance.publisher,
    sourceUrl: provenance.url,
    publishedOn: provenance.publishedOn,
    ...(provenance.publishedOnNote !== undefined ? { publishedOnNote: provenance.publishedOnNote } : {}),
    language: provenance.language,
    ...(provenance.retrievedOn !== undefined ? { retrievedOn: provenance.retrievedOn } : {}),
    text,
  };
  return { document, event, statements, warnings };
}
