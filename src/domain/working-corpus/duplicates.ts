import type { CorpusDocument } from '../corpus/corpus-schema.ts';

/**
 * A release is in the working corpus once: the same address (whatever its
 * case of host, "www.", a trailing slash or a #fragment) or the same text
 * (whatever its spacing, case, accents or curly quotes) is refused with the
 * document already there.
 */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${host}${path}${parsed.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type Duplicate = { documentId: string; by: 'url' | 'text'; document: Pick<CorpusDocument, 'id' | 'sourceUrl' | 'publisher' | 'publishedOn' | 'title'> };

export function findDuplicate(
  documents: readonly Pick<CorpusDocument, 'id' | 'sourceUrl' | 'text' | 'publisher' | 'publishedOn' | 'title'>[],
  release: { url: string; text: string },
): Duplicate | null {
  const url = normaliseUrl(release.url);
  const text = normaliseText(release.text);
  for (const document of documents) {
    const by = normaliseUrl(document.sourceUrl) === url ? 'url' : normaliseText(document.text) === text ? 'text' : null;
    if (by) {
      const { id, sourceUrl, publisher, publishedOn, title } = document;
      return { documentId: id, by, document: { id, sourceUrl, publisher, publishedOn, ...(title ? { title } : {}) } };
    }
  }
  return null;
}

/**
 * The document id of a new release: "release-" + publication date + a slug
 * of its title or address, made unique against the ids already taken. It
 * becomes the prefix of every statement id, so it never changes afterwards.
 */
export function newDocumentId(release: { publishedOn: string; url: string; title?: string }, taken: ReadonlySet<string>): string {
  const words = release.title ?? (() => {
    try {
      const path = new URL(release.url).pathname.replace(/\.[a-z0-9]+$/i, '');
      return path.split('/').filter(Boolean).at(-1) ?? '';
    } catch {
      return '';
    }
  })();
  const slug = words
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `release-${release.publishedOn}${slug ? `-${slug}` : ''}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
