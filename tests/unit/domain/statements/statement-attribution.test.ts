import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Speaker, Statement } from '../../../../src/domain/corpus/corpus-schema.ts';
import {
  describeAttribution,
  describeSpeaker,
  describeSpeakerRole,
  publisherPhrase,
} from '../../../../src/domain/statements/statement-attribution.ts';
import { smallTestCorpus } from '../../../fixtures/test-corpus.ts';

const speaker = (over: Partial<Speaker>): Speaker => ({
  id: 's',
  name: null,
  role: null,
  organisation: null,
  mention: 'He',
  mentionSpan: [0, 2],
  ...over,
});

describe('describeSpeakerRole', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['role and organisation', 'Secretary-General', 'SCO', 'SCO Secretary-General'],
    ['role already names the organisation', 'SCO Secretary-General', 'SCO', 'SCO Secretary-General'],
    ['organisation named in another case', 'Director of the rats', 'RATS', 'Director of the rats'],
    ['role alone', 'Envoy', null, 'Envoy'],
    ['organisation alone', null, 'SCO', 'SCO'],
    ['neither', null, null, null],
  ])('%s', (_name, role, organisation, expected) => {
    expect(describeSpeakerRole({ role, organisation })).toBe(expected);
  });
});

describe('describeSpeaker', () => {
  it.each<[string, Speaker | null, string | null]>([
    ['name, role and organisation', speaker({ name: 'Vladimir Norov', role: 'Secretary-General', organisation: 'SCO' }), 'Vladimir Norov, SCO Secretary-General'],
    ['name only', speaker({ name: 'Ana Ruiz' }), 'Ana Ruiz'],
    ['role only', speaker({ role: 'Chair' }), 'Chair'],
    ['nothing resolved: the mention as written', speaker({ mention: 'The delegates' }), 'The delegates'],
    ['nothing at all', speaker({ mention: ' ' }), null],
    ['no speaker', null, null],
  ])('%s', (_name, input, expected) => {
    expect(describeSpeaker(input)).toBe(expected);
  });
});

describe('publisherPhrase', () => {
  it.each([
    ['SCO Secretariat', 'the SCO Secretariat'],
    ['Ministry of Foreign Affairs of the Russian Federation', 'the Ministry of Foreign Affairs of the Russian Federation'],
    ['The Kremlin', 'the Kremlin'],
    ['Xinhua', 'Xinhua'],
    ['  RATS SCO Executive Committee ', 'the RATS SCO Executive Committee'],
    ['Test Secretariat', 'the Test Secretariat'],
  ])('%s → %s', (publisher, expected) => {
    expect(publisherPhrase(publisher)).toBe(expected);
  });
});

describe('describeAttribution', () => {
  const corpus = smallTestCorpus();
  const statement = corpus.statements[0]!;
  const document = corpus.documents[0]!;

  it('attributes reported speech to its publisher and never quotes it', () => {
    expect(describeAttribution(statement, document)).toEqual({
      speaker: 'Ana Ruiz, Director',
      verb: 'stressed',
      source: 'as reported by the Test Secretariat',
      quoted: false,
    });
  });

  it('lets a direct quotation be quoted, still naming who published it', () => {
    const quoted: Statement = { ...statement, speechType: 'quoted' };
    expect(describeAttribution(quoted, document)).toMatchObject({ quoted: true, source: 'as quoted by the Test Secretariat' });
  });

  it('says so when the document is missing, and when no speaker was identified', () => {
    const anonymous: Statement = { ...statement, speaker: null };
    expect(describeAttribution(anonymous, undefined as CorpusDocument | undefined)).toMatchObject({
      speaker: null,
      source: 'as reported by an unknown publisher',
    });
  });
});
