import type { FacetCount } from './linked-views.ts';

/** One choice of a facet control, ready to draw. */
export type FacetOption = {
  value: string;
  label: string;
  /** Statements it would match given every other filter. */
  count: number;
  selected: boolean;
};

const byCountThenLabel = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || a.label.localeCompare(b.label, 'en') || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * The options of one facet: every value with a count, plus any selected value
 * the other filters have brought down to zero, so it can still be unticked.
 * Ordered by count, then by the label a reader sees (not by id).
 */
export function buildFacetOptions(
  counts: readonly FacetCount[],
  selected: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const chosen = new Set(selected);
  const options = counts.map(({ value, count }) => ({ value, label: label(value), count, selected: chosen.has(value) }));
  const present = new Set(counts.map(({ value }) => value));
  for (const value of chosen) {
    if (!present.has(value)) options.push({ value, label: label(value), count: 0, selected: true });
  }
  return options.sort(byCountThenLabel);
}

export type FacetOptionsShown = { shown: FacetOption[]; hidden: number };

/** Folding away one or two options saves less than the "show all" button costs. */
const MIN_FOLDED = 3;

/**
 * The options shown before "show all": the first `limit`, plus any selected
 * option beyond it, so a ticked box never disappears from view. Everything is
 * shown when fewer than three options would be folded away.
 */
export function limitFacetOptions(options: readonly FacetOption[], limit: number, expanded: boolean): FacetOptionsShown {
  if (expanded) return { shown: [...options], hidden: 0 };
  const shown = options.filter((option, i) => i < limit || option.selected);
  if (options.length - shown.length < MIN_FOLDED) return { shown: [...options], hidden: 0 };
  return { shown, hidden: options.length - shown.length };
}
