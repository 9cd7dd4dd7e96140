import {
  SCHEMA_VERSION,
  type Corpus,
  type CorpusDocument,
  type ForumEvent,
  type Span,
  type Statement,
  type Theme,
} from '../corpus/corpus-schema.ts';
import { createRng, createZipfSampler, sampleDistinct, type Rng } from './prng.ts';
import {
  COUNTRIES,
  FILLER_SENTENCES,
  FIRST_NAMES,
  FORUM_ADJECTIVES,
  FORUM_KINDS,
  FORUM_TOPICS,
  LAST_NAMES,
  ROLES,
  THEMES,
} from './vocabulary.ts';
import { DAY_MS, documentOf, inventName, inventOrganisation, TextBuilder, writeEventIntro, writeStatement } from './write-release.ts';

/**
 * A seeded generator of synthetic corpora with the shape of the real one:
 * press releases (documents) about forum events over twenty years, each with
 * reported or quoted statements whose spans point into the document text.
 * Countries, themes, speakers and event sizes are skewed as in real data.
 *
 * It streams one event at a time (`generateSyntheticChunks`), so a million
 * statements never have to exist as one object graph or one JSON string.
 */
export const SYNTHETIC_GENERATOR = 'forum-atlas-synthetic-corpus/1';

export type SyntheticOptions = {
  statements: number;
  seed: number;
  /** Defaults to one event per six statements. */
  events?: number;
  /** First year of the date range; the range spans `years` years. */
  startYear?: number;
  years?: number;
};

export type SyntheticHeader = Pick<Corpus, 'schemaVersion' | 'synthetic' | 'taxonomy'>;

/** One event with the documents about it and their statements. */
export type SyntheticChunk = { documents: CorpusDocument[]; events: ForumEvent[]; statements: Statement[] };


export function syntheticTaxonomy(): Theme[] {
  return THEMES.map((theme) => ({
    id: theme.id,
    label: `${theme.label} [synthetic]`,
    definition: `[synthetic] Generated test data, not the project's taxonomy: statements about ${theme.label.toLowerCase()}.`,
    cues: [...theme.cues],
  }));
}

export function syntheticHeader(options: SyntheticOptions): SyntheticHeader {
  return {
    schemaVersion: SCHEMA_VERSION,
    synthetic: {
      generator: SYNTHETIC_GENERATOR,
      seed: options.seed,
      note: `Synthetic corpus of ${options.statements} generated statements for tests and benchmarks. Every event, person, statement and document in it is invented; it is not real data.`,
    },
    taxonomy: syntheticTaxonomy(),
  };
}

export type SyntheticSpeaker = {
  id: string;
  name: string | null;
  surname: string;
  honorific: string;
  role: string;
  organisation: string;
};



function createSpeakers(rng: Rng, count: number): SyntheticSpeaker[] {
  const speakers: SyntheticSpeaker[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = rng.pick(FIRST_NAMES);
    const surname = rng.chance(0.3) ? inventName(rng) : rng.pick(LAST_NAMES);
    speakers.push({
      id: `syn-speaker-${i}`,
      // A few speakers are known only by office, as in real releases.
      name: rng.chance(0.03) ? null : `${first} ${surname}`,
      surname,
      honorific: rng.chance(0.5) ? 'Mr' : 'Ms',
      role: rng.pick(ROLES),
      organisation: inventOrganisation(rng),
    });
  }
  return speakers;
}


export type GeneratorState = {
  rng: Rng;
  options: Required<SyntheticOptions>;
  speakers: SyntheticSpeaker[];
  countrySampler: ReturnType<typeof createZipfSampler>;
  themeSampler: ReturnType<typeof createZipfSampler>;
  speakerSampler: ReturnType<typeof createZipfSampler>;
  statementsPerEvent: Int32Array;
  firstDay: number;
  dayRange: number;
};

/** Statements per event: skewed sizes, a few events with none, exact total. */
function allocateStatements(rng: Rng, statements: number, events: number): Int32Array {
  const counts = new Int32Array(events);
  if (events === 0) return counts;
  const weights = new Float64Array(events);
  let total = 0;
  let base = 0;
  for (let i = 0; i < events; i += 1) {
    const empty = statements >= events && rng.chance(0.01);
    // A log-normal-ish weight gives many small releases and a few long ones.
    const weight = empty ? 0 : Math.exp((rng.next() + rng.next() + rng.next() - 1.5) * 1.4);
    total += weight;
    weights[i] = total;
    if (!empty && base < statements) {
      counts[i] = 1;
      base += 1;
    }
  }
  for (let remaining = statements - base; remaining > 0; remaining -= 1) {
    const target = rng.next() * total;
    let lo = 0;
    let hi = events - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (weights[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = counts[lo]! + 1;
  }
  return counts;
}

function createState(options: SyntheticOptions): GeneratorState {
  if (!Number.isInteger(options.statements) || options.statements < 0) {
    throw new Error('statements must be a non-negative integer');
  }
  if (!Number.isInteger(options.seed)) throw new Error('seed must be an integer');
  const events = options.events ?? Math.max(1, Math.round(options.statements / 6));
  const full: Required<SyntheticOptions> = {
    statements: options.statements,
    seed: options.seed,
    events,
    startYear: options.startYear ?? 2005,
    years: options.years ?? 20,
  };
  const rng = createRng(full.seed);
  const speakerCount = Math.max(8, Math.round(full.statements / 25));
  const firstDay = Date.UTC(full.startYear, 0, 1) / DAY_MS;
  return {
    rng,
    options: full,
    speakers: createSpeakers(rng, speakerCount),
    countrySampler: createZipfSampler(COUNTRIES.length, 1.05),
    themeSampler: createZipfSampler(THEMES.length, 0.8),
    speakerSampler: createZipfSampler(speakerCount, 0.9),
    statementsPerEvent: allocateStatements(rng, full.statements, events),
    firstDay,
    dayRange: Date.UTC(full.startYear + full.years, 0, 1) / DAY_MS - firstDay,
  };
}

export type EventPlan = {
  index: number;
  id: string;
  title: string;
  organiser: string;
  startDay: number;
  endDay: number;
  online: boolean;
  place: string;
  placeCountry: number;
  participants: number[];
  ownThemes: number[];
  speakers: SyntheticSpeaker[];
};

function planEvent(state: GeneratorState, index: number): EventPlan {
  const { rng } = state;
  // More forums in later years: the density of start days grows linearly.
  const startDay = state.firstDay + Math.floor(Math.sqrt(0.25 + 0.75 * rng.next()) * 2 * state.dayRange - state.dayRange);
  const multiDay = rng.chance(0.15);
  const participantCount = Math.min(COUNTRIES.length, 2 + Math.floor(Math.pow(rng.next(), 2) * 14));
  const speakerCount = rng.between(1, 3);
  return {
    index,
    id: `syn-event-${index}`,
    title: `${rng.pick(FORUM_ADJECTIVES)} ${rng.pick(FORUM_KINDS)} on ${rng.pick(FORUM_TOPICS)}`,
    organiser: inventOrganisation(rng),
    startDay: Math.max(state.firstDay, startDay),
    endDay: Math.max(state.firstDay, startDay) + (multiDay ? rng.between(1, 3) : 0),
    online: rng.chance(0.2),
    place: inventName(rng),
    placeCountry: state.countrySampler.sample(rng),
    participants: sampleDistinct(rng, state.countrySampler, participantCount),
    ownThemes: sampleDistinct(rng, state.themeSampler, rng.between(0, 2)),
    speakers: sampleDistinct(rng, state.speakerSampler, speakerCount).map((i) => state.speakers[i]!),
  };
}

function generateChunk(state: GeneratorState, index: number): SyntheticChunk {
  const { rng } = state;
  const plan = planEvent(state, index);
  const total = state.statementsPerEvent[index]!;
  // A long event is sometimes reported in two releases, the second one
  // about its last day. An event belongs to one document in the corpus format,
  // so the follow-up release reports its own event (same forum, last day).
  const documentCount = total >= 4 && rng.chance(0.1) ? 2 : 1;
  const firstDocumentShare = documentCount === 2 ? rng.between(1, total - 1) : total;
  const documents: CorpusDocument[] = [];
  const statements: Statement[] = [];
  const events: ForumEvent[] = [];
  let speaker: SyntheticSpeaker | null = rng.pick(plan.speakers);

  for (let d = 0; d < documentCount; d += 1) {
    const documentId = `syn-e${index}-${d === 0 ? 'a' : 'b'}`;
    const text = new TextBuilder();
    const documentPlan = d === 0 ? plan : { ...plan, id: `${plan.id}-last-day`, startDay: plan.endDay };
    events.push(writeEventIntro(text, rng, documentPlan, documentId));
    const firstMentions = new Map<string, Span>();
    const documentStatements: Statement[] = [];
    const count = d === 0 ? firstDocumentShare : total - firstDocumentShare;
    for (let s = 0; s < count; s += 1) {
      // Speakers take the floor in runs, as in a release that quotes one
      // official for several paragraphs before the next.
      if (rng.chance(0.02)) speaker = null;
      else if (speaker === null || rng.chance(0.35)) speaker = rng.pick(plan.speakers);
      text.newParagraph();
      documentStatements.push(writeStatement(text, state, documentPlan, documentId, speaker, firstMentions));
      if (rng.chance(0.25)) text.add(` ${rng.pick(FILLER_SENTENCES)}`);
    }
    const document = documentOf(
      documentId,
      text,
      plan.endDay + rng.between(0, 2),
      d === 0 ? null : `${plan.title}: second day`,
    );
    for (const statement of documentStatements) statement.text = document.text.slice(statement.span[0], statement.span[1]);
    documents.push(document);
    statements.push(...documentStatements);
  }
  return { documents, events, statements };
}

/** The corpus one event at a time; the same options always give the same chunks. */
export function* generateSyntheticChunks(options: SyntheticOptions): Generator<SyntheticChunk> {
  const state = createState(options);
  for (let index = 0; index < state.options.events; index += 1) yield generateChunk(state, index);
}

/** The whole corpus as one object: for tests and corpora that fit in memory. */
export function generateSyntheticCorpus(options: SyntheticOptions): Corpus {
  const corpus: Corpus = { ...syntheticHeader(options), documents: [], events: [], statements: [] };
  for (const chunk of generateSyntheticChunks(options)) {
    corpus.documents.push(...chunk.documents);
    corpus.events.push(...chunk.events);
    corpus.statements.push(...chunk.statements);
  }
  return corpus;
}

/**
 * The corpus as JSON text in pieces, equal when joined to
 * `JSON.stringify(generateSyntheticCorpus(options))` but never held as one
 * string. Each array is written in its own pass over the (deterministic)
 * generator, so memory stays at one event's worth.
 */
export function* generateSyntheticCorpusJson(options: SyntheticOptions): Generator<string> {
  const header = JSON.stringify(syntheticHeader(options));
  yield header.slice(0, -1);
  for (const key of ['documents', 'events', 'statements'] as const) {
    yield `,${JSON.stringify(key)}:[`;
    let first = true;
    for (const chunk of generateSyntheticChunks(options)) {
      for (const record of chunk[key]) {
        yield (first ? '' : ',') + JSON.stringify(record);
        first = false;
      }
    }
    yield ']';
  }
  yield '}';
}
