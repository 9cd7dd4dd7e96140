import type { Corpus, IsoDate } from '../corpus/corpus-schema.ts';
import { formatCalendarDate } from '../format/format-date.ts';
import { SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * "Copy citation": one plain-text paragraph that says who said what, when,
 * at which event, who published it and where to read it.
 *
 * Reported speech is the publisher's paraphrase, so it is cited as their
 * account, without quotation marks:
 *   Vladimir Norov (SCO Secretary-General) stressed, as reported by the SCO
 *   Secretariat, that terrorism remains a threat. Event: "Asia-Pacific Video
 *   Forum on Public Security", 17 August 2020. Source: SCO Secretariat,
 *   published 18 August 2020, https://… (accessed 28 November 2026). Forum
 *   Atlas corpus abc123def456, statement doc:10-52.
 * Quoted speech keeps its words in quotation marks:
 *   Ana Ruiz (Director) said: “Terrorism threatens everyone”. Event: …
 */
export type CitationInput = {
  corpus: Corpus;
  statementId: string;
  corpusVersion: string;
  /** The reader's date of access (their local calendar date). */
  accessedOn: IsoDate;
};

// Names of bodies that read naturally with "the" ("the SCO Secretariat").
const INSTITUTION_NOUN = /\b(secretariat|ministry|office|department|commission|council|agency|service|committee|mission|embassy|government|organisation|organization|bureau)$/i;

export function withArticle(publisher: string): string {
  return INSTITUTION_NOUN.test(publisher.trim()) && !/^the\s/i.test(publisher) ? `the ${publisher}` : publisher;
}

function describeSpeaker(speaker: Corpus['statements'][number]['speaker']): string {
  if (!speaker) return 'An unidentified speaker';
  const details = [speaker.role, speaker.organisation].filter((part): part is string => part !== null);
  if (speaker.name !== null) return details.length > 0 ? `${speaker.name} (${details.join(', ')})` : speaker.name;
  if (speaker.role !== null) {
    const role = /^the\s/i.test(speaker.role) ? speaker.role : `The ${speaker.role}`;
    return speaker.organisation !== null ? `${role} (${speaker.organisation})` : role;
  }
  if (speaker.organisation !== null) return withArticle(speaker.organisation).replace(/^the /, 'The ');
  return 'An unidentified speaker';
}

const TRAILING_STOP = /[\s.;:,]+$/u;

/** The content clause of reported speech, without a leading "that" or a trailing stop. */
function clauseOf(text: string): string {
  return text.trim().replace(/^that\s+/i, '').replace(TRAILING_STOP, '');
}

function eventDate(event: Corpus['events'][number]): string {
  const start = formatCalendarDate(event.startDate.value, event.datePrecision);
  const end = event.endDate?.value;
  if (end === undefined || end === event.startDate.value) return start;
  return `${start} – ${formatCalendarDate(end, event.datePrecision)}`;
}

export function formatCitation(input: CitationInput): string {
  const { corpus } = input;
  const statement = corpus.statements.find((s) => s.id === input.statementId);
  if (!statement) throw new Error(`statement ${input.statementId} is not in the corpus`);
  const document = corpus.documents.find((d) => d.id === statement.documentId);
  const event = corpus.events.find((e) => e.id === statement.eventId);
  if (!document || !event) throw new Error(`statement ${statement.id} refers to a missing document or event`);

  const speaker = describeSpeaker(statement.speaker);
  const said =
    statement.speechType === 'reported'
      ? `${speaker} ${statement.verb.text}, as reported by ${withArticle(document.publisher)}, that ${clauseOf(statement.text)}.`
      : `${speaker} ${statement.verb.text}: “${statement.text.trim().replace(TRAILING_STOP, '')}”.`;
  const parts = [
    said,
    `Event: “${event.title.value}”, ${eventDate(event)}.`,
    `Source: ${document.publisher}${document.title ? `, “${document.title}”` : ''}, published ${formatCalendarDate(document.publishedOn)}, ${document.sourceUrl} (accessed ${formatCalendarDate(input.accessedOn)}).`,
    `Forum Atlas corpus ${input.corpusVersion}, statement ${statement.id}.`,
  ];
  if (corpus.synthetic) parts.push(`${SYNTHETIC_NOTICE}.`);
  return parts.join(' ');
}
