import { describe, expect, it } from 'vitest';
import { compileCue, matchCues } from '../../../../src/domain/extract/cues.ts';
import { assignThemes, compileTaxonomy } from '../../../../src/domain/extract/themes.ts';
import { projectTables } from './helpers.ts';

describe('cue semantics', () => {
  it.each([
    ['terroris*', 'terrorism, terrorists and Terrorist groups', ['terrorism', 'terrorists', 'Terrorist']],
    ['ICT', 'strictly ICT and ICTs', ['ICT']],
    ['ICT*', 'strictly ICT and ICTs', ['ICT', 'ICTs']],
    ['cross border threat*', 'cross-border threats and cross border threat', ['cross-border threats', 'cross border threat']],
    ['drug trafficking', 'drug-trafficking and drug  trafficking', ['drug-trafficking', 'drug  trafficking']],
    ['COVID-19', 'the COVID-19 pandemic, covid 19', ['COVID-19', 'covid 19']],
    ['youth', 'youthful youths', []],
  ])('%j in %j', (cue, text, expected) => {
    const matches = matchCues([compileCue(cue, 'x')], text, 0, text.length);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });

  it('keeps the longest of overlapping matches', () => {
    const cues = [compileCue('trafficking', 'a'), compileCue('drug trafficking', 'b'), compileCue('illegal drug*', 'c')];
    const text = 'to prevent illegal drug trafficking';
    expect(matchCues(cues, text, 0, text.length).map((m) => `${m.value}:${text.slice(m.start, m.end)}`)).toEqual([
      'b:drug trafficking',
    ]);
  });

  it('rejects an empty cue', () => {
    expect(() => compileCue('*', 'x')).toThrow(/no words/);
  });
});

describe('taxonomy', () => {
  const tables = projectTables();
  const matcher = compileTaxonomy(tables.taxonomy);

  it('covers the required themes with one-line definitions', () => {
    expect(tables.taxonomy.map((t) => t.id)).toEqual([
      'terrorism-extremism', 'drug-trafficking', 'cyber-information-security', 'pandemic-health', 'chemical-biological',
      'economic-connectivity', 'regional-global-security', 'youth-prevention', 'law-enforcement', 'multilateral-dialogue',
    ]);
    for (const theme of tables.taxonomy) expect(theme.definition).not.toMatch(/\n/);
  });

  it.each([
    ['countering violent extremism online', ['terrorism-extremism']],
    ['a rise in cybercrime and attacks on information security', ['cyber-information-security', 'cyber-information-security']],
    ['the Belt and Road and new transport corridors', ['economic-connectivity', 'economic-connectivity']],
    ['a ban on biological weapons', ['chemical-biological']],
    ['the weather was fine', []],
  ])('%j', (text, expected) => {
    expect(assignThemes(matcher, text, 0, text.length).map((t) => t.themeId)).toEqual(expected);
  });

  it('keeps the cue that fired and where', () => {
    const text = 'He warned about terrorists.';
    expect(assignThemes(matcher, text, 0, text.length)).toEqual([{ themeId: 'terrorism-extremism', cue: 'terroris*', span: [16, 26] }]);
  });

  it('only looks inside the range it is given', () => {
    const text = 'terrorism here; pandemic there';
    expect(assignThemes(matcher, text, 16, text.length).map((t) => t.themeId)).toEqual(['pandemic-health']);
  });
});
