import { FILTERS_IGNORED_BY_VIEW, UNTHEMED, type SpeakerComparisonQuery, type SpeakerThemeCounts } from '../contract.ts';
import { withoutFacets } from '../../view-state/filters.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { compile, statementMatches } from './linked-views.ts';

/** The speaker comparison as contract.ts states it: each statement tested, then counted per group and theme. */
export function compareSpeakersReference(index: CorpusIndex, query: SpeakerComparisonQuery): SpeakerThemeCounts[] {
  const predicate = compile(withoutFacets(query.filters, FILTERS_IGNORED_BY_VIEW.speakerComparison));
  return query.groups.map((group) => {
    const speakers = new Set(group);
    const result: SpeakerThemeCounts = { statements: 0, themes: {} };
    for (const statement of index.statements) {
      if (statement.speakerId === null || !speakers.has(statement.speakerId)) continue;
      if (!statementMatches(index, statement, predicate)) continue;
      result.statements += 1;
      for (const theme of statement.themes.length === 0 ? [UNTHEMED] : statement.themes) {
        result.themes[theme] = (result.themes[theme] ?? 0) + 1;
      }
    }
    return result;
  });
}
