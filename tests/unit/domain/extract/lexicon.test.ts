import { describe, expect, it } from 'vitest';
import { buildLexicon, findNames } from '../../../../src/domain/extract/lexicon.ts';
import { projectTables } from './helpers.ts';

const lexicon = buildLexicon(projectTables());

function describeNames(text: string): string[] {
  return findNames(lexicon, text).map((n) => {
    const v = n.value;
    const value = v.kind === 'country' ? v.code : v.kind === 'ambiguous' ? `?${v.codes.join('|')}` : v.kind === 'organisation' ? `org:${v.name}` : 'place';
    return `${n.surface}=${value}`;
  });
}

describe('country names, longest first', () => {
  it.each([
    ['delegates of the Democratic Republic of the Congo', ['Democratic Republic of the Congo=COD']],
    ['the Republic of the Congo and Rwanda', ['Republic of the Congo=COG', 'Rwanda=RWA']],
    ['the Russian Federation and the Kyrgyz Republic', ['Russian Federation=RUS', 'Kyrgyz Republic=KGZ']],
    ['the Republic of Korea', ['Republic of Korea=KOR']],
    ['Afghan drug trafficking and Kazakhstani experts', ['Afghan=AFG', 'Kazakhstani=KAZ']],
    ['Russian-Chinese relations', ['Russian=RUS', 'Chinese=CHN']],
    ['Guinea-Bissau, Guinea and Equatorial Guinea', ['Guinea-Bissau=GNB', 'Guinea=GIN', 'Equatorial Guinea=GNQ']],
    ['Niger and Nigeria', ['Niger=NER', 'Nigeria=NGA']],
    ['the United States of America and the US', ['United States of America=USA', 'US=USA']],
    ['Türkiye, formerly Turkey', ['Türkiye=TUR', 'Turkey=TUR']],
  ])('%j', (text, expected) => {
    expect(describeNames(text)).toEqual(expected);
  });

  it('leaves ambiguous names unresolved', () => {
    expect(describeNames('the Congo basin and Korean culture')).toEqual(['Congo=?COD|COG', 'Korean=?KOR|PRK']);
  });

  it('matches only whole, correctly capitalised words', () => {
    expect(describeNames('us, chinese, Omani, Omanis, Indianapolis')).toEqual(['Omani=OMN']);
  });
});

describe('organisations and places', () => {
  it.each([
    ['the SCO and ASEAN member states', ['SCO=org:SCO', 'ASEAN=org:ASEAN']],
    ['the Shanghai Cooperation Organisation', ['Shanghai Cooperation Organisation=org:SCO']],
    ['Asia-Pacific Economic Cooperation', ['Asia-Pacific Economic Cooperation=org:APEC']],
    ['within the Belt and Road space', ['Belt and Road space=place']],
    ['in the Asian-Pacific region', ['Asian-Pacific region=place']],
    ['the Silk Road Economic Belt and the 21st Century Maritime Silk Road', ['Silk Road Economic Belt=place', '21st Century Maritime Silk Road=place']],
    ['Foundation (Hainan Province, China)', ['Hainan Province=place', 'China=CHN']],
    ['In Xinjiang Uygur Autonomous Region', ['Xinjiang Uygur Autonomous Region=place']],
  ])('%j', (text, expected) => {
    expect(describeNames(text)).toEqual(expected);
  });
});
