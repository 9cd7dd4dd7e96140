import type { Filters } from '../../view-state/filters.ts';
import { UNTHEMED, type SpeakerComparisonEngine, type SpeakerComparisonQuery, type SpeakerThemeCounts } from '../contract.ts';
import { andInto, type Bitset } from './bitset.ts';
import type { ColumnarIndex } from './columnar-index.ts';
import { countryMask, dateMask, eventMask, facetKeys, searchMask } from './facet-masks.ts';
import { Workspace } from './workspace.ts';

/** Statements matching every filter but the speaker and theme ones; null when none of the rest is set. */
function statementMaskIgnoringSpeakersAndThemes(index: ColumnarIndex, filters: Filters): Bitset | null {
  const ws = new Workspace();
  const parts = [countryMask(index, filters, ws), eventMask(index, filters, ws), dateMask(index, filters, ws), searchMask(index, filters, ws)]
    .map((mask) => mask.statements)
    .filter((bits): bits is Bitset => bits !== null);
  if (parts.length === 0) return null;
  const result = parts[0]!.slice();
  for (let i = 1; i < parts.length; i += 1) andInto(result, parts[i]!);
  return result;
}

const has = (bits: Bitset, p: number) => (bits[p >>> 5]! & (1 << (p & 31))) !== 0;

/**
 * The speaker comparison on the columnar index: each group's statement
 * positions (from the per-speaker rows), kept by the mask, each tested
 * against the per-theme bitsets. The mask is kept for the last filters.
 */
export function createColumnarSpeakerComparison(index: ColumnarIndex): SpeakerComparisonEngine {
  let last: { key: string; mask: Bitset | null } | null = null;
  return {
    compareSpeakers({ filters, groups }: SpeakerComparisonQuery): SpeakerThemeCounts[] {
      const keys = facetKeys(filters);
      const key = [keys.countries, keys.events, keys.dates, keys.search].join('\u0001');
      if (last?.key !== key) last = { key, mask: statementMaskIgnoringSpeakersAndThemes(index, filters) };
      const { mask } = last;
      const { speakerStatements, themeStatements, themeIds } = index;
      return groups.map((group) => {
        const counts = new Uint32Array(themeIds.length);
        let unthemed = 0;
        let statements = 0;
        for (const id of new Set(group)) {
          const speaker = index.speakerIdByValue.get(id);
          if (speaker === undefined) continue;
          for (let i = speakerStatements.offsets[speaker]!; i < speakerStatements.offsets[speaker + 1]!; i += 1) {
            const p = speakerStatements.values[i]!;
            if (mask !== null && !has(mask, p)) continue;
            statements += 1;
            let any = false;
            for (let t = 0; t < themeIds.length; t += 1) {
              if (!has(themeStatements[t]!, p)) continue;
              counts[t]! += 1;
              any = true;
            }
            if (!any) unthemed += 1;
          }
        }
        const themes: Record<string, number> = {};
        themeIds.forEach((theme, t) => {
          if (counts[t]! > 0) themes[theme] = counts[t]!;
        });
        if (unthemed > 0) themes[UNTHEMED] = unthemed;
        return { statements, themes };
      });
    },
  };
}
