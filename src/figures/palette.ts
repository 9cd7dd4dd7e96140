/**
 * Colours for categorical series in exported figures, in order: Paul Tol's
 * "muted" scheme, readable by people with the common colour-vision
 * deficiencies and distinct when printed. Every figure also names each
 * series in its legend, so colour is never the only key.
 */
export const CATEGORY_COLOURS: readonly string[] = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
];

/** The colour of a series without a category (e.g. statements with no theme). */
export const UNCATEGORISED_COLOUR = '#bbbbbb';

export function categoryColour(position: number): string {
  return CATEGORY_COLOURS[position % CATEGORY_COLOURS.length]!;
}
