import type { CorpusDocument, ForumEvent, Speaker, Statement, Theme } from '../corpus/corpus-schema.ts';
import { findDates, resolveDate } from './dates.ts';
import { chooseEventDates } from './event-date.ts';
import {
  compileFormats,
  findEventTitle,
  findFormat,
  findLocation,
  findOrganisers,
  findParticipantCount,
  findParticipation,
  isDescriptive,
  type FormatCue,
} from './event.ts';
import { buildLexicon, findNames, type Lexicon } from './lexicon.ts';
import { collectMentions } from './mentions.ts';
import { createRegister, scanSentence } from './persons.ts';
import { compileVerbs, extractSentenceStatements, type RawStatement, type VerbTable } from './statements.ts';
import type { Tables } from './tables.ts';
import { assignThemes, compileTaxonomy, type ThemeMatcher } from './themes.ts';
import { lineOf, splitParagraphs, splitSentences } from './text.ts';
import { fact, type ExtractWarning, type Provenance } from './types.ts';

export type Source = { id: string; text: string };

export type ExtractedDocument = {
  document: CorpusDocument;
  event: ForumEvent;
  statements: Statement[];
  warnings: ExtractWarning[];
};

type Prepared = { lexicon: Lexicon; themes: ThemeMatcher; verbs: VerbTable; formats: FormatCue[]; taxonomy: readonly Theme[] };
const prepared = new WeakMap<Tables, Prepared>();

function prepare(tables: Tables): Prepared {
  let result = prepared.get(tables);
  if (!result) {
    result = {
      lexicon: buildLexicon(tables),
      themes: compileTaxonomy(tables.taxonomy),
      verbs: compileVerbs(tables),
      formats: compileFormats(tables),
      taxonomy: tables.taxonomy,
    };
    prepared.set(tables, result);
  }
  return result;
}

export function eventIdOf(documentId: string): string {
  return `${documentId}:event`;
}

export function statementIdOf(documentId: string, span: readonly [number, number]): string {
  return `${documentId}:${span[0]}-${span[1]}`;
}

/**
 * Extracts one press release: its document record, the event it reports and
 * every statement in it. Pure: the same source, provenance and tables always
 * give the same result. A release without a date of its own takes the
 * publication date, marked inferred; warnings list everything it would not guess.
 */
export function extractDocument(source: Source, provenance: Provenance, tables: Tables): ExtractedDocument {
  const { id: docId, text } = source;
  const { lexicon, themes, verbs, formats } = prepare(tables);
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

  const event = extractEvent();
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

  function extractEvent(): ForumEvent {
    const titleSpan = findEventTitle(text, paragraphs[0]);
    const title = titleSpan
      ? fact(text.slice(titleSpan[0], titleSpan[1]), titleSpan, false)
      : fact(
          provenance.title ?? `Event reported by ${provenance.publisher} on ${provenance.publishedOn}`,
          [0, 0],
          true,
          provenance.title ? 'The text names no event; the document title stands in.' : 'The text names no event; this title only says where it was reported.',
        );
    if (!titleSpan) warn(0, 'no event name found in the opening paragraph; the event title is a placeholder');
    const format = findFormat(formats, text);
    const participation = findParticipation(text, sentences, names);
    for (const unknown of participation.unresolved) {
      warn(unknown.offset, `"${unknown.name}" in a list of participants is not a known country or organisation; left out`);
    }
    const statementSpans = statements.map((s) => s.span);
    const outside = (start: number, end: number) => !statementSpans.some(([s, e]) => s <= start && end <= e);
    const themeRanges = [
      ...(titleSpan ? [titleSpan] : []),
      ...sentences.filter((s) => isDescriptive(text, s) && outside(s.start, s.end)).map((s) => [s.start, s.end] as [number, number]),
    ];
    const participantCount = findParticipantCount(text);
    const place = format?.value === 'online' ? null : findLocation(text, names);
    const location = format?.value === 'online'
      ? fact({ kind: 'online' as const }, format.span, format.inferred, format.reason)
      : place;
    const event: ForumEvent = {
      id: eventId,
      documentId: docId,
      title,
      startDate: dates.start,
      ...(dates.end ? { endDate: dates.end } : {}),
      datePrecision: dates.precision,
      ...(location ? { location } : {}),
      ...(format ? { format } : {}),
      organisers: findOrganisers(text, 0, text.length),
      ...(participantCount ? { participantCount } : {}),
      participatingCountries: participation.countries as ForumEvent['participatingCountries'],
      participatingOrganisations: participation.organisations,
      themes: themeRanges
        .flatMap(([s, e]) => assignThemes(themes, text, s, e))
        .sort((a, b) => a.span[0] - b.span[0]),
      ...collectMentions(names, 0, text.length, [...statementSpans, ...participation.itemSpans, ...(titleSpan ? [titleSpan] : [])]),
    };
    return event;
  }
}
