/**
 * A small typed SVG tree and its serializer. Figures are built as data and
 * turned into text here, in one place, so that every label — corpus text
 * included — goes through XML escaping, and so that a figure cannot reach
 * outside itself: the serializer refuses scripts, foreign objects, images,
 * links, event handlers and url() references other than to its own ids.
 */
export type SvgAttributeValue = string | number | null | undefined;
export type SvgAttributes = Readonly<Record<string, SvgAttributeValue>>;
export type SvgChild = SvgNode | string | null | undefined | false;
export type SvgNode = { readonly tag: SvgTag; readonly attributes: SvgAttributes; readonly children: readonly SvgChild[] };

const TAGS = [
  'svg',
  'g',
  'defs',
  'clipPath',
  'pattern',
  'rect',
  'circle',
  'line',
  'path',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
] as const;
export type SvgTag = (typeof TAGS)[number];
const ALLOWED_TAGS: ReadonlySet<string> = new Set(TAGS);

const ATTRIBUTE_NAME = /^(?:[a-z][a-zA-Z0-9-]*|xmlns|aria-[a-z]+)$/;
// Anything that could run code or fetch: handlers, links, inline CSS.
const FORBIDDEN_ATTRIBUTE = /^(?:on|href$|src$|style$|xlink)/i;
const URL_REFERENCE = /url\s*\(/i;
const LOCAL_URL_REFERENCE = /^url\(#[\w-]+\)$/;

export function svg(tag: SvgTag, attributes: SvgAttributes = {}, ...children: SvgChild[]): SvgNode {
  return { tag, attributes, children };
}

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF: a
// label carrying one would make the whole file unreadable, so drop them.
const INVALID_XML_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Numbers with at most two decimals: exact enough for a 1200 px figure, and short. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`an SVG attribute cannot be ${value}`);
  return String(Math.round(value * 100) / 100);
}

function serializeAttributes(attributes: SvgAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (!ATTRIBUTE_NAME.test(name) || FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`SVG attribute "${name}" is not allowed in a figure`);
    const text = typeof value === 'number' ? formatNumber(value) : value;
    if (URL_REFERENCE.test(text) && !LOCAL_URL_REFERENCE.test(text.trim())) {
      throw new Error(`SVG attribute "${name}" may only reference ids inside the figure`);
    }
    out += ` ${name}="${escapeXmlAttribute(text)}"`;
  }
  return out;
}

function serializeNode(node: SvgNode, out: string[]): void {
  if (!ALLOWED_TAGS.has(node.tag)) throw new Error(`SVG element <${node.tag}> is not allowed in a figure`);
  const children = node.children.filter((child): child is SvgNode | string => child !== null && child !== undefined && child !== false);
  const open = `<${node.tag}${serializeAttributes(node.attributes)}`;
  if (children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  for (const child of children) {
    if (typeof child === 'string') out.push(escapeXmlText(child));
    else serializeNode(child, out);
  }
  out.push(`</${node.tag}>`);
}

/** An SVG fragment (no XML declaration), e.g. to test a renderer's body. */
export function serializeSvgFragment(node: SvgNode): string {
  const out: string[] = [];
  serializeNode(node, out);
  return out.join('');
}

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A standalone SVG file: XML declaration, then the root <svg> in the SVG namespace. */
export function serializeSvgDocument(root: SvgNode): string {
  if (root.tag !== 'svg') throw new Error('an SVG document needs an <svg> root');
  const withNamespace = svg('svg', { xmlns: SVG_NAMESPACE, ...root.attributes }, ...root.children);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvgFragment(withNamespace)}\n`;
}
