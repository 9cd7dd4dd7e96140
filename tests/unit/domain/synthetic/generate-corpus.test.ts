import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { CorpusSchema, type Span } from '../../../../src/domain/corpus/corpus-schema.ts';
import {
  SYNTHETIC_GENERATOR,
  generateSyntheticCorpus,
  generateSyntheticCorpusJson,
} from '../../../../src/domain/synthetic/generate-corpus.ts';
import { checkCorpusConsistency } from '../../../../src/domain/corpus/corpus-consistency.ts';
import { createRng, createZipfSampler } from '../../../../src/domain/synthetic/prng.ts';

const OPTIONS = { statements: 1500, seed: 42 };
const corpus = generateSyntheticCorpus(OPTIONS);
const documents = new Map(corpus.documents.map((document) => [document.id, document]));
const slice = (documentId: string, [start, end]: Span) => documents.get(documentId)!.text.slice(start, end);

describe('synthetic corpus generator', () => {
  it('is deterministic: the same seed gives identical JSON, another seed differs', () => {
    expect(JSON.stringify(generateSyntheticCorpus(OPTIONS))).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(generateSyntheticCorpus({ ...OPTIONS, seed: 43 }))).not.toBe(JSON.stringify(corpus));
  });

  it('streams JSON that joins to exactly the serialised corpus', () => {
    const small = { statements: 200, seed: 9 };
    expect([...generateSyntheticCorpusJson(small)].join('')).toBe(JSON.stringify(generateSyntheticCorpus(small)));
  });

  it('writes a schema-valid corpus with exactly the statements asked for', () => {
    const result = CorpusSchema.safeParse(corpus);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(corpus.statements).toHaveLength(1500);
    expect(generateSyntheticCorpus({ statements: 0, seed: 1 }).statements).toEqual([]);
  });

  it('labels itself synthetic: metadata, taxonomy and publisher', () => {
    expect(corpus.synthetic?.generator).toBe(SYNTHETIC_GENERATOR);
    expect(corpus.synthetic?.seed).toBe(42);
    expect(corpus.synthetic?.note).toMatch(/synthetic/i);
    expect(corpus.synthetic?.note).toMatch(/not real/);
    for (const theme of corpus.taxonomy) {
      expect(theme.label).toMatch(/\[synthetic\]/);
      expect(theme.definition).toMatch(/^\[synthetic\]/);
    }
    expect(corpus.documents.every((d) => /synthetic/i.test(d.publisher))).toBe(true);
    expect(corpus.documents.every((d) => d.sourceUrl.startsWith('https://synthetic.invalid/'))).toBe(true);
  });

  it('uses the project taxonomy ids', () => {
    expect(corpus.taxonomy.map((t) => t.id).sort()).toEqual([
      'chemical-biological',
      'cyber-information-security',
      'drug-trafficking',
      'economic-connectivity',
      'law-enforcement',
      'multilateral-dialogue',
      'pandemic-health',
      'regional-global-security',
      'terrorism-extremism',
      'youth-prevention',
    ]);
  });

  it('points every span at the text it stands for', () => {
    const cues = new Map(corpus.taxonomy.map((t) => [t.id, t.cues]));
    for (const s of corpus.statements) {
      expect(slice(s.documentId, s.span)).toBe(s.text);
      expect(slice(s.documentId, s.verb.span)).toBe(s.verb.text);
      if (s.speaker) expect(slice(s.documentId, s.speaker.mentionSpan)).toBe(s.speaker.mention);
      for (const theme of s.themes) {
        expect(cues.get(theme.themeId)).toContain(theme.cue);
        expect(slice(s.documentId, theme.span)).toBe(theme.cue);
      }
      for (const mention of s.mentionedCountries) expect(slice(s.documentId, mention.span)).toBe(mention.surface);
      for (const name of [...s.mentionedOrganisations, ...s.mentionedPlaces]) expect(slice(s.documentId, name.span)).toBe(name.name);
      // A statement lies inside its document and its own spans inside it.
      expect(s.verb.span[0]).toBeGreaterThanOrEqual(s.span[0]);
      expect(s.verb.span[1]).toBeLessThanOrEqual(s.span[1]);
    }
    for (const e of corpus.events) {
      expect(slice(e.documentId, e.title.span)).toBe(e.title.value);
      for (const organiser of e.organisers) expect(slice(e.documentId, organiser.span)).toBe(organiser.value);
      for (const theme of e.themes) expect(slice(e.documentId, theme.span)).toBe(theme.cue);
      const start = new Date(`${e.startDate.value}T00:00:00Z`);
      expect(slice(e.documentId, e.startDate.span)).toBe(
        `${start.getUTCDate()} ${start.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${start.getUTCFullYear()}`,
      );
    }
  });

  it('links every record to existing ones', () => {
    const eventIds = new Set(corpus.events.map((e) => e.id));
    expect(eventIds.size).toBe(corpus.events.length);
    expect(new Set(corpus.statements.map((s) => s.id)).size).toBe(corpus.statements.length);
    for (const s of corpus.statements) {
      expect(eventIds.has(s.eventId)).toBe(true);
      expect(documents.has(s.documentId)).toBe(true);
    }
    for (const e of corpus.events) expect(documents.has(e.documentId)).toBe(true);
  });

  it('gives every statement 1–4 distinct themes', () => {
    const sizes = new Set<number>();
    for (const s of corpus.statements) {
      const ids = s.themes.map((t) => t.themeId);
      expect(new Set(ids).size).toBe(ids.length);
      sizes.add(ids.length);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3, 4]);
  });

  it('uses real ISO 3166-1 alpha-3 codes only', () => {
    const real = new Set(Object.keys(countries.getAlpha3Codes()));
    const used = new Set([
      ...corpus.events.flatMap((e) => e.participatingCountries.map((c) => c.value)),
      ...corpus.statements.flatMap((s) => s.mentionedCountries.map((m) => m.code)),
    ]);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((code) => !real.has(code))).toEqual([]);
  });

  it('has a realistic shape: skewed countries and themes, several speakers, press-release lengths, 20 years', () => {
    const perCountry = new Map<string, number>();
    for (const e of corpus.events) for (const c of e.participatingCountries) perCountry.set(c.value, (perCountry.get(c.value) ?? 0) + 1);
    const countryCounts = [...perCountry.values()].sort((a, b) => b - a);
    expect(countryCounts[0]!).toBeGreaterThan(8 * countryCounts[Math.floor(countryCounts.length / 2)]!);

    const perTheme = new Map<string, number>();
    for (const s of corpus.statements) for (const t of s.themes) perTheme.set(t.themeId, (perTheme.get(t.themeId) ?? 0) + 1);
    const themeCounts = [...perTheme.values()].sort((a, b) => b - a);
    expect(themeCounts[0]!).toBeGreaterThan(2 * themeCounts.at(-1)!);

    expect(new Set(corpus.statements.map((s) => s.speaker?.id)).size).toBeGreaterThan(20);
    const lengths = corpus.statements.map((s) => s.text.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]!).toBeGreaterThan(100);
    expect(lengths.at(-1)!).toBeLessThan(1000);

    const years = new Set(corpus.events.map((e) => e.startDate.value.slice(0, 4)));
    expect(years.size).toBe(20);
    // 250 planned forums; a few are reported again in a follow-up release
    // about their last day, which is its own event.
    expect(corpus.events.length).toBeGreaterThan(250);
    expect(corpus.events.length).toBeLessThan(300);
    expect(corpus.events.some((e) => e.endDate)).toBe(true);
  });

  it('passes the consistency checks an opened corpus must pass (every statement in its event\'s document)', () => {
    expect(checkCorpusConsistency(corpus)).toEqual([]);
  });
});

describe('seeded helpers', () => {
  it('repeats a sequence for a seed', () => {
    const a = createRng(5);
    const b = createRng(5);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws the head of a Zipf sampler most often', () => {
    const rng = createRng(1);
    const sampler = createZipfSampler(50, 1);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 5000; i += 1) counts[sampler.sample(rng)]! += 1;
    expect(counts[0]!).toBeGreaterThan(counts[10]! * 5);
  });
});
