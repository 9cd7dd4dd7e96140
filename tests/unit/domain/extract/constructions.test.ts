import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../src/domain/extract/build-corpus.ts';
import { extractCase, RELEASE_CASES } from '../../../../scripts/lib/release-cases.ts';
import { factsOf, scoreFact, type FactName } from '../../../../scripts/lib/release-score.ts';
import { PROJECT_ROOT, projectTables } from './helpers.ts';

/**
 * The genre's constructions, one short release each (tests/fixtures/releases,
 * written for these tests), against the facts a reader takes from them.
 */

const extracted = RELEASE_CASES.map((c) => ({ c, result: extractCase(PROJECT_ROOT, c, projectTables()) }));

describe.each(extracted)('$c.id ($c.constructions)', ({ c, result }) => {
  const found = factsOf(result);
  it.each(Object.keys(c.expected) as FactName[])('%s', (name) => {
    const expected = c.expected[name];
    if (name === 'statements') {
      const statements = expected as NonNullable<typeof c.expected.statements>;
      expect(found.statements.map(([speaker, lemma, text], i) => [speaker, lemma, text.slice(0, statements[i]?.[2].length ?? 0)])).toEqual(statements);
    } else if (name === 'warnings') {
      for (const part of expected as string[]) expect(found.warnings.some((w) => w.includes(part)), `a warning with "${part}" in ${JSON.stringify(found.warnings)}`).toBe(true);
    } else if (name === 'countries' || name === 'organisations' || name === 'organisers') {
      expect([...(found[name])].sort()).toEqual([...(expected as string[])].sort());
    } else {
      expect(found[name]).toEqual(expected);
    }
    expect(scoreFact(name, c.expected, found)).toMatchObject({ fn: 0, ...(name === 'warnings' ? {} : { fp: 0 }) });
  });
});

describe('every release of the table', () => {
  it('gives a valid corpus whose every span slices its text', () => {
    const { corpus } = buildCorpus(extracted.map((e) => e.result), projectTables().taxonomy);
    expect(corpus.documents).toHaveLength(RELEASE_CASES.length);
  });
});
