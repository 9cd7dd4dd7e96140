import { describe, expect, it } from 'vitest';
import { composeFigure } from '../../../src/figures/figure-frame.ts';
import { serializeSvgFragment } from '../../../src/figures/svg.ts';
import { countAxisTicks } from '../../../src/domain/timeline/timeline-model.ts';
import { barValueLabels, drawTimelineBody, timelineLegend, type TimelineFigureData } from '../../../src/figures/timeline-figure.ts';
import { parseSvg, visibleTexts, findExternalReferences } from '../../support/parse-svg.ts';

const data: TimelineFigureData = {
  measure: 'Statements',
  buckets: [
    { label: 'Mar 2020', start: '2020-03-01', end: '2020-03-31' },
    { label: 'Apr 2020', start: '2020-04-01', end: '2020-04-30' },
    { label: 'Sep 2020', start: '2020-09-01', end: '2020-09-30' },
  ],
  series: [
    { themeId: 'terrorism-extremism', label: 'Terrorism & extremism', colour: '#332288', counts: [3, 0, 1] },
    { themeId: 'drug-trafficking', label: 'Drug trafficking', colour: '#88ccee', counts: [2, 0, 4] },
    { themeId: 'cyber', label: 'Cyber', colour: '#44aa99', counts: [0, 0, 0] },
  ],
};

const BOX = { width: 1000, height: 500 };

function segments(figure: TimelineFigureData) {
  const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(figure, BOX))}</svg>`);
  const drawn = Array.from(document.getElementsByTagName('rect')).filter((rect) => rect.parentElement?.localName !== 'pattern');
  return drawn.map((rect) => ({
    x: Number(rect.getAttribute('x')),
    y: Number(rect.getAttribute('y')),
    height: Number(rect.getAttribute('height')),
    fill: rect.getAttribute('fill'),
    title: rect.getElementsByTagName('title')[0]?.textContent,
  }));
}

describe('drawTimelineBody', () => {
  it('draws one segment per non-zero count, stacked bottom-up in series order', () => {
    const drawn = segments(data);
    expect(drawn.map((s) => s.title)).toEqual(['Terrorism & extremism, Mar 2020: 3', 'Drug trafficking, Mar 2020: 2', 'Terrorism & extremism, Sep 2020: 1', 'Drug trafficking, Sep 2020: 4']);
    const [first, second] = drawn;
    // The second segment sits on top of the first.
    expect(second!.y + second!.height).toBeCloseTo(first!.y, 1);
    // Heights are proportional to counts within one bar.
    expect(first!.height / second!.height).toBeCloseTo(3 / 2, 1);
    // Buckets go left to right in time order.
    expect(drawn[2]!.x).toBeGreaterThan(drawn[0]!.x);
  });

  it('labels the axis with round counts that reach the tallest bar', () => {
    const texts = visibleTexts(parseSvg(composeFigure({ title: 't', subtitle: 's', legend: timelineLegend(data), sourceLine: 'src', synthetic: false }, (box) => drawTimelineBody(data, box))));
    expect(texts).toEqual(expect.arrayContaining(['0', '1', '2', '3', '4', '5', 'Mar 2020', 'Apr 2020', 'Sep 2020', 'Statements']));
  });

  it('says so when nothing matches', () => {
    const empty = { ...data, series: data.series.map((s) => ({ ...s, counts: [0, 0, 0] })) };
    expect(serializeSvgFragment(drawTimelineBody(empty, BOX))).toContain('No statements match these filters.');
    expect(serializeSvgFragment(drawTimelineBody({ ...data, buckets: [], series: [] }, BOX))).toContain('No statements match');
  });

  it('writes the short axis label under a bar and keeps the full label for its tooltip', () => {
    const named = { ...data, buckets: data.buckets.map((b, i) => ({ ...b, label: `Month number ${i + 1} in full`, axisLabel: `M${i + 1}` })) };
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(named, BOX))}</svg>`);
    expect(visibleTexts(document)).toEqual(expect.arrayContaining(['M1', 'M2', 'M3']));
    expect(visibleTexts(document).some((t) => t.includes('in full'))).toBe(false);
    expect(segments(named)[0]!.title).toBe('Terrorism & extremism, Month number 1 in full: 3');
  });

  it('thins bucket labels so that they do not overlap', () => {
    const many: TimelineFigureData = {
      measure: 'Events',
      buckets: Array.from({ length: 120 }, (_, i) => ({ label: `Week ${i + 1} of 2020`, start: '2020-01-01', end: '2020-01-07' })),
      series: [{ themeId: 'a', label: 'A', colour: '#000000', counts: Array.from({ length: 120 }, () => 1) }],
    };
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(many, BOX))}</svg>`);
    const labels = visibleTexts(document).filter((t) => t.startsWith('Week'));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(20);
    expect(findExternalReferences(document)).toEqual([]);
  });
});

describe('patterns', () => {
  it('paints a patterned series through a pattern defined in the figure, in bars and legend alike', () => {
    const patterned: TimelineFigureData = { ...data, series: data.series.map((s, i) => ({ ...s, pattern: i === 1 ? 'stripes' : 'solid' })) };
    const legend = timelineLegend(patterned);
    expect(legend.map((entry) => entry.colour)).toEqual(['url(#timeline-pattern-1)', '#332288']);
    const document = parseSvg(composeFigure({ title: 't', subtitle: 's', legend, sourceLine: 'src', synthetic: false }, (box) => drawTimelineBody(patterned, box)));
    const pattern = document.getElementById('timeline-pattern-1');
    expect(pattern?.localName).toBe('pattern');
    expect(pattern?.getElementsByTagName('rect')[0]?.getAttribute('fill')).toBe('#88ccee');
    const fills = Array.from(document.getElementsByTagName('rect'), (rect) => rect.getAttribute('fill'));
    expect(fills.filter((fill) => fill === 'url(#timeline-pattern-1)')).toHaveLength(3); // two bar segments and the legend key
    expect(findExternalReferences(document)).toEqual([]);
  });
});

describe('coverage and selection', () => {
  it('hatches the buckets no source covers and says so in the legend, instead of drawing them as zero', () => {
    const partly: TimelineFigureData = { ...data, buckets: data.buckets.map((b, i) => ({ ...b, covered: i !== 1 })) };
    expect(timelineLegend(partly).at(-1)).toEqual({ label: 'Not covered by the sources', colour: 'url(#timeline-not-covered)', shape: 'square' });
    const hatched = segments(partly).filter((s) => s.fill === 'url(#timeline-not-covered)');
    expect(hatched.map((s) => s.title)).toEqual(['Apr 2020: not covered by the sources']);
    expect(timelineLegend(data).some((entry) => entry.label === 'Not covered by the sources')).toBe(false);
  });

  it('fades the themes that are not selected, and says so in the legend', () => {
    const muted: TimelineFigureData = { ...data, series: data.series.map((s, i) => ({ ...s, muted: i === 0 })) };
    expect(timelineLegend(muted).map((entry) => [entry.label, entry.faded])).toEqual([
      ['Drug trafficking (selected)', undefined],
      ['Terrorism & extremism', true],
    ]);
    const figure = parseSvg(composeFigure({ title: 't', subtitle: 's', legend: timelineLegend(muted), sourceLine: 'src', synthetic: false }, (box) => drawTimelineBody(muted, box)));
    const keys = Array.from(figure.getElementById('figure-legend')!.getElementsByTagName('g'), (g) => g.getAttribute('opacity'));
    expect(keys).toEqual([null, '0.35']);
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(muted, BOX))}</svg>`);
    const faded = Array.from(document.getElementsByTagName('rect')).filter((rect) => rect.getAttribute('fill-opacity') === '0.3');
    expect(faded.map((rect) => rect.getElementsByTagName('title')[0]?.textContent)).toEqual(['Terrorism & extremism, Mar 2020: 3', 'Terrorism & extremism, Sep 2020: 1']);
  });
});

describe('timelineLegend', () => {
  it('lists the themes that have a segment by name, read like the stack from the top down', () => {
    expect(timelineLegend(data)).toEqual([
      { label: 'Drug trafficking', colour: '#88ccee', shape: 'square' },
      { label: 'Terrorism & extremism', colour: '#332288', shape: 'square' },
    ]);
  });
});

describe('the exported count axis', () => {
  const axisLabels = (figure: TimelineFigureData) => {
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(figure, BOX))}</svg>`);
    return Array.from(document.getElementsByTagName('text'))
      .filter((text) => text.getAttribute('text-anchor') === 'end')
      .map((text) => Number(text.textContent));
  };
  const oneBar = (count: number): TimelineFigureData => ({
    ...data,
    buckets: data.buckets.slice(0, 1),
    series: [{ ...data.series[0]!, counts: [count] }],
  });

  it.each([1, 3, 5, 7, 10, 17, 37, 1234])('has the live chart\'s ticks for a tallest bar of %i', (max) => {
    expect(axisLabels(oneBar(max))).toEqual(countAxisTicks(max));
  });
});

describe('value labels', () => {
  const valueTexts = (figure: TimelineFigureData, box = BOX) => {
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(figure, box))}</svg>`);
    return Array.from(document.getElementsByTagName('text'))
      .filter((text) => text.getAttribute('class') === 'figure-value')
      .map((text) => text.textContent);
  };
  const single: TimelineFigureData = { ...data, series: [data.series[1]!] };

  it('labels every bar of a single series, zero included, and no segment of a stack', () => {
    expect(valueTexts(single)).toEqual(['2', '0', '4']);
    expect(barValueLabels(single, 300)).toEqual(['2', '0', '4']);
    expect(valueTexts(data)).toEqual([]);
    expect(barValueLabels(data, 300)).toBeNull();
  });

  it('labels no bar when one label would not fit its band', () => {
    const wide: TimelineFigureData = { ...single, series: [{ ...single.series[0]!, counts: [1, 123456, 2] }] };
    expect(barValueLabels(wide, 30)).toBeNull();
    expect(barValueLabels(wide, 80)).toEqual(['1', '123456', '2']);
  });

  it('leaves the buckets no source covers unlabelled, as they are hatched', () => {
    const gap: TimelineFigureData = { ...single, buckets: data.buckets.map((bucket, b) => ({ ...bucket, covered: b !== 1 })) };
    expect(valueTexts(gap)).toEqual(['2', '4']);
  });

  it('draws shares with one decimal and a percent axis', () => {
    const share: TimelineFigureData = {
      ...single,
      scale: 'share',
      buckets: data.buckets.map((bucket, b) => ({ ...bucket, items: [4, 1, 8][b] })),
      series: [{ ...single.series[0]!, values: [50, 0, 50] }],
    };
    expect(valueTexts(share)).toEqual(['50.0%', '0.0%', '50.0%']);
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(share, BOX))}</svg>`);
    const ticks = Array.from(document.getElementsByTagName('text')).filter((t) => t.getAttribute('text-anchor') === 'end').map((t) => t.textContent);
    expect(ticks).toEqual(countAxisTicks(50).map((tick) => `${tick}%`));
    const titles = Array.from(document.getElementsByTagName('title')).map((t) => t.textContent);
    expect(titles).toContain('Drug trafficking, Mar 2020: 2 (50.0% of 4)');
    expect(Array.from(document.getElementsByTagName('text')).map((t) => t.textContent)).toContain('Share of statements (%)');
  });

  it('keeps the tallest bar’s label inside the body', () => {
    const document = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${serializeSvgFragment(drawTimelineBody(single, BOX))}</svg>`);
    const labels = Array.from(document.getElementsByTagName('text')).filter((t) => t.getAttribute('class') === 'figure-value');
    for (const label of labels) expect(Number(label.getAttribute('y')) - 14).toBeGreaterThanOrEqual(0);
  });
});
