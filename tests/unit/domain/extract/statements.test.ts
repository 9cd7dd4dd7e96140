import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const OPENING = 'On 3 June 2021, SCO Secretary-General Anna Petrova opened the Tashkent Forum on Security.\n';

function statementsOf(body: string) {
  const { document, statements, warnings } = extract(OPENING + body);
  for (const s of statements) expect(document.text.slice(s.span[0], s.span[1])).toBe(s.text);
  return {
    rows: statements.map((s) => [s.verb.text, s.verb.lemma, s.speechType, s.speaker?.name ?? s.speaker?.role ?? null, s.text]),
    warnings: warnings.map((w) => w.message),
  };
}

describe('statements split at reporting verbs', () => {
  it.each([
    ['Ms Petrova stressed that borders must stay open.', [['stressed', 'stress', 'reported', 'Anna Petrova', 'borders must stay open']]],
    ['She pointed out the importance of trust.', [['pointed out', 'point out', 'reported', 'Anna Petrova', 'the importance of trust']]],
    ['The Secretary-General called for restraint.', [['called for', 'call for', 'reported', 'Anna Petrova', 'restraint']]],
    [
      'Ms Petrova noted that trade grew, adding that risks grew too.',
      [['noted', 'note', 'reported', 'Anna Petrova', 'trade grew'], ['adding', 'add', 'reported', 'Anna Petrova', 'risks grew too']],
    ],
    [
      'Ms Petrova noted that trade grew adding that risks grew too.',
      [['noted', 'note', 'reported', 'Anna Petrova', 'trade grew'], ['adding', 'add', 'reported', 'Anna Petrova', 'risks grew too']],
    ],
    [
      'She emphasised that talks matter, calling for a new round.',
      [['emphasised', 'emphasise', 'reported', 'Anna Petrova', 'talks matter'], ['calling for', 'call for', 'reported', 'Anna Petrova', 'a new round']],
    ],
    [
      'She stressed that talks matter and called for a new round.',
      [['stressed', 'stress', 'reported', 'Anna Petrova', 'talks matter'], ['called for', 'call for', 'reported', 'Anna Petrova', 'a new round']],
    ],
    ['She emphasized that spelling varies.', [['emphasized', 'emphasise', 'reported', 'Anna Petrova', 'spelling varies']]],
    ['She told the audience that the plan was ready.', [['told', 'tell', 'reported', 'Anna Petrova', 'the plan was ready']]],
    ['She said: "We are ready. We will act."', [['said', 'say', 'quoted', 'Anna Petrova', 'We are ready. We will act']]],
    ['"We are ready," she said.', [['said', 'say', 'quoted', 'Anna Petrova', 'We are ready']]],
    ['"We are ready," said Ms Petrova.', [['said', 'say', 'quoted', 'Anna Petrova', 'We are ready']]],
    ['She said that the era of "easy answers" was over.', [['said', 'say', 'reported', 'Anna Petrova', 'the era of "easy answers" was over']]],
    ['In her speech, Ms Petrova also underlined that data must be shared.', [['underlined', 'underline', 'reported', 'Anna Petrova', 'data must be shared']]],
    ['It was stressed that cooperation must continue.', [['stressed', 'stress', 'reported', null, 'cooperation must continue']]],
    ['The sides agreed that experts would meet again.', [['agreed', 'agree', 'reported', 'sides', 'experts would meet again']]],
    ['Ministers noted that courts must cooperate.', [['noted', 'note', 'reported', 'Ministers', 'courts must cooperate']]],
    ['The proposal was noted and welcomed by all delegations.', []],
    ['The Secretary-General spoke at the opening of the session.', []],
  ])('%j', (body, expected) => {
    expect(statementsOf(body).rows).toEqual(expected);
  });

  it('keeps paragraph indices 0-based', () => {
    const { statements } = extract(`${OPENING}Intro.\nShe stressed that A held.\nShe noted that B held.`);
    expect(statements.map((s) => s.paragraphIndex)).toEqual([2, 3]);
  });

  it('derives ids from the document id and the span', () => {
    const { statements } = extract(`${OPENING}She stressed that A held.`);
    const [s] = statements;
    expect(s!.id).toBe(`test-doc:${s!.span[0]}-${s!.span[1]}`);
  });

  it('reports a reporting verb whose subject names no one, and makes no statement', () => {
    const { rows, warnings } = statementsOf('The survey suggested that crime fell.');
    expect(rows).toEqual([]);
    expect(warnings).toEqual(['no speaker recognised in "The survey" before "suggested"; no statement extracted']);
  });
});

describe('speakers resolved across mentions', () => {
  it('resolves a full mention, honorific, role and pronoun to one person', () => {
    const { statements } = extract(
      `${OPENING}Ms Petrova stressed that A held. The SCO Secretary-General noted that B held. The Secretary-General added that C held. She suggested that D held.`,
    );
    expect(statements.map((s) => [s.speaker?.mention, s.speaker?.id, s.speaker?.role, s.speaker?.organisation])).toEqual([
      ['Ms Petrova', 'anna-petrova', 'Secretary-General', 'SCO'],
      ['The SCO Secretary-General', 'anna-petrova', 'Secretary-General', 'SCO'],
      ['The Secretary-General', 'anna-petrova', 'Secretary-General', 'SCO'],
      ['She', 'anna-petrova', 'Secretary-General', 'SCO'],
    ]);
    const fullMention = 'SCO Secretary-General Anna Petrova';
    const start = OPENING.indexOf(fullMention);
    for (const s of statements) expect(s.speaker?.resolvedFrom).toEqual([start, start + fullMention.length]);
  });

  it('takes a name in apposition', () => {
    const { statements } = extract('On 3 June 2021, Omar Haddad, Deputy Secretary-General of the CSTO, said that drills would resume.');
    expect(statements[0]!.speaker).toMatchObject({ name: 'Omar Haddad', role: 'Deputy Secretary-General', organisation: 'CSTO' });
  });

  it('reads a country from an adjective before the title', () => {
    const { statements } = extract('On 3 June 2021, Russian Foreign Minister Ivan Sidorov stated that talks were useful.');
    expect(statements[0]!.speaker).toMatchObject({ name: 'Ivan Sidorov', role: 'Foreign Minister', country: 'RUS' });
  });

  it('resolves a pronoun to the subject of the sentence before, not its object', () => {
    const { statements } = extract(
      `${OPENING}Ms Petrova received Ambassador Extraordinary and Plenipotentiary of the Republic of India to the People's Republic of China Ravi Rao. She said that ties were close. The Ambassador noted that India valued the forum.`,
    );
    expect(statements.map((s) => [s.speaker?.mention, s.speaker?.name, s.speaker?.country])).toEqual([
      ['She', 'Anna Petrova', null],
      ['The Ambassador', 'Ravi Rao', 'IND'],
    ]);
  });

  it('does not let a pronoun cross a known gender', () => {
    const { statements } = extract(`${OPENING}Mr Lind, an adviser, was present. She stressed that A held.`);
    expect(statements[0]!.speaker?.name).toBe('Anna Petrova');
  });

  it('gives a role two people share to the nearest of them, and lists it for review', () => {
    const { statements, warnings } = extract(
      'At the Riga Forum on Trade on 3 June 2021, Interior Minister Ali Karimov met Interior Minister Jan Novak. The Interior Minister said that borders were safe.',
    );
    expect(statements[0]!.speaker).toMatchObject({ name: 'Jan Novak', role: 'Interior Minister' });
    expect(warnings.map((w) => w.message)).toEqual([
      '"The Interior Minister": 2 people named before it have this role; taken as the nearest, Jan Novak',
    ]);
  });

  it('reports a pronoun with nobody to refer to, and keeps the statement without a speaker', () => {
    const { statements, warnings } = extract('At the Riga Forum on Trade on 3 June 2021, he said that the plan was ready.');
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([[null, 'the plan was ready']]);
    expect(warnings).toEqual([{ line: 1, message: '"he" has no person named before it to refer to' }]);
  });

  it('reports an honorific surname nobody was introduced with', () => {
    const { statements, warnings } = extract('At the Riga Forum on Trade on 3 June 2021, Mr Quill said that the plan was ready.');
    expect(statements[0]!.speaker).toMatchObject({ name: null, mention: 'Mr Quill' });
    expect(warnings.map((w) => w.message)).toEqual([
      'could not resolve "Mr Quill" to a named person: no one with this surname is named before it',
    ]);
  });
});

describe('the genre\'s other statement shapes', () => {
  const rows = (text: string) =>
    extract(text).statements.map((s) => [s.speaker?.name ?? null, s.speaker?.mention ?? null, s.verb.lemma, s.speechType, s.text]);

  it.each([
    [
      'an attribution after the clause, without quotation marks',
      `${OPENING}Borders must stay open to trade, Anna Petrova said.`,
      [['Anna Petrova', 'Anna Petrova', 'say', 'reported', 'Borders must stay open to trade']],
    ],
    [
      'an inverted attribution after the clause',
      `${OPENING}The region needs more joint exercises, said the Secretary-General.`,
      [['Anna Petrova', 'the Secretary-General', 'say', 'reported', 'The region needs more joint exercises']],
    ],
    [
      'a reporting verb after another verb',
      `${OPENING}Ms Petrova reviewed the year and said that the plan was on track.`,
      [['Anna Petrova', 'Ms Petrova', 'say', 'reported', 'the plan was on track']],
    ],
    [
      'an adverbial between the verb and "that"',
      `${OPENING}Ms Petrova stressed during her remarks that youth work mattered.`,
      [['Anna Petrova', 'Ms Petrova', 'stress', 'reported', 'youth work mattered']],
    ],
    [
      'a relative clause after the subject',
      `${OPENING}Ms Petrova, who chaired the session, noted that the agenda was full.`,
      [['Anna Petrova', 'Ms Petrova', 'note', 'reported', 'the agenda was full']],
    ],
    [
      'a document as subject, in the present tense, given to its sender',
      `${OPENING}Ms Petrova sent a letter to the ministers. The letter notes that the budget is tight.`,
      [['Anna Petrova', 'The letter', 'note', 'reported', 'the budget is tight']],
    ],
    [
      'a title written in another case',
      'On 3 June 2021, SCO Secretary-general Anna Petrova opened the Tashkent Forum on Security.\nThe SCO secretary-general stressed that the plan was ready.',
      [['Anna Petrova', 'The SCO secretary-general', 'stress', 'reported', 'the plan was ready']],
    ],
    [
      'a name written family name first',
      'On 3 June 2021, SCO Secretary-General Wang Lei opened the Tashkent Forum on Security.\nMr Wang noted that the plan was ready.',
      [['Wang Lei', 'Mr Wang', 'note', 'reported', 'the plan was ready']],
    ],
    [
      'a person as the object: no speech, except as the listener of "informed"',
      `${OPENING}Ms Petrova welcomed Mr Quill Rann. She informed Mr Rann about the plans for the year.`,
      [['Anna Petrova', 'She', 'inform', 'reported', 'Mr Rann about the plans for the year']],
    ],
    [
      'an unclosed quotation, whose words are the speaker\'s only',
      `${OPENING}Ms Petrova said: "We must act. As Mr Quill stressed that year, time is short.`,
      [['Anna Petrova', 'Ms Petrova', 'say', 'quoted', 'We must act. As Mr Quill stressed that year, time is short']],
    ],
    [
      'an unclosed quotation that opens the paragraph: nobody named inside it speaks',
      `${OPENING}"Our agencies must share data. Director Omar Zaid stressed that no delay is acceptable.`,
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('passes over a person only spoken about ("a message from …") when it resolves "the Uzbek diplomat"', () => {
    const text = 'On 3 June 2021, SCO Secretary-General Anna Petrova met Charge d\'Affaires ad Interim of Uzbekistan in China Rustam Aliev.\n'
      + 'Charge d\'Affaires Aliev handed Ms Petrova a message from Minister of Foreign Affairs of Uzbekistan Bakhrom Sodiqov. '
      + 'The Uzbek diplomat noted that trade grew.';
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([['Rustam Aliev', 'The Uzbek diplomat']]);
    expect(extract(text).event.participatingCountries.map((c) => c.value)).toEqual(['UZB']);
  });

  it('refers "the Uzbek diplomat" to the nearest person of that country, and "He" after it to the same', () => {
    const text = 'On 3 June 2021, SCO Secretary-General Anna Petrova met the Ambassador of Uzbekistan Rustam Aliev.\n'
      + 'Ms Petrova welcomed the Ambassador. The Uzbek diplomat noted that trade grew. He expressed confidence that it would grow more.';
    // "welcomed the Ambassador" has a person as its object: no speech.
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Rustam Aliev', 'The Uzbek diplomat', 'note'],
      ['Rustam Aliev', 'He', 'express confidence'],
    ]);
  });
});
