import { JSDOM } from 'jsdom';

/**
 * Parses an SVG file with a real XML parser (jsdom's, strict XML mode), as
 * a browser opening the file would. Throws when the file is not well-formed.
 */
export function parseSvg(text: string): Document {
  const { DOMParser } = new JSDOM('').window;
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** Everything in the file that could run code or fetch something from elsewhere. */
export function findExternalReferences(document: Document): string[] {
  const found: string[] = [];
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    const tag = element.localName.toLowerCase();
    if (['script', 'foreignobject', 'image', 'iframe', 'use', 'a', 'style', 'link', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}@${name}`);
      if ((name === 'href' || name.endsWith(':href') || name === 'src') && !attribute.value.startsWith('#')) found.push(`${tag}@${name}=${attribute.value}`);
      if (/url\(\s*['"]?(?!#)/i.test(attribute.value)) found.push(`${tag}@${name}=${attribute.value}`);
    }
  }
  return found;
}

/** The text a reader sees: every <text> element's content, in document order. */
export function visibleTexts(document: Document): string[] {
  return Array.from(document.getElementsByTagName('text'), (element) => element.textContent ?? '');
}
