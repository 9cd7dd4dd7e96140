import { UNTHEMED, type SpeakerThemeCounts } from '../engine/contract.ts';
import { formatCount, plural } from '../format/format-count.ts';
import type { CompareTarget } from './compare-targets.ts';

/**
 * Speakers side by side, ready to draw: one column per compared speaker or
 * role, one row per theme (the same rows in every column, so bars align),
 * each bar the theme's statements and their share of that column's
 * statements. Shares of one column can add up to more than 100 %: a
 * statement with several themes counts under each.
 */
export type ComparisonBar = { themeId: string; count: number; /** Percent of the column's statements. */ share: number; selected: boolean };
export type ComparisonColumn = { target: CompareTarget; statements: number; bars: ComparisonBar[]; selected: boolean };
export type SpeakerComparisonModel = {
  themes: Array<{ id: string; label: string }>;
  columns: ComparisonColumn[];
  /** The largest share drawn: every column's bars are on this one scale. */
  maxShare: number;
  summary: string;
};

export type ComparisonInput = {
  targets: readonly CompareTarget[];
  counts: readonly SpeakerThemeCounts[];
  themeOrder: readonly string[];
  themeLabel: (id: string) => string;
  /** The speaker and theme filters: the bars they select are marked. */
  selectedSpeakers: readonly string[];
  selectedThemes: readonly string[];
};

const percent = (share: number) => `${Math.round(share)}\u00a0%`;

export function buildSpeakerComparisonModel(input: ComparisonInput): SpeakerComparisonModel {
  const { targets, counts, themeOrder, themeLabel } = input;
  const used = new Set<string>();
  for (const count of counts) for (const [theme, n] of Object.entries(count.themes)) if (n > 0) used.add(theme);
  const order = [...themeOrder.filter((id) => used.has(id)), ...[...used].filter((id) => !themeOrder.includes(id) && id !== UNTHEMED).sort()];
  if (used.has(UNTHEMED)) order.push(UNTHEMED);
  const selectedSpeakers = new Set(input.selectedSpeakers);
  const selectedThemes = new Set(input.selectedThemes);
  let maxShare = 0;
  const columns = targets.map((target, i): ComparisonColumn => {
    const count = counts[i] ?? { statements: 0, themes: {} };
    const selected = selectedSpeakers.size > 0 && target.speakerIds.every((id) => selectedSpeakers.has(id));
    const bars = order.map((themeId): ComparisonBar => {
      const n = count.themes[themeId] ?? 0;
      const share = count.statements === 0 ? 0 : (n / count.statements) * 100;
      maxShare = Math.max(maxShare, share);
      return { themeId, count: n, share, selected: selected && selectedThemes.has(themeId) };
    });
    return { target, statements: count.statements, bars, selected };
  });
  return {
    themes: order.map((id) => ({ id, label: themeLabel(id) })),
    columns,
    maxShare,
    summary: describeComparison(columns, themeLabel),
  };
}

function describeColumn(column: ComparisonColumn, themeLabel: (id: string) => string): string {
  const name = column.target.kind === 'role' ? `${column.target.label}, ${plural(column.target.speakerIds.length, 'speaker')}` : column.target.label;
  if (column.statements === 0) return `${name}: no statement matches the other filters`;
  const top = column.bars.reduce<ComparisonBar | null>((best, bar) => (bar.count > (best?.count ?? 0) ? bar : best), null);
  const most = top === null ? '' : `, most often ${themeLabel(top.themeId)} (${formatCount(top.count)}, ${percent(top.share)})`;
  return `${name}: ${plural(column.statements, 'statement')}${most}`;
}

/** "Comparing Elena Bekova (1,943 statements, most often Terrorism (602, 31 %)) and …" */
function describeComparison(columns: readonly ComparisonColumn[], themeLabel: (id: string) => string): string {
  if (columns.length === 0) return 'Choose two to four speakers or roles to compare their statements per theme.';
  const parts = columns.map((column) => describeColumn(column, themeLabel));
  const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)!}`;
  const more = columns.length === 1 ? ' Add one more to compare.' : '';
  return `Comparing ${joined}.${more}`;
}

export { percent as formatShare };
