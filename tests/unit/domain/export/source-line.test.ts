import { describe, expect, it } from 'vitest';
import { describeSourceLine, documentsBehind } from '../../../../src/domain/export/source-line.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const doc = (publisher: string, n: number) => ({ publisher, sourceUrl: `https://example.org/${n}` });
const base = { corpusVersion: 'abc123def456', generatedOn: '2026-11-28', synthetic: false };

describe('describeSourceLine', () => {
  it.each([
    {
      name: 'one document',
      documents: [doc('SCO Secretariat', 1)],
      line: 'Source: SCO Secretariat. https://example.org/1. Forum Atlas corpus version abc123def456, generated 28 November 2026.',
    },
    {
      name: 'two publishers',
      documents: [doc('SCO Secretariat', 1), doc('Other Office', 2), doc('SCO Secretariat', 3)],
      line: 'Sources: SCO Secretariat, Other Office. https://example.org/1, https://example.org/2, https://example.org/3. Forum Atlas corpus version abc123def456, generated 28 November 2026.',
    },
    {
      name: 'more documents than are listed',
      documents: [1, 2, 3, 4, 5].map((n) => doc('SCO Secretariat', n)),
      line: 'Source: SCO Secretariat. https://example.org/1, https://example.org/2, https://example.org/3 and 2 more releases. Forum Atlas corpus version abc123def456, generated 28 November 2026.',
    },
    {
      name: 'no documents',
      documents: [],
      line: 'Source: no matching documents. Forum Atlas corpus version abc123def456, generated 28 November 2026.',
    },
  ])('$name', ({ documents, line }) => {
    expect(describeSourceLine({ ...base, documents })).toBe(line);
  });

  it('opens with the synthetic-data notice for a synthetic corpus', () => {
    expect(describeSourceLine({ ...base, synthetic: true, documents: [doc('X', 1)] })).toMatch(/^SYNTHETIC DATA — not real events\. Source: X\./);
  });

  it('counts the releases it does not list, in the singular for one', () => {
    expect(describeSourceLine({ ...base, documents: [1, 2, 3, 4].map((n) => doc('X', n)) })).toContain('https://example.org/3 and 1 more release. Forum');
    const phone = describeSourceLine({ ...base, maxUrls: 2, documents: Array.from({ length: 200 }, (_, n) => doc('X', n)) });
    expect(phone).toBe('Source: X. https://example.org/0, https://example.org/1 and 198 more releases. Forum Atlas corpus version abc123def456, generated 28 November 2026.');
  });

  it('never prints the corpus hash without saying it is the corpus version', () => {
    for (const documents of [[], [doc('X', 1)], [1, 2, 3, 4, 5].map((n) => doc('X', n))]) {
      const line = describeSourceLine({ ...base, documents });
      expect(line.split('abc123def456')).toHaveLength(2);
      expect(line).toContain('corpus version abc123def456');
    }
  });

  it('lists each URL once', () => {
    const line = describeSourceLine({ ...base, documents: [doc('X', 1), doc('X', 1)] });
    expect(line.match(/example\.org\/1/g)).toHaveLength(1);
  });
});

describe('documentsBehind', () => {
  it('gives the documents of the statements once each, in corpus order', () => {
    const corpus = smallTestCorpus();
    expect(documentsBehind(corpus, [4, 0, 1]).map((d) => d.id)).toEqual(['doc-a', 'doc-c']);
    expect(documentsBehind(corpus, [])).toEqual([]);
  });
});
