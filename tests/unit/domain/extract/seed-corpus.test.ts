import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { PROJECT_ROOT } from './helpers.ts';

/** All or nothing: any problem throws a CorpusError (the tolerant reader leaves bad records out). */
const readCorpusStrictly = (text: string, source: string) => openCorpus(text, source, { mode: 'strict' }).corpus;

/**
 * The facts of shared/seeds/README.md, read from the committed, generated
 * public/data/corpus.json — the file the app ships.
 */
const corpus = readCorpusStrictly(readFileSync(join(PROJECT_ROOT, 'public/data/corpus.json'), 'utf8'), 'corpus.json');
const DOC_ID = 'sco-2020-08-17-asia-pacific-video-forum';
const document = corpus.documents.find((d) => d.id === DOC_ID)!;
const event = corpus.events.find((e) => e.documentId === DOC_ID)!;
const statements = corpus.statements.filter((s) => s.documentId === DOC_ID);
const slice = (span: readonly [number, number]) => document.text.slice(span[0], span[1]);

describe('the seed document', () => {
  it('keeps its provenance and no invented title', () => {
    expect(document).toMatchObject({
      publisher: 'SCO Secretariat',
      sourceUrl: 'http://eng.sectsco.org/20200818/669839.html',
      publishedOn: '2020-08-18',
      language: 'en',
    });
    expect(document.title).toBeUndefined();
    expect(document.text).toBe(readFileSync(join(PROJECT_ROOT, 'data/sources', `${DOC_ID}.txt`), 'utf8'));
  });
});

describe('the seed event', () => {
  it('is the Asia-Pacific Video Forum on Public Security, named in the text', () => {
    expect(event.title).toMatchObject({ value: 'Asia-Pacific Video Forum on Public Security', inferred: false });
    expect(slice(event.title.span)).toBe('Asia-Pacific Video Forum on Public Security');
  });

  it('took place on 17 August 2020, the year inferred from publication', () => {
    expect(event.startDate).toMatchObject({ value: '2020-08-17', inferred: true });
    expect(event.startDate.reason).toMatch(/2020-08-18/);
    expect(slice(event.startDate.span)).toBe('17 August');
    expect(event.endDate).toBeUndefined();
    expect(event.datePrecision).toBe('day');
  });

  it('was online, inferred from "Video Forum"', () => {
    expect(event.format).toMatchObject({ value: 'online', inferred: true });
    expect(event.format!.reason).toMatch(/Video Forum/);
    expect(slice(event.format!.span)).toBe('Video Forum');
    expect(event.location?.value).toEqual({ kind: 'online' });
  });

  it('was held by the Peace and Development Foundation, whose seat is only a mention', () => {
    expect(event.organisers.map((o) => o.value)).toEqual(['Peace and Development Foundation']);
    expect(slice(event.organisers[0]!.span)).toBe('Peace and Development Foundation');
    expect(event.mentionedPlaces?.map((p) => p.name)).toContain('Hainan Province');
    expect(event.location?.value).not.toHaveProperty('place');
  });

  it('had 34 participants, exactly', () => {
    expect(event.participantCount?.value).toEqual({ count: 34, qualifier: 'exact', asStated: '34' });
    expect(slice(event.participantCount!.span)).toBe('34');
  });

  it('had exactly seven participating countries', () => {
    expect(event.participatingCountries.map((c) => c.value)).toEqual(['CHN', 'RUS', 'ISR', 'COD', 'MYS', 'SGP', 'JPN']);
    expect(event.participatingCountries.map((c) => slice(c.span))).toEqual([
      'China', 'Russia', 'Israel', 'Democratic Republic of the Congo', 'Malaysia', 'Singapore', 'Japan',
    ]);
    expect(event.participatingOrganisations).toEqual([]);
  });

  it('mentions Afghanistan only through "Afghan", and never as a participant', () => {
    const mentions = [...statements.flatMap((s) => s.mentionedCountries), ...(event.mentionedCountries ?? [])];
    expect(mentions.filter((m) => m.code === 'AFG')).toEqual([
      { code: 'AFG', surface: 'Afghan', span: [document.text.indexOf('Afghan drug'), document.text.indexOf('Afghan drug') + 6] },
    ]);
    expect(event.participatingCountries.map((c) => c.value)).not.toContain('AFG');
  });

  it('mentions the SCO and ASEAN, and the regions and initiatives named', () => {
    const organisations = new Set([...statements.flatMap((s) => s.mentionedOrganisations), ...(event.mentionedOrganisations ?? [])].map((o) => o.name));
    expect([...organisations].sort()).toEqual(['ASEAN', 'SCO']);
    const places = [...statements.flatMap((s) => s.mentionedPlaces), ...(event.mentionedPlaces ?? [])];
    expect(new Set(places.map((p) => p.name))).toEqual(
      new Set(['Belt and Road space', 'Asian-Pacific region', 'Eurasia', 'Silk Road Economic Belt', '21st Century Maritime Silk Road', 'Hainan Province']),
    );
    for (const place of places) expect(slice(place.span)).toBe(place.name);
  });

  it('is about terrorism, security and connectivity, each theme with the cue that fired', () => {
    expect(new Set(event.themes.map((t) => t.themeId))).toEqual(
      new Set(['terrorism-extremism', 'regional-global-security', 'economic-connectivity', 'law-enforcement']),
    );
    const taxonomy = new Map(corpus.taxonomy.map((t) => [t.id, t.cues]));
    for (const theme of [...event.themes, ...statements.flatMap((s) => s.themes)]) {
      expect(taxonomy.get(theme.themeId)).toContain(theme.cue);
    }
  });
});

describe('the seed statements', () => {
  it('are the ten reported statements by Vladimir Norov, verbs in order', () => {
    expect(statements.map((s) => [s.paragraphIndex, s.verb.text, s.verb.lemma])).toEqual([
      [2, 'stressed', 'stress'],
      [3, 'stated', 'state'],
      [3, 'called for', 'call for'],
      [4, 'noted', 'note'],
      [5, 'emphasised', 'emphasise'],
      [5, 'adding', 'add'],
      [6, 'added', 'add'],
      [6, 'stressed', 'stress'],
      [7, 'pointed out', 'point out'],
      [8, 'suggested', 'suggest'],
    ]);
    for (const s of statements) {
      expect(s.speechType).toBe('reported');
      expect(s.speaker).toMatchObject({ id: 'vladimir-norov', name: 'Vladimir Norov', role: 'Secretary-General', organisation: 'SCO' });
    }
  });

  it('resolve every way the text refers to him, back to the full mention', () => {
    expect(statements.map((s) => s.speaker!.mention)).toEqual([
      'The SCO Secretary-General', 'Mr Norov', 'He', 'Mr Norov', 'The Secretary-General', 'The Secretary-General',
      'The Secretary-General', 'He', 'Mr Norov', 'The Secretary-General',
    ]);
    for (const s of statements) {
      expect(slice(s.speaker!.mentionSpan)).toBe(s.speaker!.mention);
      expect(slice(s.speaker!.resolvedFrom!)).toBe('SCO Secretary-General Vladimir Norov');
    }
  });

  it('each slice exactly their text out of the document', () => {
    for (const s of statements) {
      expect(slice(s.span)).toBe(s.text);
      expect(slice(s.verb.span)).toBe(s.verb.text);
      expect(s.text).not.toMatch(/^(that\s|\s)|[\s.]$/);
      expect(s.id).toBe(`${DOC_ID}:${s.span[0]}-${s.span[1]}`);
    }
  });

  it('split "adding that" off as its own statement and start "pointed out" right after the verb', () => {
    const adding = statements[5]!;
    expect(statements[4]!.text.endsWith('human resources to terrorists')).toBe(true);
    expect(adding.text.startsWith('it was important to start joint work')).toBe(true);
    expect(statements[8]!.text.startsWith('the importance of keeping down the increase in ICT crimes')).toBe(true);
  });

  it('do not count "spoke at the opening" as a statement', () => {
    expect(statements.every((s) => s.paragraphIndex > 0)).toBe(true);
  });
});
