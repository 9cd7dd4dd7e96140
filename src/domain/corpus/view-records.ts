import { ColumnarIndexBuilder } from '../engine/columnar/columnar-index-builder.ts';
import { engineEventOf, type ColumnarIndex } from '../engine/columnar/columnar-index.ts';
import { isCalendarDate, type Corpus, type CorpusDocument, type ForumEvent, type Speaker, type Theme } from './corpus-schema.ts';
import { isCountryCode } from './countries.ts';

/**
 * The first phase of opening a large corpus ("views"): the records as far as
 * the linked views need them — no statement or document texts, no spans —
 * put through the cheap checks the views depend on (ids unique, references
 * resolve, country codes real, themes in the taxonomy, dates valid), then
 * indexed. The full checks (schema, spans, texts) follow in the second
 * phase, whose corpus and index replace these: nothing here is shown as
 * checked. Of a sound corpus, the index built here answers every query
 * without a search exactly as the full path's does (tested).
 */

/** The records as read, before any check: whatever a file holds, with texts left out. */
export type RawViewRecords = {
  schemaVersion: unknown;
  synthetic: unknown;
  taxonomy: readonly unknown[];
  documents: readonly unknown[];
  events: readonly unknown[];
  /** Each with at least id, documentId, eventId, speaker, themes and mentionedCountries. */
  statements: readonly unknown[];
};

/** A distinct speaker as statements name it, and how many statements do. */
export type SpeakerTally = { speaker: Speaker; statements: number };

/** What the page draws its first views from, besides the index. */
export type ViewCorpus = {
  schemaVersion: Corpus['schemaVersion'];
  synthetic: Corpus['synthetic'];
  taxonomy: Theme[];
  /** Without their texts: `text` is empty until the second phase. */
  documents: CorpusDocument[];
  events: ForumEvent[];
  speakers: SpeakerTally[];
  /** Every country some kept statement mentions, each once. */
  mentionedCountries: string[];
  statementCount: number;
  /** As corpus-outline.ts says it: whether stacks overcount. */
  severalThemes: { statements: boolean; events: boolean };
  /** Records the cheap checks left out, plus values they dropped: the full checks will say which and why. */
  setAside: number;
};

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isDate = (value: unknown): value is string => typeof value === 'string' && isCalendarDate(value);
const factValue = (value: unknown): unknown => (isRow(value) ? value.value : undefined);

function isSpeaker(value: unknown): value is Speaker {
  if (!isRow(value) || !isText(value.id) || typeof value.mention !== 'string') return false;
  return ['name', 'role', 'organisation'].every((key) => value[key] === null || isText(value[key]));
}

function distinctThemeIds(themes: readonly { themeId: string }[]): number {
  return themes.length < 2 ? themes.length : new Set(themes.map((theme) => theme.themeId)).size;
}

/** The cheap checks and the index, in one pass over the records. */
export function checkViewRecords(raw: RawViewRecords): { corpus: ViewCorpus; index: ColumnarIndex } {
  let setAside = 0;
  const taxonomy: Theme[] = [];
  const themeIds = new Set<string>();
  for (const theme of raw.taxonomy) {
    if (!isRow(theme) || !isText(theme.id) || !isText(theme.label) || themeIds.has(theme.id)) setAside += 1;
    else {
      themeIds.add(theme.id);
      taxonomy.push(theme as Theme);
    }
  }
  const keepThemes = <T>(themes: unknown): T[] => {
    if (!Array.isArray(themes)) return [];
    const kept = themes.filter((theme) => isRow(theme) && typeof theme.themeId === 'string' && themeIds.has(theme.themeId));
    setAside += themes.length - kept.length;
    return kept as T[];
  };

  const documents: CorpusDocument[] = [];
  const documentIds = new Set<string>();
  for (const document of raw.documents) {
    const ok =
      isRow(document) && isText(document.id) && !documentIds.has(document.id) && isText(document.publisher) && isDate(document.publishedOn) &&
      typeof document.sourceUrl === 'string' && /^https?:\/\//i.test(document.sourceUrl);
    if (!ok) {
      setAside += 1;
      continue;
    }
    documentIds.add(document.id as string);
    documents.push({ ...(document as CorpusDocument), text: '' });
  }

  const builder = new ColumnarIndexBuilder(raw.statements.length, { text: { push: () => undefined } });
  const events: ForumEvent[] = [];
  const eventDocuments = new Map<string, string>();
  for (const event of raw.events) {
    const start = isRow(event) ? factValue(event.startDate) : undefined;
    const end = isRow(event) && event.endDate !== undefined ? factValue(event.endDate) : start;
    const ok =
      isRow(event) && isText(event.id) && !eventDocuments.has(event.id) && typeof event.documentId === 'string' && documentIds.has(event.documentId) &&
      isText(factValue(event.title)) && isDate(start) && isDate(end) && end >= start && Array.isArray(event.participatingCountries);
    if (!ok) {
      setAside += 1;
      continue;
    }
    const countries = (event.participatingCountries as unknown[]).filter((fact) => typeof factValue(fact) === 'string' && isCountryCode(factValue(fact) as string));
    setAside += (event.participatingCountries as unknown[]).length - countries.length;
    const kept = { ...event, participatingCountries: countries, themes: keepThemes(event.themes) } as ForumEvent;
    eventDocuments.set(kept.id, kept.documentId);
    events.push(kept);
    builder.addEvent(engineEventOf(kept));
  }

  const tallies = new Map<string, SpeakerTally>();
  const mentioned = new Set<string>();
  const statementIds = new Set<string>();
  const themesByEvent = new Map<string, Set<string>>(events.map((event) => [event.id, new Set(event.themes.map((theme) => theme.themeId))]));
  const severalThemes = { statements: false, events: events.some((event) => distinctThemeIds(event.themes) > 1) };
  let statementCount = 0;
  for (const statement of raw.statements) {
    const ok =
      isRow(statement) && isText(statement.id) && !statementIds.has(statement.id) && typeof statement.eventId === 'string' &&
      eventDocuments.get(statement.eventId) === statement.documentId && (statement.speaker === null || isSpeaker(statement.speaker)) &&
      Array.isArray(statement.mentionedCountries);
    if (!ok) {
      setAside += 1;
      continue;
    }
    statementIds.add(statement.id as string);
    const themes = keepThemes<{ themeId: string }>(statement.themes);
    const mentions = (statement.mentionedCountries as unknown[]).flatMap((mention) =>
      isRow(mention) && typeof mention.code === 'string' && isCountryCode(mention.code) ? [mention.code] : [],
    );
    setAside += (statement.mentionedCountries as unknown[]).length - mentions.length;
    for (const code of mentions) mentioned.add(code);
    const speaker = statement.speaker as Speaker | null;
    if (speaker !== null) {
      const key = JSON.stringify([speaker.id, speaker.name, speaker.role, speaker.organisation, speaker.mention]);
      const tally = tallies.get(key);
      if (tally) tally.statements += 1;
      else tallies.set(key, { speaker: { id: speaker.id, name: speaker.name, role: speaker.role, organisation: speaker.organisation, mention: speaker.mention, mentionSpan: [0, 0] }, statements: 1 });
    }
    if (!severalThemes.statements && distinctThemeIds(themes) > 1) severalThemes.statements = true;
    if (!severalThemes.events) {
      const own = themesByEvent.get(statement.eventId as string)!;
      for (const theme of themes) own.add(theme.themeId);
      if (own.size > 1) severalThemes.events = true;
    }
    builder.addStatement({
      eventId: statement.eventId as string,
      speakerId: speaker?.id ?? null,
      // Only the search index reads it, and that comes with the texts.
      speakerText: null,
      text: '',
      themes: themes.map((theme) => theme.themeId),
      mentions,
    });
    statementCount += 1;
  }

  const corpus: ViewCorpus = {
    schemaVersion: raw.schemaVersion as Corpus['schemaVersion'],
    synthetic: raw.synthetic as Corpus['synthetic'],
    taxonomy,
    documents,
    events,
    speakers: [...tallies.values()],
    mentionedCountries: [...mentioned],
    statementCount,
    severalThemes,
    setAside,
  };
  return { corpus, index: builder.finish() };
}

/**
 * The view corpus as a Corpus for the functions that read one (labels,
 * coverage, link vocabulary, speaker directory): documents without texts,
 * and statements that hold only their speaker — one per statement, in an
 * order that keeps every speaker's and role's first appearance — then one
 * without a speaker that mentions every mentioned country. Only those
 * readers may be given it; a panel that shows statements waits for the real ones.
 */
export function speakerCorpusOf(view: ViewCorpus): Corpus {
  const statements: unknown[] = [];
  for (const { speaker, statements: count } of view.speakers) {
    const standIn = { speaker, themes: [], mentionedCountries: [] };
    for (let i = 0; i < count; i += 1) statements.push(standIn);
  }
  statements.push({ speaker: null, themes: [], mentionedCountries: view.mentionedCountries.map((code) => ({ code })) });
  return {
    schemaVersion: view.schemaVersion,
    synthetic: view.synthetic,
    taxonomy: view.taxonomy,
    documents: view.documents,
    events: view.events,
    statements: statements as Corpus['statements'],
  };
}
