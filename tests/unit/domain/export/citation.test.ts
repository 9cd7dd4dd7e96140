import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { formatCitation, withArticle } from '../../../../src/domain/export/citation.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

function realCorpus(): Corpus {
  const corpus = smallTestCorpus();
  delete corpus.synthetic;
  return corpus;
}

const cite = (corpus: Corpus, index: number) =>
  formatCitation({ corpus, statementId: corpus.statements[index]!.id, corpusVersion: 'abc123def456', accessedOn: '2026-11-28' });

describe('formatCitation', () => {
  it('cites reported speech as the publisher’s account, without quotation marks', () => {
    const corpus = realCorpus();
    expect(cite(corpus, 0)).toBe(
      'As reported by the Test Secretariat, Ana Ruiz (Director) stressed that terrorism and drug crime threaten everyone. ' +
        'Event: “Alpha Forum”, 1 March 2020. ' +
        'Source: Test Secretariat, published 2 March 2020, https://example.org/doc-a (accessed 28 November 2026). ' +
        `Forum Atlas corpus abc123def456, statement ${corpus.statements[0]!.id}.`,
    );
    expect(cite(corpus, 0)).not.toMatch(/[“"]terrorism/);
  });

  it('puts quoted speech in quotation marks', () => {
    const corpus = realCorpus();
    corpus.statements[2]!.speechType = 'quoted';
    corpus.statements[2]!.text = 'Cyber threats grow.';
    expect(cite(corpus, 2)).toMatch(/^Bo Lind \(Envoy\) noted: “Cyber threats grow”\. Event:/);
    expect(cite(corpus, 2)).not.toMatch(/as reported by/);
  });

  it.each([
    { name: 'no role', speaker: { name: 'Ana Ruiz', role: null, organisation: null }, start: 'As reported by the Test Secretariat, Ana Ruiz stressed that' },
    { name: 'role and organisation', speaker: { name: 'Ana Ruiz', role: 'Director', organisation: 'Test Bureau' }, start: 'As reported by the Test Secretariat, Ana Ruiz (Director, Test Bureau) stressed' },
    { name: 'no name', speaker: { name: null, role: 'SCO Secretary-General', organisation: null }, start: 'As reported by the Test Secretariat, the SCO Secretary-General stressed' },
    { name: 'no name, role with organisation', speaker: { name: null, role: 'Director', organisation: 'Test Bureau' }, start: 'As reported by the Test Secretariat, the Director (Test Bureau) stressed' },
    { name: 'only an organisation', speaker: { name: null, role: null, organisation: 'Test Ministry' }, start: 'As reported by the Test Secretariat, the Test Ministry stressed' },
    { name: 'nothing known', speaker: { name: null, role: null, organisation: null }, start: 'As reported by the Test Secretariat, an unidentified speaker stressed' },
  ])('names the speaker with $name', ({ speaker, start }) => {
    const corpus = realCorpus();
    Object.assign(corpus.statements[0]!.speaker!, speaker);
    expect(cite(corpus, 0).startsWith(start)).toBe(true);
  });

  it('cites a statement with no speaker at all', () => {
    const corpus = realCorpus();
    expect(cite(corpus, 4)).toMatch(/^As reported by the Other Office, an unidentified speaker agreed that nothing was settled\. Event: “Gamma Talks”, 9 January 2021\./);
  });

  it('gives an event over several days as a range', () => {
    expect(cite(realCorpus(), 3)).toContain('Event: “Beta Meeting”, 3 September 2020 – 4 September 2020.');
  });

  it('does not repeat a "that" already in the text, nor a final full stop', () => {
    const corpus = realCorpus();
    corpus.statements[0]!.text = 'that peace matters.';
    expect(cite(corpus, 0)).toContain(' stressed that peace matters. Event:');
  });

  it('ends with the synthetic-data notice for a synthetic corpus', () => {
    expect(cite(smallTestCorpus(), 0)).toMatch(/SYNTHETIC DATA — not real events\.$/);
    expect(cite(realCorpus(), 0)).not.toMatch(/SYNTHETIC/);
  });

  it('refuses an unknown statement', () => {
    expect(() => formatCitation({ corpus: realCorpus(), statementId: 'nope', corpusVersion: 'x', accessedOn: '2026-11-28' })).toThrow(/nope/);
  });
});

describe('withArticle', () => {
  it.each([
    ['SCO Secretariat', 'the SCO Secretariat'],
    ['Ministry of Foreign Affairs', 'Ministry of Foreign Affairs'],
    ['Russian Foreign Ministry', 'the Russian Foreign Ministry'],
    ['The Hindu', 'The Hindu'],
    ['Reuters', 'Reuters'],
  ])('%s → %s', (publisher, cited) => {
    expect(withArticle(publisher)).toBe(cited);
  });
});
