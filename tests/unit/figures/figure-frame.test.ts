import { describe, expect, it } from 'vitest';
import { composeFigure, FIGURE_HEIGHT, FIGURE_WIDTH, type BodyBox, type FigureFrameInput } from '../../../src/figures/figure-frame.ts';
import { escapeXmlAttribute, escapeXmlText, serializeSvgDocument, serializeSvgFragment, svg, type SvgTag } from '../../../src/figures/svg.ts';
import { findExternalReferences, parseSvg, visibleTexts } from '../../support/parse-svg.ts';

const HOSTILE = `<script>alert("x")</script> & 'quotes' "double" ]]> <!-- c -->`;

const frame: FigureFrameInput = {
  title: 'Participating countries',
  subtitle: 'Japan · Terrorism and extremism · Aug 2020',
  legend: [
    { label: 'Took part', colour: '#332288' },
    { label: 'Mentioned only', colour: '#88ccee', shape: 'circle' },
  ],
  sourceLine: 'Source: SCO Secretariat. http://example.org/1. Forum Atlas corpus version abc123def456, generated 28 November 2026.',
  synthetic: false,
};

const drawBox = (box: BodyBox) => svg('rect', { x: 0, y: 0, width: box.width, height: box.height, fill: '#eeeeee', id: 'test-body' });

describe('composeFigure', () => {
  it('is a self-contained SVG file of the publication size with title, filter words, source and footer', () => {
    const document = parseSvg(composeFigure(frame, drawBox));
    const root = document.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}`);
    expect(findExternalReferences(document)).toEqual([]);
    const texts = visibleTexts(document).join('\n');
    expect(texts).toContain('Participating countries');
    expect(texts).toContain('Japan · Terrorism and extremism · Aug 2020');
    expect(texts).toContain('Took part');
    expect(texts).toContain('Mentioned only');
    expect(texts).toContain('corpus version abc123def456');
    expect(texts).toContain('Chart: Forum Atlas');
    // The date is given once, in the source line.
    expect(texts.match(/28 November 2026/g)).toHaveLength(1);
    expect(texts).not.toContain('SYNTHETIC');
    expect(document.getElementsByTagName('title')[0]!.textContent).toBe('Participating countries');
  });

  it('gives the body a box inside the figure, below the title and above the legend', () => {
    let seen: BodyBox | null = null;
    composeFigure(frame, (box) => {
      seen = box;
      return drawBox(box);
    });
    expect(seen!.width).toBe(FIGURE_WIDTH - 80);
    expect(seen!.height).toBeGreaterThan(FIGURE_HEIGHT / 2);
    expect(seen!.height).toBeLessThan(FIGURE_HEIGHT - 150);
  });

  it('escapes hostile labels everywhere they appear', () => {
    const text = composeFigure(
      { ...frame, title: HOSTILE, subtitle: HOSTILE, legend: [{ label: HOSTILE, colour: '#000000' }], sourceLine: HOSTILE, description: HOSTILE },
      drawBox,
    );
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<!-- c');
    const document = parseSvg(text);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(findExternalReferences(document)).toEqual([]);
    expect(visibleTexts(document).some((t) => t.includes('<script>alert("x")</script> &'))).toBe(true);
    expect(document.getElementsByTagName('title')[0]!.textContent).toBe(HOSTILE);
  });

  it('drops characters XML cannot hold instead of writing an unreadable file', () => {
    const document = parseSvg(composeFigure({ ...frame, title: 'bad\u0000\u0007 \uD800label' }, drawBox));
    expect(document.getElementsByTagName('title')[0]!.textContent).toBe('bad label');
  });

  it('prints a reading note above the source line when given one', () => {
    const note = 'A statement with several themes counts once under each, so the stacks add up to more than the number of statements.';
    const document = parseSvg(composeFigure({ ...frame, note }, drawBox));
    const lines = Array.from(document.getElementById('figure-note')!.getElementsByTagName('tspan'), (t) => t.textContent);
    expect(lines.join(' ')).toBe(note);
    expect(document.getElementById('figure-note')).not.toBeNull();
    expect(parseSvg(composeFigure(frame, drawBox)).getElementById('figure-note')).toBeNull();
  });

  it('shows the synthetic-data notice for a synthetic corpus', () => {
    const texts = visibleTexts(parseSvg(composeFigure({ ...frame, synthetic: true }, drawBox)));
    expect(texts).toContain('SYNTHETIC DATA — not real events');
  });

  it('says how many legend entries did not fit', () => {
    const legend = Array.from({ length: 60 }, (_, i) => ({ label: `Theme number ${i}`, colour: '#123456' }));
    const texts = visibleTexts(parseSvg(composeFigure({ ...frame, legend }, drawBox)));
    const more = texts.find((t) => /^and \d+ more$/.test(t));
    expect(more).toBeDefined();
    const shown = texts.filter((t) => t.startsWith('Theme number')).length;
    expect(shown + Number(more!.split(' ')[1])).toBe(60);
  });
});

describe('the SVG serializer', () => {
  it.each<[string, () => string]>([
    ['a <script> element', () => serializeSvgFragment(svg('script' as SvgTag, {}, 'alert(1)'))],
    ['a <foreignObject>', () => serializeSvgFragment(svg('foreignObject' as SvgTag))],
    ['an <image>', () => serializeSvgFragment(svg('image' as SvgTag, {}))],
    ['an href', () => serializeSvgFragment(svg('rect', { href: 'http://evil.example/x.png' }))],
    ['an xlink:href', () => serializeSvgFragment(svg('rect', { 'xlink:href': 'http://evil.example/' }))],
    ['an event handler', () => serializeSvgFragment(svg('rect', { onload: 'alert(1)' }))],
    ['inline CSS', () => serializeSvgFragment(svg('rect', { style: 'background:url(http://evil.example/)' }))],
    ['an external url()', () => serializeSvgFragment(svg('rect', { fill: 'url(http://evil.example/#p)' }))],
    ['a non-finite number', () => serializeSvgFragment(svg('rect', { width: Number.NaN }))],
    ['a non-svg root', () => serializeSvgDocument(svg('g'))],
  ])('refuses %s', (_name, write) => {
    expect(write).toThrow();
  });

  it('allows references to its own ids', () => {
    expect(serializeSvgFragment(svg('rect', { 'clip-path': 'url(#plot)' }))).toBe('<rect clip-path="url(#plot)"/>');
  });

  it.each([
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;', '&lt;x&gt;'],
    [`"it's"`, `"it's"`, '&quot;it&apos;s&quot;'],
    ['line\nbreak', 'line\nbreak', 'line&#10;break'],
  ])('escapes %j', (raw, asText, asAttribute) => {
    expect(escapeXmlText(raw)).toBe(asText);
    expect(escapeXmlAttribute(raw)).toBe(asAttribute);
  });

  it('rounds numbers to two decimals', () => {
    expect(serializeSvgFragment(svg('rect', { x: 1 / 3, y: 2 }))).toBe('<rect x="0.33" y="2"/>');
  });
});

describe('the figure font', () => {
  it('names Arial-metric fonts first and a generic family last, on the root', () => {
    const root = parseSvg(composeFigure(frame, drawBox)).documentElement;
    expect(root.getAttribute('font-family')).toBe('Arial, "Liberation Sans", Arimo, Helvetica, sans-serif');
  });

  it('takes the size it is given, as the export sizes ask', () => {
    for (const [width, height] of [[1080, 1080], [640, 960]]) {
      const root = parseSvg(composeFigure({ ...frame, width, height }, drawBox)).documentElement;
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
      expect(root.getAttribute('width')).toBe(String(width));
    }
  });
});
