import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, rowsToCsv, toCsv, UTF8_BOM } from '../../../../src/domain/export/csv.ts';

/** What a spreadsheet or script reads back: the BOM removed, then RFC 4180 parsing. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return csvParseRows(csv.slice(UTF8_BOM.length));
}

describe('toCsv', () => {
  it.each([
    { name: 'plain text', cell: 'Japan', written: 'Japan' },
    { name: 'a comma', cell: 'Tokyo, Japan', written: '"Tokyo, Japan"' },
    { name: 'double quotes', cell: 'He said "no"', written: '"He said ""no"""' },
    { name: 'a newline', cell: 'line one\nline two', written: '"line one\nline two"' },
    { name: 'a CRLF inside the cell', cell: 'line one\r\nline two', written: '"line one\r\nline two"' },
    { name: 'Cyrillic', cell: 'Шанхайская организация', written: 'Шанхайская организация' },
    { name: 'Chinese', cell: '上海合作组织', written: '上海合作组织' },
    { name: 'Arabic', cell: 'منظمة شنغهاي للتعاون', written: 'منظمة شنغهاي للتعاون' },
    { name: 'emoji', cell: 'peace 🕊️ talks', written: 'peace 🕊️ talks' },
    { name: 'a leading =', cell: '=HYPERLINK("http://evil")', written: `"'=HYPERLINK(""http://evil"")"` },
    { name: 'a leading +', cell: '+1 555', written: "'+1 555" },
    { name: 'a leading -', cell: '-2+3', written: "'-2+3" },
    { name: 'a leading @', cell: '@SUM(A1)', written: "'@SUM(A1)" },
    { name: 'a leading tab', cell: '\t=1', written: "'\t=1" },
    { name: 'a leading carriage return', cell: '\r=1', written: `"'\r=1"` },
    { name: 'a formula sign later in the text', cell: 'a=b', written: 'a=b' },
    { name: 'leading and trailing spaces', cell: '  spaced  ', written: '  spaced  ' },
  ])('writes a cell with $name', ({ cell, written }) => {
    const csv = toCsv(['h'], [[cell]]);
    expect(csv).toBe(`${UTF8_BOM}h\r\n${written}\r\n`);
  });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(['statement_id', 'text'], [])).toBe('\uFEFFstatement_id,text\r\n');
    expect(readBack(toCsv(['statement_id', 'text'], []))).toEqual([['statement_id', 'text']]);
  });

  it.each([
    { cell: null, written: '' },
    { cell: undefined, written: '' },
    { cell: 3, written: '3' },
    { cell: -3, written: '-3' },
    { cell: 0.5, written: '0.5' },
    { cell: Number.NaN, written: '' },
    { cell: true, written: 'true' },
  ])('writes the value $cell as "$written" (our own numbers are not neutralised)', ({ cell, written }) => {
    expect(toCsv(['x', 'y'], [[cell, 'k']])).toBe(`${UTF8_BOM}x,y\r\n${written},k\r\n`);
  });

  it('keeps a record made of one empty cell instead of writing a blank line (which many readers skip)', () => {
    const csv = toCsv(['only'], [[''], ['x']]);
    expect(csv).toBe(`${UTF8_BOM}only\r\n""\r\nx\r\n`);
    expect(readBack(csv)).toEqual([['only'], [''], ['x']]);
  });

  it('writes typed rows through columns, in column order', () => {
    const csv = rowsToCsv(
      [
        { header: 'name', value: (r: { name: string; n: number }) => r.name },
        { header: 'n', value: (r: { name: string; n: number }) => r.n },
      ],
      [{ name: 'Japan', n: 2 }],
    );
    expect(readBack(csv)).toEqual([
      ['name', 'n'],
      ['Japan', '2'],
    ]);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+', "'+"],
    ['-', "'-"],
    ['@', "'@"],
    ['\t', "'\t"],
    ['\r', "'\r"],
    ['', ''],
    ["'=already", "'=already"],
    ['ordinary', 'ordinary'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('CSV round trip (property)', () => {
  // Any text, including quotes, commas, CR, LF and astral characters.
  const cell = fc.string({ unit: fc.constantFrom('a', 'Я', '中', 'ع', '🕊', ',', '"', '\n', '\r', ' ', '=', '+', '-', '@', '\t', "'") });
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })),
  );

  it('reads back every cell as written, formula-like cells with their apostrophe', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = readBack(toCsv(header, rows));
        expect(parsed).toEqual([header, ...rows].map((row) => row.map(neutraliseFormula)));
      }),
      { numRuns: 300 },
    );
  });
});
