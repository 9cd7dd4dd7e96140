/**
 * A release saved as HTML, reduced to its text: parsed by DOMParser into an
 * inert document (no script runs, nothing loads, nothing is shown), then
 * walked for its text with one paragraph per line. Markup never reaches
 * the page.
 */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD', 'BUTTON', 'FORM', 'SELECT']);

export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) endLine();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) endLine();
  };
  if (document.body) walk(document.body);
  endLine();
  return lines.join('\n');
}

/** The text of a dropped or picked file: .html/.htm reduced to text, anything else read as UTF-8 text. */
export async function readReleaseFile(file: File): Promise<{ text: string } | { error: string }> {
  const name = file.name.toLowerCase();
  const html = name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html';
  const plain = name.endsWith('.txt') || file.type === 'text/plain';
  if (!html && !plain) return { error: `${file.name} is not a .txt or .html file.` };
  if (file.size > 5_000_000) return { error: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; a release file can be at most 5 MB.` };
  const text = await file.text();
  return { text: html ? htmlToText(text) : text };
}
