import { formatCount } from '../format/format-count.ts';
import { UNTHEMED } from '../engine/contract.ts';
import { quote, shorten, type CorpusProblem } from './corpus-problems.ts';
import type { Corpus, CorpusDocument, ForumEvent, Span, Statement, Theme, ThemeAssignment } from './corpus-schema.ts';
import { isCountryCode } from './countries.ts';
import { URL_ID_PATTERN, URL_THEME_ID_PATTERN } from './linkable-ids.ts';

/**
 * What the schema cannot say about a corpus: ids are unique, references
 * resolve, spans lie inside their document (and a statement's span slices
 * exactly its text), country codes are assigned ISO 3166-1 alpha-3 codes,
 * an event does not end before it starts, and ids fit in a link.
 *
 * The checks run record by record, in file order (taxonomy, documents,
 * events, statements), so that a tolerant reader can exclude one record and
 * let the records that depend on it know why they are excluded too.
 */

export type RecordCollection = 'taxonomy' | 'documents' | 'events' | 'statements';

export const RECORD_COLLECTIONS: readonly RecordCollection[] = ['taxonomy', 'documents', 'events', 'statements'];

export const RECORD_NOUNS: Readonly<Record<RecordCollection, { one: string; many: string }>> = {
  taxonomy: { one: 'theme', many: 'themes' },
  documents: { one: 'document', many: 'documents' },
  events: { one: 'event', many: 'events' },
  statements: { one: 'statement', many: 'statements' },
};

export type RecordVerdict = {
  /** Everything wrong with the record, its own problems first. */
  problems: CorpusProblem[];
  /** True when the only problem is that a record it belongs to was excluded. */
  dependent: boolean;
};

type Entry<T> = { index: number; excluded: boolean; record: T | null };

const LINK_ID_RULE = 'ids may use only letters, digits and . : ~ - _ (at most 200)';

/** Collects the problems of one record, with full JSON paths. */
function recordProblems(base: string, id: string) {
  const own: CorpusProblem[] = [];
  const dependencies: CorpusProblem[] = [];
  const recordId = shorten(id);
  return {
    own,
    dependencies,
    add(path: string, message: string) {
      own.push({ path: base + path, recordId, message });
    },
    dependOn(path: string, message: string) {
      dependencies.push({ path: base + path, recordId, message });
    },
    verdict(): RecordVerdict {
      return { problems: [...own, ...dependencies], dependent: own.length === 0 && dependencies.length > 0 };
    },
  };
}

type Problems = ReturnType<typeof recordProblems>;

function spanText([start, end]: Span): string {
  return `[${start}, ${end}]`;
}

/** True when the span lies inside the document; otherwise records why not. */
function checkSpan(p: Problems, path: string, span: Span, doc: CorpusDocument | null): boolean {
  if (doc === null) return false;
  if (span[1] <= doc.text.length) return true;
  p.add(
    path,
    `span ${spanText(span)} ends after the end of document ${quote(doc.id)} (${formatCount(doc.text.length)} characters)`,
  );
  return false;
}

function checkCountry(p: Problems, path: string, code: string): void {
  if (!isCountryCode(code)) p.add(path, `${quote(code)} is not an assigned ISO 3166-1 alpha-3 country code`);
}

/**
 * Checks records one at a time against those already seen. The first record
 * with an id keeps it; later ones are reported as duplicates. A caller that
 * excludes a record calls `exclude`, and records that refer to it are then
 * told that they depend on an excluded record; a caller that only reports
 * never excludes, so every reference to a known id resolves. A record may be
 * checked again at the same index (after parts of it were dropped): its id
 * is then its own, not a duplicate.
 */
export function createRecordChecker() {
  const themes = new Map<string, Entry<Theme>>();
  const documents = new Map<string, Entry<CorpusDocument>>();
  const events = new Map<string, Entry<ForumEvent>>();
  const statements = new Map<string, Entry<Statement>>();
  const registries = { taxonomy: themes, documents, events, statements } as const;

  function claimId<T>(
    p: Problems,
    collection: RecordCollection,
    index: number,
    id: string,
    record: T,
  ): void {
    const registry = registries[collection] as Map<string, Entry<T>>;
    const first = registry.get(id);
    if (first === undefined) registry.set(id, { index, excluded: false, record });
    // The same record checked again once its bad parts are dropped: keep the kept form.
    else if (first.index === index) first.record = record;
    else p.add('.id', `duplicate id ${quote(id)}: ${collection}[${first.index}] already uses it`);
  }

  /** The record an id refers to, or null after saying why it is unusable. */
  function resolve<T>(p: Problems, path: string, collection: RecordCollection, id: string): T | null {
    const entry = (registries[collection] as Map<string, Entry<T>>).get(id);
    const noun = RECORD_NOUNS[collection].one;
    if (entry === undefined) {
      p.add(path, `refers to ${noun} ${quote(id)}, which is not in the corpus`);
      return null;
    }
    if (entry.excluded || entry.record === null) {
      p.dependOn(path, `refers to ${noun} ${quote(id)} (${collection}[${entry.index}]), which is excluded`);
      return null;
    }
    return entry.record;
  }

  function checkThemes(p: Problems, path: string, assignments: readonly ThemeAssignment[], doc: CorpusDocument | null) {
    assignments.forEach((assignment, i) => {
      resolve<Theme>(p, `${path}[${i}].themeId`, 'taxonomy', assignment.themeId);
      checkSpan(p, `${path}[${i}].span`, assignment.span, doc);
    });
  }

  function checkLinkId(p: Problems, path: string, id: string): void {
    if (!URL_ID_PATTERN.test(id)) p.add(path, `id ${quote(id)} cannot be carried in a link: ${LINK_ID_RULE}`);
  }

  function theme(record: Theme, index: number): RecordVerdict {
    const p = recordProblems(`taxonomy[${index}]`, record.id);
    if (record.id === UNTHEMED) {
      p.add('.id', `theme id ${quote(UNTHEMED)} is reserved for statements without a theme`);
    } else if (!URL_THEME_ID_PATTERN.test(record.id)) {
      p.add('.id', `theme id ${quote(record.id)} cannot be carried in a link: theme ids are at most 80 characters`);
    }
    claimId(p, 'taxonomy', index, record.id, record);
    return p.verdict();
  }

  function document(record: CorpusDocument, index: number): RecordVerdict {
    const p = recordProblems(`documents[${index}]`, record.id);
    // The reader links to the source; only web addresses may be followed.
    if (!/^https?:\/\//i.test(record.sourceUrl)) {
      p.add('.sourceUrl', `${quote(record.sourceUrl)} is not an http or https address`);
    }
    claimId(p, 'documents', index, record.id, record);
    return p.verdict();
  }

  function event(record: ForumEvent, index: number): RecordVerdict {
    const p = recordProblems(`events[${index}]`, record.id);
    checkLinkId(p, '.id', record.id);
    claimId(p, 'events', index, record.id, record);
    const doc = resolve<CorpusDocument>(p, '.documentId', 'documents', record.documentId);

    checkSpan(p, '.title.span', record.title.span, doc);
    checkSpan(p, '.startDate.span', record.startDate.span, doc);
    if (record.endDate !== undefined) {
      checkSpan(p, '.endDate.span', record.endDate.span, doc);
      if (record.endDate.value < record.startDate.value) {
        p.add('.endDate.value', `the event ends (${record.endDate.value}) before it starts (${record.startDate.value})`);
      }
    }
    if (record.location !== undefined) {
      checkSpan(p, '.location.span', record.location.span, doc);
      const where = record.location.value;
      if (where.kind === 'place' && where.country !== null) checkCountry(p, '.location.value.country', where.country);
    }
    if (record.format !== undefined) checkSpan(p, '.format.span', record.format.span, doc);
    if (record.participantCount !== undefined) checkSpan(p, '.participantCount.span', record.participantCount.span, doc);
    record.organisers.forEach((fact, i) => checkSpan(p, `.organisers[${i}].span`, fact.span, doc));
    record.participatingCountries.forEach((fact, i) => {
      checkCountry(p, `.participatingCountries[${i}].value`, fact.value);
      checkSpan(p, `.participatingCountries[${i}].span`, fact.span, doc);
    });
    record.participatingOrganisations.forEach((fact, i) =>
      checkSpan(p, `.participatingOrganisations[${i}].span`, fact.span, doc),
    );
    checkThemes(p, '.themes', record.themes, doc);
    return p.verdict();
  }

  function statement(record: Statement, index: number): RecordVerdict {
    const p = recordProblems(`statements[${index}]`, record.id);
    checkLinkId(p, '.id', record.id);
    claimId(p, 'statements', index, record.id, record);
    const doc = resolve<CorpusDocument>(p, '.documentId', 'documents', record.documentId);
    const owner = resolve<ForumEvent>(p, '.eventId', 'events', record.eventId);
    if (owner !== null && owner.documentId !== record.documentId) {
      p.add(
        '.eventId',
        `event ${quote(owner.id)} belongs to document ${quote(owner.documentId)}, not to ${quote(record.documentId)}`,
      );
    }

    if (checkSpan(p, '.span', record.span, doc) && doc !== null) {
      const slice = doc.text.slice(record.span[0], record.span[1]);
      if (slice !== record.text) {
        p.add(
          '.text',
          `the text is not what the document says at ${spanText(record.span)}: the document has ${quote(slice)}, the statement ${quote(record.text)}`,
        );
      }
    }
    checkSpan(p, '.verb.span', record.verb.span, doc);
    if (record.speaker !== null) {
      checkLinkId(p, '.speaker.id', record.speaker.id);
      checkSpan(p, '.speaker.mentionSpan', record.speaker.mentionSpan, doc);
      if (record.speaker.resolvedFrom !== undefined) {
        checkSpan(p, '.speaker.resolvedFrom', record.speaker.resolvedFrom, doc);
      }
    }
    checkThemes(p, '.themes', record.themes, doc);
    record.mentionedCountries.forEach((mention, i) => {
      checkCountry(p, `.mentionedCountries[${i}].code`, mention.code);
      checkSpan(p, `.mentionedCountries[${i}].span`, mention.span, doc);
    });
    record.mentionedOrganisations.forEach((mention, i) =>
      checkSpan(p, `.mentionedOrganisations[${i}].span`, mention.span, doc),
    );
    record.mentionedPlaces.forEach((mention, i) => checkSpan(p, `.mentionedPlaces[${i}].span`, mention.span, doc));
    return p.verdict();
  }

  /**
   * Marks the record at `index` with `id` as excluded, so records referring
   * to it are told so. A record that failed the schema passes its raw id, if
   * it had one, so references to it do not read as references to nothing.
   */
  function exclude(collection: RecordCollection, index: number, id: unknown): void {
    if (typeof id !== 'string') return;
    const registry = registries[collection] as Map<string, Entry<unknown>>;
    const entry = registry.get(id);
    if (entry === undefined) registry.set(id, { index, excluded: true, record: null });
    else if (entry.index === index) entry.excluded = true;
  }

  return { theme, document, event, statement, exclude };
}

export type RecordChecker = ReturnType<typeof createRecordChecker>;

/**
 * Every consistency problem of a schema-valid corpus, in file order. An
 * empty list means the corpus can be shown exactly as it is.
 */
export function checkCorpusConsistency(corpus: Corpus): CorpusProblem[] {
  const checker = createRecordChecker();
  const problems: CorpusProblem[] = [];
  corpus.taxonomy.forEach((record, i) => problems.push(...checker.theme(record, i).problems));
  corpus.documents.forEach((record, i) => problems.push(...checker.document(record, i).problems));
  corpus.events.forEach((record, i) => problems.push(...checker.event(record, i).problems));
  corpus.statements.forEach((record, i) => problems.push(...checker.statement(record, i).problems));
  return problems;
}
