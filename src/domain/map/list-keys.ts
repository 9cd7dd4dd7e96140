/**
 * The keyboard model of the country list, an ARIA listbox that is one Tab
 * stop: arrow keys, Home/End and Page keys move, letters jump to a name
 * (type-ahead). Pure, so the component only draws and focuses.
 */

/** Rows a Page key moves: about what the list's scroll box shows. */
export const PAGE_STEP = 10;

/** Where a navigation key moves from `index` in a list of `count`, or null for a key that is not one. */
export function moveInList(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const clamp = (at: number) => Math.min(count - 1, Math.max(0, at));
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(index + PAGE_STEP);
    case 'PageUp':
      return clamp(index - PAGE_STEP);
    default:
      return null;
  }
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en');

/**
 * The option a typed prefix jumps to: the first name after `from` that
 * starts with it, wrapping round. Typing one letter again ("s", "s") steps
 * through the names with that letter, as file lists do.
 */
export function typeAheadMatch(names: readonly string[], typed: string, from: number): number | null {
  const query = fold(typed);
  if (query === '' || names.length === 0) return null;
  const repeated = [...query].every((char) => char === query[0]);
  const prefix = repeated ? query[0]! : query;
  // A longer prefix may still match the current name; a repeated letter moves on.
  const start = repeated ? from + 1 : from;
  for (let step = 0; step < names.length; step += 1) {
    const at = (((start + step) % names.length) + names.length) % names.length;
    if (fold(names[at]!).startsWith(prefix)) return at;
  }
  return null;
}
