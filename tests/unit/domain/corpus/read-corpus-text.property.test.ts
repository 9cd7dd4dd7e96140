import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../../src/domain/engine/reference/corpus-index.ts';
import { checkCorpusConsistency } from '../../../../src/domain/corpus/corpus-consistency.ts';
import { CorpusError } from '../../../../src/domain/corpus/corpus-problems.ts';
import { CorpusSchema } from '../../../../src/domain/corpus/corpus-schema.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { randomTestCorpus } from '../../../fixtures/random-test-corpus.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const COLLECTIONS = ['taxonomy', 'documents', 'events', 'statements'] as const;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path inside a record of the corpus, e.g. ['statements', 3, 'span', 0]. */
function recordPaths(corpus: Json): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [];
  const walk = (node: Json, path: Array<string | number>) => {
    if (path.length >= 2) paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (path.length > 0 || (COLLECTIONS as readonly string[]).includes(key)) walk(child, [...path, key]);
      }
    }
  };
  walk(corpus, []);
  return paths;
}

function setAt(root: Json, path: ReadonlyArray<string | number>, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

const base = JSON.parse(JSON.stringify(randomTestCorpus(7))) as Json;
const PATHS = recordPaths(base);

describe('openCorpus on generated and damaged corpora', () => {
  it('opens any generated corpus whole, and the consistency check agrees', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
        const corpus = randomTestCorpus(seed);
        expect(checkCorpusConsistency(corpus)).toEqual([]);
        const opened = openCorpus(JSON.stringify(corpus), 'random.json');
        expect(opened.excluded).toEqual([]);
        expect(opened.corpus).toEqual(corpus);
      }),
      { numRuns: 100 },
    );
  });

  it('says a file cut anywhere is cut short', () => {
    const compact = JSON.stringify(smallTestCorpus());
    const pretty = JSON.stringify(smallTestCorpus(), null, 2);
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (usePretty, where) => {
        const text = usePretty ? pretty : compact;
        const cut = text.slice(0, 1 + Math.floor(where * (text.length - 2)));
        let error: unknown;
        try {
          openCorpus(cut, 'cut.json');
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(CorpusError);
        expect((error as CorpusError).kind).toBe('not-json');
        expect((error as CorpusError).message).toMatch(/cut short \(line [\d,]+, column [\d,]+\)\.$/);
      }),
      { numRuns: 150 },
    );
  });

  it('never drops a record silently and never keeps a broken one, whatever one value is changed to', () => {
    const damage = fc.record({
      path: fc.constantFrom(...PATHS),
      value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
    });
    fc.assert(
      fc.property(damage, ({ path, value }) => {
        const broken = structuredClone(base);
        setAt(broken, path, value);
        const raw = broken as Record<string, Json[]>;
        let opened;
        try {
          opened = openCorpus(JSON.stringify(broken), 'damaged.json');
        } catch (error) {
          // Only a whole-file verdict may refuse it, and it must say why.
          expect(error).toBeInstanceOf(CorpusError);
          expect((error as CorpusError).kind).toBe('invalid');
          expect((error as CorpusError).problems.length).toBeGreaterThan(0);
          return;
        }
        for (const collection of COLLECTIONS) {
          const excluded = opened.excluded.filter((e) => e.collection === collection);
          expect(opened.corpus[collection].length + excluded.length).toBe(raw[collection]!.length);
          for (const record of excluded) expect(record.problems.length).toBeGreaterThan(0);
        }
        expect(CorpusSchema.safeParse(opened.corpus).success).toBe(true);
        expect(checkCorpusConsistency(opened.corpus)).toEqual([]);
        expect(() => indexCorpus(opened.corpus)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
