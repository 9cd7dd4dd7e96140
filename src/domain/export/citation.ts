import type { Corpus, IsoDate } from '../corpus/corpus-schema.ts';
import { formatCalendarDate } from '../format/format-date.ts';
import { SYNTHETIC_NOTICE } from '../synthetic/synthetic-label.ts';

/**
 * "Copy citation": one plain-text paragraph that says who said what, when,
 * at which event, who published it and where to read it.
 *
 * Reported speech is the publisher's paraphrase, so it is cited as their
 * account, without quotation marks, and the reported words follow the verb
 * the way the release joined them: a clause after "that", or the object of
 * the verb when the release had no "that":
 *   As reported by the SCO Secretariat, Vladimir Norov (Secretary-General,
 *   SCO) stressed that terrorism remains a threat. / … called for promoting
 *   inclusive cooperation. Event: "Asia-Pacific Video Forum on Public
 *   Security", 17 August 2020. Source: SCO Secretariat, published 18 August
 *   2020, https://… (accessed 28 November 2026). Forum Atlas corpus
 *   abc123def456, statement doc:10-52.
 * A participle clause ("…, adding that …") is cited with the finite verb
 * ("added that …"), since the citation is a sentence of its own.
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

type Statement = Corpus['statements'][number];

// Names of bodies that read naturally with "the" ("the SCO Secretariat").
const INSTITUTION_NOUN = /\b(secretariat|ministry|office|department|commission|council|agency|service|committee|mission|embassy|government|organisation|organization|bureau)$/i;

export function withArticle(publisher: string): string {
  return INSTITUTION_NOUN.test(publisher.trim()) && !/^the\s/i.test(publisher) ? `the ${publisher}` : publisher;
}

function describeSpeaker(speaker: Statement['speaker']): string {
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

/** Past tenses that are not the participle's stem + "-ed" ("saying" → "said"), by lemma. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  say: 'said', tell: 'told', speak: 'spoke', write: 'wrote', think: 'thought', give: 'gave', hold: 'held', make: 'made', go: 'went',
};

/**
 * The finite (past) form of a reporting verb as written: "adding" → "added",
 * "calling for" → "called for", "saying" → "said", "emphasizing" →
 * "emphasized" (the writer's spelling kept); a finite form stays as it is.
 */
export function finiteVerb(written: string, lemma: string): string {
  const [head = '', ...rest] = written.trim().split(/\s+/);
  if (!/^\p{L}{2,}ing$/u.test(head)) return written.trim();
  const stem = head.slice(0, -3);
  const past = IRREGULAR_PAST[lemma.trim().split(/\s+/)[0]!.toLowerCase()] ?? (stem.endsWith('e') ? `${stem}d` : `${stem}ed`);
  return [past, ...rest].join(' ');
}

const TRAILING_STOP = /[\s.;:,]+$/u;

function withoutTrailingStop(text: string): string {
  return text.trim().replace(TRAILING_STOP, '');
}

/** "The SCO Secretary-General" → "the SCO Secretary-General" inside a sentence; names keep their capitals. */
function midSentence(phrase: string): string {
  return phrase.replace(/^(The|An|A)\s/, (article) => article.toLowerCase());
}

/**
 * The words the release put between the verb and the reported words, read
 * from the document: "that", a listener and "that" ("the forum that"), or
 * nothing when the reported words are the verb's object ("called for
 * promoting …", "stressed the role …"). Commas and colons are dropped.
 * Null when the document cannot tell (the statement's span holds its verb).
 */
function wordsBetween(statement: Statement, documentText: string): string | null {
  const verbEnd = statement.verb.span[1];
  const start = statement.span[0];
  if (verbEnd > start || start > documentText.length) return null;
  const between = documentText.slice(verbEnd, start).replace(/[,:;]/g, ' ').replace(/\s+/g, ' ').trim();
  return between.length > 80 ? null : between;
}

/**
 * A reported statement as a sentence of its own (no final stop): speaker,
 * finite verb, then the reported words joined as the release joined them.
 */
export function reportedSentence(speaker: string, statement: Statement, documentText: string): string {
  const words = withoutTrailingStop(statement.text);
  const between = wordsBetween(statement, documentText);
  // The statement holds its speaker and verb: it is a sentence already.
  if (between === null) return midSentence(words);
  const verb = finiteVerb(statement.verb.text, statement.verb.lemma);
  // A "that" the statement's own text starts with is never doubled.
  const join = /^that\s/i.test(words) ? between.replace(/\s*\bthat$/i, '') : between;
  return [speaker, verb, join, words].filter((part) => part !== '').join(' ');
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
      ? `As reported by ${withArticle(document.publisher)}, ${reportedSentence(midSentence(speaker), statement, document.text)}.`
      : `${speaker} ${finiteVerb(statement.verb.text, statement.verb.lemma)}: “${withoutTrailingStop(statement.text)}”.`;
  const parts = [
    said,
    `Event: “${event.title.value}”, ${eventDate(event)}.`,
    `Source: ${document.publisher}${document.title ? `, “${document.title}”` : ''}, published ${formatCalendarDate(document.publishedOn)}, ${document.sourceUrl} (accessed ${formatCalendarDate(input.accessedOn)}).`,
    `Forum Atlas corpus ${input.corpusVersion}, statement ${statement.id}.`,
  ];
  if (corpus.synthetic) parts.push(`${SYNTHETIC_NOTICE}.`);
  return parts.join(' ');
}
