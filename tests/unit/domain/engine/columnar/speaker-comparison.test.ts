import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../../src/domain/corpus/corpus-schema.ts';
import { buildColumnarIndex } from '../../../../../src/domain/engine/columnar/columnar-index.ts';
import { createColumnarSpeakerComparisonFromIndex, createReferenceSpeakerComparison } from '../../../../../src/domain/engine/linked-views-engine.ts';
import { buildCompareDirectory } from '../../../../../src/domain/speakers/compare-targets.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../../src/domain/view-state/filters.ts';
import { generateSyntheticCorpus } from '../../../../../src/domain/synthetic/generate-corpus.ts';
import { smallTestCorpus } from '../../../../fixtures/test-corpus.ts';

const corpus = generateSyntheticCorpus({ statements: 2500, seed: 11 });
const reference = createReferenceSpeakerComparison(corpus);
const columnar = createColumnarSpeakerComparisonFromIndex(buildColumnarIndex(corpus));
const directory = buildCompareDirectory(corpus);
const speakers = directory.ordered.filter((target) => target.kind === 'speaker');
const roles = directory.ordered.filter((target) => target.kind === 'role');
const groups = [speakers[0]!.speakerIds, speakers[5]!.speakerIds, roles[0]!.speakerIds, ['no-such-speaker'], [], [...speakers[0]!.speakerIds, ...speakers[0]!.speakerIds]];
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

describe('speaker comparison: columnar engine against the reference', () => {
  it.each<[string, Filters]>([
    ['nothing set', EMPTY_FILTERS],
    ['a country', filters({ countries: ['CHN' as CountryCode] })],
    ['countries with mentions', filters({ countries: ['AFG' as CountryCode], includeMentions: true })],
    ['dates', filters({ from: '2012-01-01', to: '2016-12-31' })],
    ['an event', filters({ events: [corpus.events[3]!.id] })],
    ['a search', filters({ search: 'border' })],
    ['speaker and theme filters, which the view ignores', filters({ speakers: [speakers[1]!.key], themes: ['drug-trafficking'] })],
    ['nothing matches', filters({ search: 'zzqxv' })],
  ])('%s', (_name, f) => {
    expect(columnar.compareSpeakers({ filters: f, groups })).toEqual(reference.compareSpeakers({ filters: f, groups }));
  });

  it('ignores the speaker and theme filters', () => {
    const all = columnar.compareSpeakers({ filters: EMPTY_FILTERS, groups });
    expect(columnar.compareSpeakers({ filters: filters({ speakers: ['x'], themes: ['drug-trafficking'] }), groups })).toEqual(all);
  });

  it('counts a speaker’s statements once, and a statement under each of its themes', () => {
    const [one] = columnar.compareSpeakers({ filters: EMPTY_FILTERS, groups: [speakers[0]!.speakerIds] });
    expect(one!.statements).toBe(speakers[0]!.statements);
    const themeSum = Object.values(one!.themes).reduce((a, b) => a + b, 0);
    expect(themeSum).toBeGreaterThanOrEqual(one!.statements);
    const doubled = columnar.compareSpeakers({ filters: EMPTY_FILTERS, groups: [groups[5]!] });
    expect(doubled[0]).toEqual(one);
  });

  it('counts statements without a theme as unthemed', () => {
    const seed = smallTestCorpus();
    seed.statements[0]!.themes = [];
    const id = seed.statements[0]!.speaker!.id;
    const expected = createReferenceSpeakerComparison(seed).compareSpeakers({ filters: EMPTY_FILTERS, groups: [[id]] });
    expect(expected[0]!.themes.unthemed).toBeGreaterThan(0);
    expect(createColumnarSpeakerComparisonFromIndex(buildColumnarIndex(seed)).compareSpeakers({ filters: EMPTY_FILTERS, groups: [[id]] })).toEqual(expected);
  });
});
