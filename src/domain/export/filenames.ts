import type { IsoDate } from '../corpus/corpus-schema.ts';
import type { Filters } from '../view-state/filters.ts';
import type { Labels } from '../corpus/labels.ts';

/**
 * Download names that read well in a folder and are safe on every file
 * system: forum-atlas_<what>_<filter-slug>_<yyyy-mm-dd>.<ext>. Slugs are
 * ASCII: accents are folded ("São" → "sao"), and text with no Latin letters
 * at all (Cyrillic, Chinese, Arabic) becomes a short stable tag from its
 * hash, so two different searches never share a name.
 */
const MAX_SLUG_LENGTH = 60;
const MAX_PART_LENGTH = 24;

/** FNV-1a over UTF-16 units: tiny, stable, good enough to tell names apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

function cutAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Lower-case ASCII letters, digits and single hyphens; '' when nothing Latin is left. */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtHyphen(folded, max);
}

/** slugify, or a "x<hash>" tag when the text has no Latin letters or digits. */
export function slugOrTag(text: string, max = MAX_PART_LENGTH): string {
  const slug = slugify(text, max);
  if (slug !== '') return slug;
  return text.trim() === '' ? '' : `x${shortHash(text)}`;
}

/** The filters as a slug: "japan_counter-terrorism_2020-08". "all" when unfiltered. */
export function describeFilterSlug(filters: Filters, labels: Labels): string {
  const parts: string[] = [];
  for (const code of filters.countries) parts.push(slugOrTag(labels.country(code)));
  if (filters.includeMentions && filters.countries.length > 0) parts.push('incl-mentions');
  for (const id of filters.themes) parts.push(slugOrTag(id));
  for (const id of filters.speakers) parts.push(slugOrTag(labels.speaker(id)));
  for (const id of filters.events) parts.push(slugOrTag(labels.event(id)));
  if (filters.from !== null || filters.to !== null) parts.push(`${filters.from ?? 'start'}-to-${filters.to ?? 'end'}`);
  if (filters.search.trim() !== '') parts.push(`q-${slugOrTag(filters.search)}`);
  const slug = parts.filter((part) => part !== '').join('_');
  if (slug === '') return 'all';
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Too many filters for a name: keep the start and tell them apart by hash.
  return `${slug.slice(0, MAX_SLUG_LENGTH - 7).replace(/[_-]+$/, '')}-${shortHash(slug)}`;
}

export type FileNameInput = {
  /** What is exported: "map", "timeline", "statements", "packet"… */
  what: string;
  filterSlug: string;
  date: IsoDate;
  extension: string;
  /** Marks files from a synthetic corpus in their very name. */
  synthetic?: boolean;
};

export function buildExportFileName(input: FileNameInput): string {
  const what = slugify(input.what, MAX_PART_LENGTH) || 'export';
  const filter =
    input.filterSlug
      .split('_')
      .map((part) => slugify(part))
      .filter((part) => part !== '')
      .join('_')
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/[_-]+$/, '') || 'all';
  const extension = slugify(input.extension).replace(/-/g, '').slice(0, 8) || 'bin';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? input.date : 'undated';
  const prefix = input.synthetic ? 'forum-atlas-SYNTHETIC' : 'forum-atlas';
  return `${prefix}_${what}_${filter}_${date}.${extension}`;
}
