import { describe, expect, it } from 'vitest';
import { segmentDocument, splitParagraphs, type ReaderParagraph } from '../../../../src/domain/source-reader/reader-segments.ts';
import type { Span } from '../../../../src/domain/corpus/corpus-schema.ts';

const TEXT = 'First line here.\nSecond: the statement lives here.\n\nThird, after a blank line.';
const span = (part: string): Span => {
  const start = TEXT.indexOf(part);
  return [start, start + part.length];
};

/** The paragraph rendered as text with [..] around the statement and {..} around facts. */
function draw(paragraphs: ReaderParagraph[]): string[] {
  return paragraphs.map((p) =>
    p.runs
      .map((run) => {
        const inner = run.pieces.map((piece) => (piece.fact ? `{${piece.text}}` : piece.text)).join('');
        return run.statement ? `[${inner}]` : inner;
      })
      .join(''),
  );
}

describe('splitParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['empty text', '', []],
    ['one paragraph', 'Just one.', ['Just one.']],
    ['blank lines are skipped', 'a\n\n\nb', ['a', 'b']],
    ['Windows line ends', 'a\r\nb', ['a', 'b']],
    ['a trailing newline adds nothing', 'a\n', ['a']],
  ])('%s', (_name, text, expected) => {
    expect(splitParagraphs(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});

describe('segmentDocument', () => {
  it('with nothing highlighted, each paragraph is one plain run', () => {
    expect(draw(segmentDocument(TEXT, { statement: null, facts: [] }))).toEqual([
      'First line here.',
      'Second: the statement lives here.',
      'Third, after a blank line.',
    ]);
  });

  it('wraps exactly the statement span', () => {
    const paragraphs = segmentDocument(TEXT, { statement: span('the statement lives'), facts: [] });
    expect(draw(paragraphs)).toEqual(['First line here.', 'Second: [the statement lives] here.', 'Third, after a blank line.']);
    const run = paragraphs[1]!.runs.find((r) => r.statement)!;
    expect(TEXT.slice(run.start, run.end)).toBe('the statement lives');
    expect(run.statementStart).toBe(true);
  });

  it('nests a fact inside the statement without splitting the statement run', () => {
    const paragraphs = segmentDocument(TEXT, { statement: span('the statement lives'), facts: [span('statement')] });
    expect(draw(paragraphs)[1]).toBe('Second: [the {statement} lives] here.');
    expect(paragraphs[1]!.runs.filter((r) => r.statement)).toHaveLength(1);
  });

  it('splits a fact that straddles the statement edge, and merges overlapping facts', () => {
    const paragraphs = segmentDocument(TEXT, {
      statement: span('the statement'),
      facts: [span('Second: the'), span('the statement lives'), span('lives here')],
    });
    expect(draw(paragraphs)[1]).toBe('{Second: }[{the statement}]{ lives here}.');
  });

  it('a span across paragraphs is cut at the line break; only its first run is the scroll target', () => {
    const across: Span = [TEXT.indexOf('here.'), TEXT.indexOf('Second') + 6];
    const paragraphs = segmentDocument(TEXT, { statement: across, facts: [] });
    expect(draw(paragraphs).slice(0, 2)).toEqual(['First line [here.]', '[Second]: the statement lives here.']);
    const starts = paragraphs.flatMap((p) => p.runs).filter((r) => r.statementStart);
    expect(starts).toHaveLength(1);
    expect(starts[0]!.start).toBe(across[0]);
  });

  it.each<[string, Span]>([
    ['an empty span', [3, 3]],
    ['a span past the end of the text', [TEXT.length - 3, TEXT.length + 10]],
  ])('ignores %s for the statement', (_name, bad) => {
    const paragraphs = segmentDocument(TEXT, { statement: bad, facts: [] });
    expect(paragraphs.flatMap((p) => p.runs).some((r) => r.statement)).toBe(false);
  });

  it('never loses or repeats a character', () => {
    const paragraphs = segmentDocument(TEXT, { statement: span('statement lives here.'), facts: [span('First'), span('blank')] });
    const rebuilt = paragraphs.map((p) => p.runs.flatMap((r) => r.pieces.map((piece) => piece.text)).join(''));
    expect(rebuilt).toEqual(splitParagraphs(TEXT).map(([s, e]) => TEXT.slice(s, e)));
    for (const piece of paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces))) {
      expect(TEXT.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
    }
  });
});
