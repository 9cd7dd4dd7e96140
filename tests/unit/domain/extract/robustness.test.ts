import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../../src/domain/extract/build-corpus.ts';
import { SCHEMA_VERSION } from '../../../../src/domain/corpus/corpus-schema.ts';
import { extract, projectTables } from './helpers.ts';

/**
 * Any text, however odd, gives a valid record whose every span slices the
 * text: ingest must never fail on a release. Texts are drawn from the
 * genre's own pieces (names, titles, verbs, dates, quotes, punctuation).
 */

const PIECES = [
  'On 13 November', 'from 13 to 18 November', 'until 13 March', '2019', 'today', 'SCO Secretary-General', 'Secretary-general', 'Zhang Ming',
  'Mr Zhang', 'Ms', 'He', 'the diplomat', 'the Uzbek diplomat', 'Ambassador of Mongolia', 'to China', 'delegation of Pakistan', 'chaired by',
  'Kyrgyzstan', 'hosted by', 'hosted a', 'the SCO Secretariat', 'in Bishkek', 'to be held in September', 'online and offline', 'via videoconference',
  'said', 'noted that', 'and said that', 'went on to say', 'The message notes that', 'during his remarks that', '"', '\u201C', '\u201D', "'", ',', '.',
  ':', '\n', ' ', 'around a thousand guests', '17 observers', 'the fifth meeting of the heads of', 'webinar', 'China Radio International',
  'Parliament of the Republic of Kazakhstan', 'took part', 'from', 'of', 'and', 'the', 'Democratic Republic of the Congo', 'Congolese',
  'BEIJING, March 3', 'Beijing, 25 May 2022', 'in all', 'respectively', 'who joined by video link', '31 February', '30 August - 2 September',
];

describe('odd releases', () => {
  it('never make the extractor fail, and every span slices the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { minLength: 60, maxLength: 60 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => `${p}${gaps[i]}`).join('');
        if (text.trim() === '') return;
        const { document, event, statements } = extract(text);
        const problems = checkCorpus({ schemaVersion: SCHEMA_VERSION, taxonomy: [...projectTables().taxonomy], documents: [document], events: [event], statements });
        expect(problems).toEqual([]);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
