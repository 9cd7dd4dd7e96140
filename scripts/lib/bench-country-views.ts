/**
 * The country views of issue 14 in `npm run bench`: who took part together
 * (partners of the picked countries and the top-30 matrix) and theme ×
 * country, with the columnar engine the dashboard runs and with the
 * reference engine beside it in the same process, on the same seeded corpus.
 *
 * Each sample is what an interaction costs the view: the linked-views query
 * for the same filters runs first, untimed (the dashboard computes it
 * anyway, and the view reuses its masks), and the view's own result is not
 * in the cache (two other queries ran since it was last asked for).
 * (With no filter at all both views are computed once and kept, so the
 * cases here all filter something.) The reference engine is built from the corpus regenerated from the same
 * seed with the statement texts left empty (its search index is not needed:
 * no query here searches), so that both fit in memory at 1 000 000
 * statements; its results are compared with the columnar engine's.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Corpus, CountryCode } from '../../src/domain/corpus/corpus-schema.ts';
import type { LinkedViewsEngine } from '../../src/domain/engine/contract.ts';
import { createReferenceEngine } from '../../src/domain/engine/linked-views-engine.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/view-state/filters.ts';
import { generateSyntheticChunks, syntheticHeader, type SyntheticOptions } from '../../src/domain/synthetic/generate-corpus.ts';
import { median } from './median.ts';

type Case = { name: string; view: 'coParticipation' | 'themeCountries'; filters: Filters; reference: boolean };

const f = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const IND = 'IND' as CountryCode;
const CHN = 'CHN' as CountryCode;
const CASES: Case[] = [
  { name: 'co-participation: pick India', view: 'coParticipation', filters: f({ countries: [IND] }), reference: true },
  { name: 'co-participation: India and China', view: 'coParticipation', filters: f({ countries: [IND, CHN] }), reference: true },
  { name: 'co-participation: India, a theme, 2015–2019', view: 'coParticipation', filters: f({ countries: [IND], themes: ['drug-trafficking'], from: '2015-01-01', to: '2019-12-31' }), reference: true },
  { name: 'co-participation: India, search "terror"', view: 'coParticipation', filters: f({ countries: [IND], search: 'terror' }), reference: false },
  { name: 'theme × country: from 2010 on', view: 'themeCountries', filters: f({ from: '2010-01-01' }), reference: true },
  { name: 'theme × country: 2015–2019, with mentions', view: 'themeCountries', filters: f({ from: '2015-01-01', to: '2019-12-31', includeMentions: true }), reference: true },
  { name: 'theme × country: a speaker-level filter (search "terror")', view: 'themeCountries', filters: f({ search: 'terror' }), reference: false },
];
const OTHERS = [f({ themes: ['pandemic-health'] }), f({ to: '2010-12-31' })];

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const ask = (engine: LinkedViewsEngine, c: Case) => (c.view === 'coParticipation' ? engine.coParticipation({ filters: c.filters }) : engine.themeCountries({ filters: c.filters }));

/** Wall-clock and CPU samples (CPU: this process's threads; on a shared machine the wall clock waits for a core). */
function sampleColumnar(engine: LinkedViewsEngine, c: Case, runs: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    for (const other of OTHERS) engine.query({ filters: other, sort: 'date-desc' });
    engine.query({ filters: c.filters, sort: 'date-desc' });
    const before = process.cpuUsage();
    const time = timed(() => ask(engine, c));
    const used = process.cpuUsage(before);
    if (run === 0) continue;
    wall.push(time);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** The corpus as the reference engine reads it, with empty statement texts and no documents. */
function lightCorpus(options: SyntheticOptions): Corpus {
  const corpus: Corpus = { ...syntheticHeader(options), documents: [], events: [], statements: [] };
  for (const chunk of generateSyntheticChunks(options)) {
    corpus.events.push(...chunk.events);
    for (const statement of chunk.statements) corpus.statements.push({ ...statement, text: '' });
  }
  return corpus;
}

export type CountryViewsFigures = {
  rows: Array<{ name: string; columnar: number; columnarCpu: number; reference: number | null; equal: boolean | null }>;
  referenceBuildMs: number;
};

export function benchCountryViews(engine: LinkedViewsEngine, options: SyntheticOptions, runs: number): CountryViewsFigures {
  const columnar = CASES.map((c) => sampleColumnar(engine, c, runs));
  let referenceBuildMs = 0;
  let reference: LinkedViewsEngine | null = null;
  referenceBuildMs = timed(() => (reference = createReferenceEngine(lightCorpus(options))));
  // The reference is slow: three samples, the median.
  const rows = CASES.map((c, i) => {
    const own = { name: c.name, columnar: median(columnar[i]!.wall), columnarCpu: median(columnar[i]!.cpu) };
    if (!c.reference) return { ...own, reference: null, equal: null };
    const samples = [0, 1, 2].map(() => timed(() => ask(reference!, c)));
    return { ...own, reference: median(samples), equal: isDeepStrictEqual(ask(reference!, c), ask(engine, c)) };
  });
  return { rows, referenceBuildMs };
}

export function printCountryViews(figures: CountryViewsFigures, runs: number, load: string): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\ncountry views (issue 14), median of ${runs} runs (reference: of 3), each after the linked-views query of the same filters:`);
  console.log(`${'view'.padEnd(58)}${'columnar'.padStart(12)}${'CPU'.padStart(10)}${'reference'.padStart(13)}${'ratio'.padStart(9)}  same result`);
  for (const row of figures.rows) {
    const reference = row.reference === null ? '—' : ms(row.reference);
    const ratio = row.reference === null ? '—' : `${(row.reference / row.columnar).toFixed(0)}×`;
    const equal = row.equal === null ? '(search: reference not run)' : row.equal ? 'yes' : 'NO';
    console.log(`${row.name.padEnd(58)}${ms(row.columnar).padStart(12)}${ms(row.columnarCpu).padStart(10)}${reference.padStart(13)}${ratio.padStart(9)}  ${equal}`);
  }
  console.log(`  reference engine built in ${ms(figures.referenceBuildMs)} (statement texts left empty); load average ${load}`);
}
