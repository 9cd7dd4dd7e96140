import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { createColumnarEngine, createReferenceEngine } from '../../../../src/domain/engine/linked-views-engine.ts';
import { EMPTY_FILTERS } from '../../../../src/domain/view-state/filters.ts';

/**
 * Searches a reader would type on the bundled corpus, through both engines:
 * a role, a plural of a word in the text, a country by its name where the
 * text says "Afghan", a noun where the text has the "-ist" form.
 */
const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/data/corpus.json'), 'utf8')) as Corpus;
const engines = [
  ['reference', createReferenceEngine(seed)],
  ['columnar', createColumnarEngine(seed)],
] as const;

/** Positions (in the seed's order) of the statements a search finds. */
function found(engine: (typeof engines)[number][1], search: string): number[] {
  return [...engine.query({ filters: { ...EMPTY_FILTERS, search }, sort: 'date-asc' }).matchingStatements].sort((a, b) => a - b);
}

const containing = (pattern: RegExp) =>
  seed.statements.flatMap((statement, i) => (pattern.test(statement.text) ? [i] : []));

describe.each(engines)('searching the seed corpus (%s engine)', (_name, engine) => {
  it('finds a speaker by role and organisation', () => {
    expect(found(engine, 'Secretary-General')).toHaveLength(10);
    expect(found(engine, 'SCO Secretary-General')).toHaveLength(10);
  });

  it('finds a plural of a word in the text', () => {
    const drug = containing(/\bdrug\b/);
    expect(drug.length).toBeGreaterThan(0);
    expect(found(engine, 'drugs')).toEqual(drug);
    expect(found(engine, 'drug')).toEqual(drug);
  });

  it('finds "terrorism" where the text says "terrorists" or "terrorist"', () => {
    const terrorist = containing(/\bterrorists?\b/);
    expect(terrorist.length).toBe(2);
    expect(found(engine, 'terrorism')).toEqual(terrorist);
  });

  it('finds a country by its name where the statement names it by an adjective', () => {
    const afghan = seed.statements.flatMap((statement, i) => (statement.mentionedCountries.some((m) => m.code === 'AFG') ? [i] : []));
    expect(afghan).toHaveLength(1);
    expect(seed.statements[afghan[0]!]!.text).not.toMatch(/Afghanistan/);
    expect(found(engine, 'Afghanistan')).toEqual(afghan);
    expect(found(engine, 'afghanistan drugs')).toEqual(afghan);
  });

  it('still finds nothing for a word nowhere in the corpus', () => {
    expect(found(engine, 'zebra')).toEqual([]);
  });
});
