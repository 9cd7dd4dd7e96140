import { describe, expect, it } from 'vitest';
import { CorpusError, formatCorpusProblems } from '../../../../src/domain/corpus/corpus-problems.ts';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { openCorpus } from '../../../../src/domain/corpus/read-corpus-text.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

/** Strings over the limits are found before the schema runs, and cost what any bad part costs. */

const SOURCE = 'my-corpus.json';
const small = smallTestCorpus();

function corpusText(mutate: (corpus: Corpus) => void): string {
  const corpus = structuredClone(small);
  mutate(corpus);
  return JSON.stringify(corpus);
}

function openError(text: string): CorpusError {
  try {
    openCorpus(text, SOURCE);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected the corpus not to open');
}

describe('openCorpus: a 50 MB string', () => {
  const FIFTY_MB = 50 * 1024 * 1024;

  it('in a statement leaves that statement out, quickly, without quoting it whole', () => {
    const text = corpusText((c) => (c.statements[2]!.text = 'a'.repeat(FIFTY_MB)));
    const started = performance.now();
    const opened = openCorpus(text, SOURCE);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(opened.excluded.map((e) => [e.collection, e.index])).toEqual([['statements', 2]]);
    const [problem] = opened.problems;
    expect(problem).toMatchObject({ path: 'statements[2].text', recordId: small.statements[2]!.id });
    expect(problem!.message).toMatch(/^"a{40}…" \(52,428,800 characters\) is too long: at most 20,000 characters are read$/);
    expect(opened.corpus.statements).toHaveLength(4);
  }, 20_000);

  it('in the only document refuses the corpus with a short, clear message', () => {
    const text = corpusText((c) => {
      c.documents = [c.documents[0]!];
      c.documents[0]!.text = '<p>'.repeat(FIFTY_MB / 3);
      c.events = [c.events[0]!];
      c.statements = c.statements.slice(0, 3);
    });
    const started = performance.now();
    const error = openError(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('my-corpus.json has no usable document: 1 document, none of them sound.');
    expect(error.problems.map((p) => p.path)).toEqual(['documents[0].text']);
    const lines = formatCorpusProblems(error.problems);
    expect(lines.join('\n').length).toBeLessThan(300);
    expect(lines[0]).toContain('at most 2,000,000 characters are read');
  }, 20_000);

  it('in a mentioned place drops that mention, and keeps the statement', () => {
    const text = corpusText((c) => (c.statements[2]!.mentionedPlaces = [{ name: 'b'.repeat(FIFTY_MB), span: c.statements[2]!.span }]));
    const opened = openCorpus(text, SOURCE);
    expect(opened.excluded).toEqual([]);
    expect(opened.repaired.map((r) => r.dropped.map((part) => part.path))).toEqual([['statements[2].mentionedPlaces[0]']]);
    expect(opened.repaired[0]!.dropped[0]!.what).toMatch(/^mentioned place "b{60}…" \(52,428,800 characters\)$/);
    expect(opened.corpus.statements[2]).toEqual(small.statements[2]);
  }, 20_000);
});
