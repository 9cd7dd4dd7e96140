import type { FacetCount } from '../engine/contract.ts';

/** One choice of a facet control, ready to draw. */
export type FacetOption = {
  value: string;
  label: string;
  /** Statements it would match given every other filter. */
  count: number;
  selected: boolean;
};

// Same order as String#localeCompare(…, 'en'), without building a collator per call.
const compareLabels = new Intl.Collator('en').compare;

const byCountThenLabel = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || compareLabels(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

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

/**
 * What `limitFacetOptions(buildFacetOptions(counts, selected, label), limit,
 * expanded)` gives, plus the number of options in all, without labelling and
 * sorting every value when the facet is folded: a large corpus has thousands
 * of speakers and events, of which six are drawn.
 */
export function chooseFacetOptions(
  counts: readonly FacetCount[],
  selected: readonly string[],
  label: (value: string) => string,
  limit: number,
  expanded: boolean,
): FacetOptionsShown & { total: number } {
  const chosen = new Set(selected);
  const present = new Set<string>();
  for (const { value } of counts) if (chosen.has(value)) present.add(value);
  const missing = [...chosen].filter((value) => !present.has(value));
  const total = counts.length + missing.length;
  // Folding would hide fewer than MIN_FOLDED even before the selected options are kept: build it all.
  if (expanded || total - limit < MIN_FOLDED || limit <= 0) {
    return { ...limitFacetOptions(buildFacetOptions(counts, selected, label), limit, expanded), total };
  }
  // The first `limit` options in order, kept sorted; an entry whose count is
  // below the last one kept cannot enter, and is never labelled.
  const best: FacetOption[] = [];
  const offer = (option: FacetOption) => {
    if (best.length === limit && byCountThenLabel(option, best[limit - 1]!) >= 0) return;
    let at = best.length;
    while (at > 0 && byCountThenLabel(option, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, option);
    if (best.length > limit) best.pop();
  };
  const selectedOptions: FacetOption[] = [];
  for (const { value, count } of counts) {
    const isSelected = chosen.has(value);
    if (!isSelected && best.length === limit && count < best[limit - 1]!.count) continue;
    const option = { value, label: label(value), count, selected: isSelected };
    offer(option);
    if (isSelected) selectedOptions.push(option);
  }
  for (const value of missing) {
    const option = { value, label: label(value), count: 0, selected: true };
    offer(option);
    selectedOptions.push(option);
  }
  const first = new Set(best);
  const beyond = selectedOptions.filter((option) => !first.has(option)).sort(byCountThenLabel);
  const shown = [...best, ...beyond];
  if (total - shown.length < MIN_FOLDED) {
    return { shown: buildFacetOptions(counts, selected, label), hidden: 0, total };
  }
  return { shown, hidden: total - shown.length, total };
}
