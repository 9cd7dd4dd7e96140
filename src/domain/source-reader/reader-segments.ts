import type { Span } from '../corpus/corpus-schema.ts';

/**
 * A document cut into paragraphs and highlighted runs for the source reader.
 * Two layers: the selected statement (at most one span) and the spans of the
 * fact being inspected. A statement that sits in one paragraph stays one
 * run, so its <mark> holds exactly the statement's words; fact highlights
 * nest inside it as pieces.
 */
export type ReaderPiece = { text: string; start: number; fact: boolean };
export type ReaderRun = {
  start: number;
  end: number;
  statement: boolean;
  /** True on the run where the statement begins: the one to scroll to. */
  statementStart: boolean;
  pieces: ReaderPiece[];
};
export type ReaderParagraph = { index: number; start: number; end: number; runs: ReaderRun[] };

export type ReaderHighlights = { statement: Span | null; facts: readonly Span[] };

/** Paragraph bounds: text between line breaks, blank lines skipped. */
export function splitParagraphs(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== '') bounds.push([start, end]);
  };
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n') {
      push(text[i - 1] === '\r' ? i - 1 : i);
      start = i + 1;
    }
  }
  push(text.length);
  return bounds;
}

/** Sorted, merged, clipped to [lo, hi); empty results dropped. */
function clip(spans: readonly Span[], lo: number, hi: number): Array<[number, number]> {
  const clipped = spans
    .map(([start, end]): [number, number] => [Math.max(start, lo), Math.min(end, hi)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of clipped) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function cutPieces(text: string, lo: number, hi: number, facts: readonly Span[]): ReaderPiece[] {
  const pieces: ReaderPiece[] = [];
  let cursor = lo;
  for (const [start, end] of clip(facts, lo, hi)) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), start: cursor, fact: false });
    pieces.push({ text: text.slice(start, end), start, fact: true });
    cursor = end;
  }
  if (cursor < hi) pieces.push({ text: text.slice(cursor, hi), start: cursor, fact: false });
  return pieces;
}

export function segmentDocument(text: string, highlights: ReaderHighlights): ReaderParagraph[] {
  const statement = highlights.statement;
  const validStatement = statement !== null && statement[0] < statement[1] && statement[1] <= text.length;
  let statementStarted = false;
  return splitParagraphs(text).map(([lo, hi], index) => {
    const bounds: Array<[number, number, boolean]> = [];
    const inside = validStatement ? clip([statement], lo, hi)[0] : undefined;
    if (inside) {
      if (inside[0] > lo) bounds.push([lo, inside[0], false]);
      bounds.push([inside[0], inside[1], true]);
      if (inside[1] < hi) bounds.push([inside[1], hi, false]);
    } else {
      bounds.push([lo, hi, false]);
    }
    const runs = bounds.map(([start, end, isStatement]): ReaderRun => {
      const statementStart = isStatement && !statementStarted;
      if (isStatement) statementStarted = true;
      return { start, end, statement: isStatement, statementStart, pieces: cutPieces(text, start, end, highlights.facts) };
    });
    return { index, start: lo, end: hi, runs };
  });
}
