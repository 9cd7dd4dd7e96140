import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/domain/corpus/corpus-schema.ts';
import { finiteVerb, formatCitation } from '../../../../src/domain/export/citation.ts';
import { extract, PROJECT_ROOT, projectTables } from '../extract/helpers.ts';

/**
 * Every citation reads as an English sentence: the speaker, a finite verb,
 * and the reported words joined to it as the release joined them. Checked
 * over every reporting verb of data/reporting-verbs.json in every statement
 * shape the extractor produces, and over the bundled corpus.
 */

const OPENING = 'On 3 June 2021, SCO Secretary-General Anna Petrova opened the Tashkent Forum on Security.\n';
const SPEAKER = 'Anna Petrova (Secretary-General, SCO)';

function corpusOf(body: string): Corpus {
  const { document, event, statements } = extract(OPENING + body);
  return { schemaVersion: 1, taxonomy: projectTables().taxonomy, documents: [document], events: [event], statements };
}

/** The first sentence of each statement's citation: who said what. */
function saidParts(body: string): string[] {
  const corpus = corpusOf(body);
  return corpus.statements.map((statement) => {
    const citation = formatCitation({ corpus, statementId: statement.id, corpusVersion: 'v', accessedOn: '2026-12-01' });
    return citation.slice(0, citation.indexOf(' Event: '));
  });
}

const verbs = projectTables().reportingVerbs.verbs;

describe('finiteVerb', () => {
  it.each(verbs.flatMap((verb) => verb.participles.map((participle) => [participle, verb.lemma, verb.forms] as const)))(
    '%s (%s) becomes one of its finite forms',
    (participle, lemma, forms) => {
      expect(forms).toContain(finiteVerb(participle, lemma));
    },
  );

  it.each(verbs.flatMap((verb) => verb.forms.map((form) => [form, verb.lemma] as const)))('%s stays %s', (form, lemma) => {
    expect(finiteVerb(form, lemma)).toBe(form);
  });
});

describe('citations of every reporting verb in every shape', () => {
  for (const verb of verbs) {
    const form = verb.forms[0]!;
    it(`"${form} that …": a clause after "that"`, () => {
      expect(saidParts(`Ms Petrova ${form} that trade grew.`)).toEqual([`As reported by the Example Secretariat, ${SPEAKER} ${form} that trade grew.`]);
    });
    if (verb.objectBeforeThat) {
      it(`"${form} the forum that …": the listener kept`, () => {
        expect(saidParts(`Ms Petrova ${form} the forum that trade grew.`)).toEqual([
          `As reported by the Example Secretariat, ${SPEAKER} ${form} the forum that trade grew.`,
        ]);
      });
    } else if (verb.thatOnly) {
      it(`"${form} …" with an object is no statement: only "that" makes it speech`, () => {
        expect(saidParts(`Ms Petrova ${form} the importance of trade.`)).toEqual([]);
      });
    } else {
      it(`"${form} …" with an object: no "that" added`, () => {
        expect(saidParts(`Ms Petrova ${form} the importance of trade.`)).toEqual([
          `As reported by the Example Secretariat, ${SPEAKER} ${form} the importance of trade.`,
        ]);
      });
    }
    for (const participle of verb.participles) {
      it(`"…, ${participle} that …": cited with the finite verb`, () => {
        const [, second] = saidParts(`Ms Petrova noted that trade grew, ${participle} that risks grew too.`);
        expect(second).toBe(`As reported by the Example Secretariat, ${SPEAKER} ${finiteVerb(participle, verb.lemma)} that risks grew too.`);
      });
    }
    it(`quoted: "${form}: “…”"`, () => {
      expect(saidParts(`Ms Petrova ${form}: "We are ready."`)).toEqual([`${SPEAKER} ${form}: “We are ready”.`]);
    });
  }

  it.each([
    ['a participle with an object', 'She emphasised that talks matter, calling for a new round.', [
      `As reported by the Example Secretariat, ${SPEAKER} emphasised that talks matter.`,
      `As reported by the Example Secretariat, ${SPEAKER} called for a new round.`,
    ]],
    ['a participle without a comma', 'Ms Petrova noted that trade grew adding that risks grew too.', [
      `As reported by the Example Secretariat, ${SPEAKER} noted that trade grew.`,
      `As reported by the Example Secretariat, ${SPEAKER} added that risks grew too.`,
    ]],
    ['a second finite verb', 'She stressed that talks matter and called for a new round.', [
      `As reported by the Example Secretariat, ${SPEAKER} stressed that talks matter.`,
      `As reported by the Example Secretariat, ${SPEAKER} called for a new round.`,
    ]],
    ['a quotation first', '"We are ready," she said.', [`${SPEAKER} said: “We are ready”.`]],
    ['a quotation first, verb before the speaker', '"We are ready," said Ms Petrova.', [`${SPEAKER} said: “We are ready”.`]],
    ['a quotation, then a participle', 'She said: "We are ready", adding that talks would go on.', [
      `${SPEAKER} said: “We are ready”.`,
      `As reported by the Example Secretariat, ${SPEAKER} added that talks would go on.`,
    ]],
    ['no speaker', 'It was stressed that cooperation must continue.', [
      'As reported by the Example Secretariat, an unidentified speaker stressed that cooperation must continue.',
    ]],
  ])('%s', (_shape, body, expected) => {
    expect(saidParts(body)).toEqual(expected);
  });
});

describe('the bundled corpus', () => {
  const corpus = JSON.parse(readFileSync(join(PROJECT_ROOT, 'public/data/corpus.json'), 'utf8')) as Corpus;
  const said = corpus.statements.map((statement) => {
    const citation = formatCitation({ corpus, statementId: statement.id, corpusVersion: 'v', accessedOn: '2026-12-01' });
    return citation.slice(0, citation.indexOf(' Event: '));
  });

  it('cites each of its ten statements as a sentence', () => {
    const lead = 'As reported by the SCO Secretariat, Vladimir Norov (Secretary-General, SCO)';
    expect(said.map((sentence) => sentence.slice(lead.length + 1, lead.length + 42))).toEqual([
      'stressed that the epidemiologic and socio',
      'stated that the growing distrust and conf',
      'called for promoting inclusive and de-pol',
      'noted that the successful implementation ',
      'emphasised that complex preventive work w',
      'added that it was important to start join',
      'added that projects to construct large tr',
      "stressed the SCO member states' special r",
      'pointed out the importance of keeping dow',
      'suggested using the forum in the future t',
    ]);
    for (const sentence of said) {
      expect(sentence.startsWith(lead)).toBe(true);
      // No ", that", no doubled "that", no participle where the verb should be.
      expect(sentence).not.toMatch(/, that |\bthat that\b/);
      expect(sentence.slice(lead.length + 1)).not.toMatch(/^\w+ing\b/);
      expect(sentence).toMatch(/[^.]\.$/);
    }
  });
});
